import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, sandboxScenarios } from '../index';
import { call } from '../testRequests';
import { buttonsOf, choicesOf, linkTo, linksOf, visitor } from './consoleTestKit';

const apiKeysPath = '/app/admin/settings/platform/api-keys';

/** Follows Switch to admin › Settings › Platform › API Keys by link text, as the guide says. */
async function openApiKeys(v: ReturnType<typeof visitor>): Promise<string> {
  let page = await (await v.get('/app')).text();
  for (const name of ['Switch to admin', 'Settings', 'Platform', 'API Keys']) {
    const response = await v.get(linkTo(page, name));
    expect(response.status, name).toBe(200);
    page = await response.text();
  }
  return page;
}

const newKeyOf = (page: string): string | undefined =>
  /id="new-api-key"[^>]*value="([^"]+)"/.exec(page)?.[1];

describe('the console’s sign-in', () => {
  it('given nobody signed in, should send every page to the sign-in picker', async () => {
    const v = visitor(createLatticeSandbox());
    for (const path of ['/app', '/app/admin', apiKeysPath]) {
      const response = await v.get(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location')).toBe('/app/sign-in');
    }
  });

  it('should offer super admins and others of every company, the unapproved one included', async () => {
    const response = await visitor(createLatticeSandbox()).get('/app/sign-in');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const choices = choicesOf(await response.text());
    for (const company of ['small', 'mid', 'large', 'unapproved']) {
      const labels = choices.filter((c) => c.company === company).map((c) => c.label);
      expect(
        labels.some((l) => l.includes('Super admin')),
        company,
      ).toBe(true);
      expect(
        labels.some((l) => l.includes('Manager')),
        company,
      ).toBe(true);
      expect(
        labels.some((l) => l.includes('Employee')),
        company,
      ).toBe(true);
    }
  });

  it('given a person who is not in the company, should refuse to sign in', async () => {
    const v = visitor(createLatticeSandbox());
    expect((await v.post('/app/sign-in', { company: 'small', person: 'nobody' })).status).toBe(400);
    expect((await v.post('/app/sign-in', { company: 'acme', person: 'x' })).status).toBe(400);
  });

  it('given a form posted from another origin or without one, should refuse it', async () => {
    const v = visitor(createLatticeSandbox());
    const page = await (await v.get('/app/sign-in')).text();
    const [choice] = choicesOf(page);
    const form = { company: choice?.company ?? '', person: choice?.person ?? '' };
    expect((await v.post('/app/sign-in', form, 'https://evil.example')).status).toBe(403);
    expect((await v.post('/app/sign-in', form, null)).status).toBe(403);
    expect((await v.post('/app/sign-in', form)).status).toBe(303);
  });

  it('should sign out', async () => {
    const v = visitor(createLatticeSandbox());
    await v.signInAs('small', /Super admin/);
    expect((await v.get('/app')).status).toBe(200);
    expect((await v.post('/app/sign-out')).headers.get('location')).toBe('/app/sign-in');
    expect((await v.get('/app')).status).toBe(303);
  });
});

describe('the console, as a super admin', () => {
  it('should end the home menu with "Switch to admin"', async () => {
    const v = visitor(createLatticeSandbox());
    await v.signInAs('small', /Super admin/);
    const page = await (await v.get('/app')).text();
    expect(linksOf(page).at(-1)).toEqual(['Switch to admin', '/app/admin']);
  });

  it('should generate a key shown once, that works at once, and revoke it', async () => {
    const sandbox = createLatticeSandbox();
    const v = visitor(sandbox);
    await v.signInAs('small', /Super admin/);
    const page = await openApiKeys(v);
    expect(buttonsOf(page)).toContain('Generate API key');
    expect(page).toContain('No API keys yet.');

    const generated = await v.post(apiKeysPath);
    expect(generated.status).toBe(303);
    expect(generated.headers.get('location')).toBe(apiKeysPath);
    const shown = await (await v.get(apiKeysPath)).text();
    const key = newKeyOf(shown);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(buttonsOf(shown)).toContain('Copy');
    expect(shown).toMatch(/won’t be shown again/);
    expect((await call(sandbox, '/v1/users', key ?? '')).status).toBe(200);

    const again = await (await v.get(apiKeysPath)).text();
    expect(newKeyOf(again)).toBeUndefined();
    expect(again).not.toContain(key);
    expect(again).toContain('API key 1');

    const confirm = await v.get(linkTo(again, 'Revoke API key 1'));
    expect(confirm.status).toBe(200);
    const revokePath = linkTo(again, 'Revoke API key 1');
    const revoked = await v.post(revokePath);
    expect(revoked.headers.get('location')).toBe(apiKeysPath);
    expect((await call(sandbox, '/v1/me', key ?? '')).status).toBe(401);
    const after = await (await v.get(apiKeysPath)).text();
    expect(after).toMatch(/Revoked API key 1/);
    expect(after).toContain('No API keys yet.');
    expect((await v.post(revokePath)).status).toBe(404);
  });

  it('should never let a company see or revoke another company’s key', async () => {
    const sandbox = createLatticeSandbox();
    const other = sandbox.keys.generate({ company: 'mid' });
    const v = visitor(sandbox);
    await v.signInAs('small', /Super admin/);
    expect((await v.post(`${apiKeysPath}/${other.id}/revoke`)).status).toBe(404);
    expect((await call(sandbox, '/v1/me', other.key)).status).toBe(200);
  });

  it('given a company without API access, should have no API Keys item or page', async () => {
    const v = visitor(createLatticeSandbox());
    await v.signInAs('unapproved', /Super admin/);
    const platform = await (await v.get('/app/admin/settings/platform')).text();
    expect(linksOf(platform).map(([label]) => label)).toContain('Integrations');
    expect(linksOf(platform).map(([label]) => label)).not.toContain('API Keys');
    expect((await v.get(apiKeysPath)).status).toBe(404);
    expect((await v.post(apiKeysPath)).status).toBe(404);
  });

  it('should send pages with a strict CSP and no caching', async () => {
    const v = visitor(createLatticeSandbox());
    await v.signInAs('small', /Super admin/);
    const response = await v.get(apiKeysPath);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await v.get('/app/console.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await v.get('/app/console.css')).headers.get('content-type')).toMatch(/text\/css/);
  });
});

describe('the console, as someone who is not a super admin', () => {
  it.each([/Manager/, /Employee/])(
    'given %s, should offer no "Switch to admin" and refuse the admin view',
    async (role) => {
      const sandbox = createLatticeSandbox();
      const v = visitor(sandbox);
      await v.signInAs('mid', role);
      const home = await (await v.get('/app')).text();
      expect(linksOf(home).map(([label]) => label)).not.toContain('Switch to admin');
      for (const path of ['/app/admin', '/app/admin/settings/platform', apiKeysPath]) {
        const response = await v.get(path);
        expect(response.status, path).toBe(403);
        expect(await response.text()).toMatch(/Ask a super\s+admin/);
      }
      expect((await v.post(apiKeysPath)).status).toBe(403);
      expect(sandbox.keys.list('mid')).toEqual([]);
    },
  );
});

it('should answer an unknown console page with 404', async () => {
  const v = visitor(createLatticeSandbox());
  await v.signInAs('small', /Super admin/);
  expect((await v.get('/app/nowhere')).status).toBe(404);
  expect((await v.get('/app/admin/nowhere')).status).toBe(404);
});

it('should list every scenario key with its own Copy button, without signing in', async () => {
  const v = visitor(createLatticeSandbox());
  const signIn = await (await v.get('/app/sign-in')).text();
  const response = await v.get(linkTo(signIn, 'Use a ready-made scenario key'));
  expect(response.status).toBe(200);
  const page = await response.text();
  for (const scenario of sandboxScenarios) {
    expect(page).toContain(`value="${scenario.key}"`);
    expect(page).toContain(`aria-label="Copy scenario key: ${scenario.title}"`);
  }
});
