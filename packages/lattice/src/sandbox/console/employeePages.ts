import { html } from 'hono/html';
import { homeMenu, page, switchToAdmin } from './layout';
import type { Html, MenuItem } from './layout';
import { roleOf } from './people';
import type { SignedIn } from './sessions';
import { takeFlash } from './sessions';

/** The employee view's menu: super admins find "Switch to admin" at its end, others don't. */
function menuFor(who: SignedIn, current: string) {
  const items: MenuItem[] =
    roleOf(who.company, who.person) === 'Super admin'
      ? [...homeMenu, switchToAdmin]
      : [...homeMenu];
  return { label: 'Main', items, current };
}

/** Lattice's home page, reduced to what the guide needs: the menu. */
export function homePage(who: SignedIn): Html {
  const name = who.person.preferredName ?? who.person.name;
  return page({
    title: 'Home',
    who,
    menu: menuFor(who, '/app'),
    flash: takeFlash(who.session),
    body: html`<h1>Welcome back, ${name}</h1>
      <p>You are signed in to ${who.company.name} as ${who.person.title ?? 'a member'}.</p>
      <section class="card" aria-labelledby="todo-heading">
        <h2 id="todo-heading">Your to-dos</h2>
        <p class="muted">Nothing to do right now.</p>
      </section>`,
  });
}

/** A menu item the sandbox does not play: says so instead of pretending. */
export function notInSandboxPage(who: SignedIn, label: string, path: string): Html {
  return page({
    title: label,
    who,
    menu: menuFor(who, path),
    body: html`<h1>${label}</h1>
      <p>This part of Lattice is not in the sandbox.</p>`,
  });
}

/** What a person who is not a super admin meets at the admin view's door. */
export function adminRefusedPage(who: SignedIn): Html {
  return page({
    title: 'No access to the admin view',
    who,
    menu: menuFor(who, ''),
    body: html`<h1>You don’t have access to the admin view</h1>
      <p>
        Only super admins can switch to the admin view, where API keys are generated. Ask a super
        admin of ${who.company.name} to generate the key, or to make you a super admin.
      </p>
      <p><a href="/app">Back to Home</a></p>`,
  });
}
