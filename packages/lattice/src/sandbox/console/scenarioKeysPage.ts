import { html } from 'hono/html';
import { sandboxScenarios } from '../sandboxScenarios';
import { page } from './layout';
import type { Html } from './layout';

export const scenarioKeysPath = '/app/sandbox-keys';

/**
 * The sandbox's fixed scenario keys, each with Copy: the shortcut past the console's journey,
 * one click from the guide's "Open Lattice" link (so it is reachable while a host's modal widget
 * is open, as Plaid's sandbox shows its test credentials inside its own flow).
 */
export function scenarioKeysPage(): Html {
  const rows = sandboxScenarios.map(
    (scenario) =>
      html`<li class="card">
        <h2>${scenario.title}</h2>
        <p class="muted">${scenario.companyName ?? 'No company'} · ${scenario.description}</p>
        <label for="scenario-${scenario.name}">Scenario key: ${scenario.title}</label>
        <div class="copy-field">
          <input
            id="scenario-${scenario.name}"
            class="key"
            readonly
            value="${scenario.key}"
            spellcheck="false"
          />
          <button
            type="button"
            class="button"
            data-copy="scenario-${scenario.name}"
            data-copy-status="status-${scenario.name}"
            aria-label="Copy scenario key: ${scenario.title}"
          >
            Copy
          </button>
        </div>
        <p id="status-${scenario.name}" class="copy-status" role="status"></p>
        <p>Expect: ${scenario.expected}</p>
      </li>`,
  );
  return page({
    title: 'Scenario keys',
    body: html`<p><a href="/app/sign-in">Back to sign-in</a></p>
      <h1>Scenario keys</h1>
      <p>
        Fixed keys of the Lattice sandbox, one per scenario (the failures included). They never
        change and cannot be revoked; keys generated in the console can.
      </p>
      <ul class="scenario-keys">
        ${rows}
      </ul>`,
  });
}
