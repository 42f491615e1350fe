import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, SandboxKeyError } from './index';
import { asObject, call, dataOf, readObject, walk } from './testRequests';

const origin = 'http://lattice-sandbox.local';

function keyApi(
  sandbox: ReturnType<typeof createLatticeSandbox>,
  path: string,
  init: RequestInit = {},
) {
  return sandbox.fetch(`${origin}/app/api/keys${path}`, init);
}

const generate = (sandbox: ReturnType<typeof createLatticeSandbox>, body: unknown) =>
  keyApi(sandbox, '', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('keys made at run time', () => {
  it('given a super admin’s key, should see the whole company at once', async () => {
    const sandbox = createLatticeSandbox({ now: () => Date.UTC(2026, 11, 1, 9) });
    const made = sandbox.keys.generate({ company: 'small' });
    expect(made).toMatchObject({
      company: 'small',
      reach: 'company',
      name: 'API key 1',
      createdAt: '2026-12-01T09:00:00.000Z',
      revokedAt: null,
    });
    expect(made.key).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const me = await readObject(await call(sandbox, '/v1/me', made.key));
    expect(me).toMatchObject({ id: made.ownerId, isAdmin: true });
    const pages = await walk(sandbox, '/v1/users?limit=100&status=NULL', made.key);
    expect(pages.flatMap(dataOf)).toHaveLength(25);
  });

  it('given a manager’s key, should see only them and the people under them', async () => {
    const sandbox = createLatticeSandbox();
    const made = sandbox.keys.generate({ company: 'mid', owner: 'manager' });
    expect(made.reach).toBe('team');
    const people = (await walk(sandbox, '/v1/users?limit=100&status=NULL', made.key)).flatMap(
      dataOf,
    );
    expect(people.length).toBeGreaterThan(1);
    expect(people.length).toBeLessThan(250);
    expect(people.map((p) => p.id)).toContain(made.ownerId);
  });

  it('given an employee’s key, should answer /v1/me and 403 elsewhere', async () => {
    const sandbox = createLatticeSandbox();
    const made = sandbox.keys.generate({ company: 'small', owner: 'employee' });
    expect(made.reach).toBe('self');
    expect((await call(sandbox, '/v1/me', made.key)).status).toBe(200);
    expect((await call(sandbox, '/v1/users', made.key)).status).toBe(403);
  });

  it('given a revoked key, should answer 401 from the next request, and list it no more', async () => {
    const sandbox = createLatticeSandbox();
    const kept = sandbox.keys.generate({ company: 'small', name: 'kept' });
    const made = sandbox.keys.generate({ company: 'small' });
    expect((await call(sandbox, '/v1/me', made.key)).status).toBe(200);
    expect(sandbox.keys.revoke(made.id)).toBe(true);
    expect((await call(sandbox, '/v1/me', made.key)).status).toBe(401);
    expect((await call(sandbox, '/v1/users', made.key)).status).toBe(401);
    expect(sandbox.keys.revoke(made.id)).toBe(false);
    expect(sandbox.keys.list('small').map((k) => k.name)).toEqual(['kept']);
    expect((await call(sandbox, '/v1/me', kept.key)).status).toBe(200);
  });

  it('should keep each sandbox’s keys to itself', async () => {
    const one = createLatticeSandbox();
    const other = createLatticeSandbox();
    const made = one.keys.generate({ company: 'small' });
    expect((await call(other, '/v1/me', made.key)).status).toBe(401);
    expect(other.keys.list('small')).toEqual([]);
  });

  it('given the company without API access, should refuse to make a key', () => {
    const sandbox = createLatticeSandbox();
    expect(() => sandbox.keys.generate({ company: 'unapproved' })).toThrow(SandboxKeyError);
    expect(sandbox.companies.find((c) => c.key === 'unapproved')).toMatchObject({
      apiAccess: false,
    });
  });
});

describe('the key API (/app/api/keys)', () => {
  it('should generate, list, read and revoke a key over HTTP', async () => {
    const sandbox = createLatticeSandbox();
    const created = await generate(sandbox, { company: 'mid', owner: 'manager', name: 'CI' });
    expect(created.status).toBe(201);
    const made = await readObject(created);
    expect(made).toMatchObject({ company: 'mid', reach: 'team', name: 'CI' });
    expect(typeof made.key).toBe('string');
    const key = String(made.key);
    const id = String(made.id);

    const listed = await readObject(await keyApi(sandbox, '?company=mid'));
    const data = Array.isArray(listed.data) ? listed.data.map(asObject) : [];
    expect(data.map((k) => k.id)).toEqual([id]);
    expect(data[0]).not.toHaveProperty('key');

    expect((await call(sandbox, '/v1/me', key)).status).toBe(200);
    expect((await keyApi(sandbox, `/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(sandbox, '/v1/me', key)).status).toBe(401);
    expect(await readObject(await keyApi(sandbox, `/${id}`))).toMatchObject({
      id,
      revokedAt: expect.any(String),
    });
  });

  it.each([
    ['an unknown company', { company: 'acme' }, 400],
    ['an unknown field', { company: 'small', scope: 'all' }, 400],
    ['an unknown person', { company: 'small', owner: 'nobody' }, 404],
    ['the company without API access', { company: 'unapproved' }, 403],
  ])('given %s, should refuse with a message', async (_case, body, status) => {
    const response = await generate(createLatticeSandbox(), body);
    expect(response.status).toBe(status);
    expect(String((await readObject(response)).error)).toMatch(/\S+( \S+){4}/);
  });

  it('should refuse a body that is not JSON, and an unknown key id', async () => {
    const sandbox = createLatticeSandbox();
    const form = await keyApi(sandbox, '', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'company=small',
    });
    expect(form.status).toBe(415);
    expect((await keyApi(sandbox, '/nope', { method: 'DELETE' })).status).toBe(404);
    expect((await keyApi(sandbox, '?company=acme')).status).toBe(400);
  });
});
