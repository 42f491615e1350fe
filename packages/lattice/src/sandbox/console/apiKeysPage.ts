import { html } from 'hono/html';
import type { GeneratedApiKey, SandboxApiKey } from '../keyStore';
import { adminMenuFor, apiKeysPath, breadcrumb, platformPath, settingsPath } from './adminPages';
import { page } from './layout';
import type { Html } from './layout';
import type { SignedIn } from './sessions';
import { takeFlash } from './sessions';

const trail = [
  { label: 'Settings', href: settingsPath },
  { label: 'Platform', href: platformPath },
];

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** The dialog that shows a new key, once: opened as a modal by console.js. */
function keyDialog(made: GeneratedApiKey): Html {
  return html`<dialog
    class="key-dialog"
    open
    data-show-on-load
    aria-labelledby="key-dialog-title"
    aria-describedby="key-dialog-warning"
  >
    <h2 id="key-dialog-title">API key generated</h2>
    <p id="key-dialog-warning" class="warning">
      <strong>Copy this key now: it won’t be shown again.</strong> If you lose it, revoke it and
      generate another.
    </p>
    <label for="new-api-key">${made.name}</label>
    <div class="copy-field">
      <input id="new-api-key" class="key" readonly value="${made.key}" spellcheck="false" />
      <button
        type="button"
        class="button primary"
        data-copy="new-api-key"
        data-copy-status="copy-status"
        autofocus
      >
        Copy
      </button>
    </div>
    <p id="copy-status" class="copy-status" role="status"></p>
    <form method="dialog">
      <button type="submit" class="button">Done</button>
    </form>
  </dialog>`;
}

function keyRow(key: SandboxApiKey): Html {
  return html`<tr>
    <td>${key.name}</td>
    <td>${key.ownerName}</td>
    <td>
      <time datetime="${key.createdAt}">${dateFormat.format(new Date(key.createdAt))} UTC</time>
    </td>
    <td>
      <a class="button danger" href="${apiKeysPath}/${key.id}/revoke"
        >Revoke<span class="visually-hidden"> ${key.name}</span></a
      >
    </td>
  </tr>`;
}

/** Settings › Platform › API Keys: generate a key, list the company's keys, revoke one. */
export function apiKeysPage(who: SignedIn, keys: readonly SandboxApiKey[]): Html {
  const made = who.session.reveal;
  // Shown once: the next visit to the page no longer has it.
  who.session.reveal = null;
  const list =
    keys.length === 0
      ? html`<p class="muted">No API keys yet.</p>`
      : html`<table class="keys">
          <caption class="visually-hidden">
            API keys of ${who.company.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created by</th>
              <th scope="col">Created</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            ${keys.map(keyRow)}
          </tbody>
        </table>`;
  return page({
    title: 'API Keys',
    who,
    menu: adminMenuFor(apiKeysPath),
    flash: takeFlash(who.session),
    body: html`${breadcrumb(trail, 'API Keys')}
      <h1>API Keys</h1>
      <p>
        API keys let other tools read ${who.company.name}’s data through the Lattice API. A key can
        do exactly what the person who generated it can. Revoke a key as soon as nothing uses it.
      </p>
      <form method="post" action="${apiKeysPath}">
        <button type="submit" class="button primary">Generate API key</button>
      </form>
      <h2>Your company’s keys</h2>
      ${list} ${made ? keyDialog(made) : ''}`,
  });
}

/** Revoking is immediate and cannot be undone, so it asks first. */
export function revokePage(who: SignedIn, key: SandboxApiKey): Html {
  return page({
    title: `Revoke ${key.name}`,
    who,
    menu: adminMenuFor(apiKeysPath),
    body: html`${breadcrumb([...trail, { label: 'API Keys', href: apiKeysPath }], 'Revoke')}
      <h1>Revoke ${key.name}?</h1>
      <p>
        Anything using this key stops working at once, and it can’t be undone. Created by
        ${key.ownerName} on ${dateFormat.format(new Date(key.createdAt))} UTC.
      </p>
      <form method="post" action="${apiKeysPath}/${key.id}/revoke" class="actions">
        <button type="submit" class="button danger">Revoke key</button>
        <a class="button" href="${apiKeysPath}">Cancel</a>
      </form>`,
  });
}
