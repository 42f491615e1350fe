import { html } from 'hono/html';
import { companyKeys } from '../companies';
import { companySpecs } from '../companySpecs';
import { page } from './layout';
import type { Html } from './layout';
import { signInChoices } from './people';

/**
 * Lattice signs people in with a password or SSO; the sandbox has no passwords, so it lets the
 * person pick who to be, per company: super admins, a manager and an employee.
 */
export function signInPage(): Html {
  const companies = companyKeys.map((key) => {
    const spec = companySpecs[key];
    const headingId = `company-${key}`;
    return html`<section class="card company" aria-labelledby="${headingId}">
      <h2 id="${headingId}">${spec.name}</h2>
      <p class="muted">
        ${spec.size.toLocaleString('en-US')} people.
        ${
          spec.apiAccess
            ? 'API access enabled.'
            : 'Lattice has not enabled API access for this company (the apiNotEnabled scenario).'
        }
      </p>
      <ul class="people">
        ${signInChoices(key).map(
          ({ person, role }) =>
            html`<li>
              <form method="post" action="/app/sign-in">
                <input type="hidden" name="company" value="${key}" />
                <input type="hidden" name="person" value="${person.id}" />
                <button type="submit" class="person">
                  <span class="person-name">${person.name}</span>
                  <span class="person-role">${role} · ${person.title ?? 'No title'}</span>
                </button>
              </form>
            </li>`,
        )}
      </ul>
    </section>`;
  });
  return page({
    title: 'Sign in',
    body: html`<h1>Sign in to Lattice</h1>
      <p>
        This is the Lattice sandbox: pick who to sign in as. Only a super admin can switch to the
        admin view and generate API keys; a key can do what the person who made it can.
      </p>
      <p>
        In a hurry? <a href="/app/sandbox-keys">Use a ready-made scenario key</a> instead of
        generating one.
      </p>
      <div class="companies">${companies}</div>`,
  });
}
