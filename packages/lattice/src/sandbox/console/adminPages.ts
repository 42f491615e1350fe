import { html } from 'hono/html';
import { adminMenu, page, switchToEmployee } from './layout';
import type { Html, MenuItem } from './layout';
import { hasApiAccess } from './people';
import type { SignedIn } from './sessions';
import { takeFlash } from './sessions';

export const settingsPath = '/app/admin/settings';
export const platformPath = '/app/admin/settings/platform';
export const apiKeysPath = '/app/admin/settings/platform/api-keys';

/** Settings' sections; only Platform is played by the sandbox. */
export const settingsSections: readonly MenuItem[] = [
  { label: 'Company', href: `${settingsPath}/company` },
  { label: 'Permissions', href: `${settingsPath}/permissions` },
  { label: 'Platform', href: platformPath },
];

/** The admin menu, the current item marked (a Settings sub-page marks Settings). */
export function adminMenuFor(current: string) {
  const item = adminMenu.find((i) => current === i.href || current.startsWith(`${i.href}/`));
  return {
    label: 'Admin',
    items: [...adminMenu, switchToEmployee],
    current: item?.href ?? current,
  };
}

/** Settings › Platform › …: where the page sits, the last crumb being the page itself. */
export function breadcrumb(trail: readonly MenuItem[], here: string): Html {
  return html`<nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      ${trail.map((crumb) => html`<li><a href="${crumb.href}">${crumb.label}</a></li>`)}
      <li><span aria-current="page">${here}</span></li>
    </ol>
  </nav>`;
}

function linkList(label: string, items: readonly MenuItem[]): Html {
  return html`<nav aria-label="${label}">
    <ul class="link-list">
      ${items.map((item) => html`<li><a href="${item.href}">${item.label}</a></li>`)}
    </ul>
  </nav>`;
}

export function adminHomePage(who: SignedIn): Html {
  return page({
    title: 'Admin',
    who,
    menu: adminMenuFor('/app/admin'),
    flash: takeFlash(who.session),
    body: html`<h1>Admin</h1>
      <p>Manage ${who.company.name}’s Lattice: people, review cycles, goals and settings.</p>`,
  });
}

export function settingsPage(who: SignedIn): Html {
  return page({
    title: 'Settings',
    who,
    menu: adminMenuFor(settingsPath),
    body: html`<h1>Settings</h1>
      ${linkList('Settings sections', settingsSections)}`,
  });
}

/** Platform settings. A company Lattice has not approved for API access has no API Keys item. */
export function platformPage(who: SignedIn): Html {
  const items: MenuItem[] = [{ label: 'Integrations', href: `${platformPath}/integrations` }];
  if (hasApiAccess(who.company)) items.push({ label: 'API Keys', href: apiKeysPath });
  items.push({ label: 'SCIM', href: `${platformPath}/scim` });
  return page({
    title: 'Platform',
    who,
    menu: adminMenuFor(platformPath),
    body: html`${breadcrumb([{ label: 'Settings', href: settingsPath }], 'Platform')}
      <h1>Platform</h1>
      ${linkList('Platform settings', items)}`,
  });
}

/** An admin menu item or setting the sandbox does not play. */
export function adminNotInSandboxPage(who: SignedIn, label: string, path: string): Html {
  return page({
    title: label,
    who,
    menu: adminMenuFor(path),
    body: html`<h1>${label}</h1>
      <p>This part of Lattice is not in the sandbox.</p>`,
  });
}
