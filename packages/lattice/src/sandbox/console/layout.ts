import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Flash, SignedIn } from './sessions';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface MenuItem {
  label: string;
  href: string;
  /** Set apart at the bottom of the menu (the switch between the employee and admin views). */
  end?: boolean;
}

/** The employee view's menu; it ends with "Switch to admin" for super admins only. */
export const homeMenu: readonly MenuItem[] = [
  { label: 'Home', href: '/app' },
  { label: 'Updates', href: '/app/updates' },
  { label: '1:1s', href: '/app/one-on-ones' },
  { label: 'Feedback', href: '/app/feedback' },
  { label: 'Goals', href: '/app/goals' },
  { label: 'Reviews', href: '/app/reviews' },
];
export const switchToAdmin: MenuItem = { label: 'Switch to admin', href: '/app/admin', end: true };

/** The admin view's menu. */
export const adminMenu: readonly MenuItem[] = [
  { label: 'People', href: '/app/admin/people' },
  { label: 'Reviews', href: '/app/admin/reviews' },
  { label: 'Goals', href: '/app/admin/goals' },
  { label: 'Engagement', href: '/app/admin/engagement' },
  { label: 'Settings', href: '/app/admin/settings' },
];
export const switchToEmployee: MenuItem = {
  label: 'Switch to employee view',
  href: '/app',
  end: true,
};

export interface PageOptions {
  title: string;
  who?: SignedIn;
  /** The left menu, with the path of the current page (its item gets aria-current). */
  menu?: { label: string; items: readonly MenuItem[]; current: string };
  flash?: Flash | null;
  body: Html;
}

function menuNav({ label, items, current }: NonNullable<PageOptions['menu']>): Html {
  return html`<nav class="menu" aria-label="${label}">
    <ul>
      ${items.map(
        (item) =>
          html`<li class="${item.end ? 'menu-end' : ''}">
            <a href="${item.href}" ${item.href === current ? html`aria-current="page"` : ''}
              >${item.label}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

function flashNotice(flash: Flash | null | undefined): Html | '' {
  if (!flash) return '';
  // A status after a redirect: announced by focus moving to it is unreliable, so role=status.
  return html`<p class="flash ${flash.kind}" role="${flash.kind === 'error' ? 'alert' : 'status'}">
    ${flash.text}
  </p>`;
}

/** The console's page shell: a sandbox banner, who is signed in, the menu and the page. */
export function page({ title, who, menu, flash, body }: PageOptions): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Lattice (sandbox)</title>
        <link rel="stylesheet" href="/app/console.css" />
        <script src="/app/console.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="topbar">
          <span class="brand">Lattice</span>
          <span class="badge">Sandbox</span>
          ${
            who
              ? html`<span class="who">${who.person.name} · ${who.role} · ${who.company.name}</span>
                  <form method="post" action="/app/sign-out">
                    <button type="submit" class="button quiet">Sign out</button>
                  </form>`
              : ''
          }
        </header>
        <div class="shell ${menu ? '' : 'no-menu'}">
          ${menu ? menuNav(menu) : ''}
          <main id="main" tabindex="-1">${flashNotice(flash)}${body}</main>
        </div>
      </body>
    </html>`;
}
