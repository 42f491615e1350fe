import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { createPlaygroundApi } from './createPlaygroundApi';
import { loadSandboxKeys } from './loadSandboxKeys';

const secretKey = 'kl_sk_test_0123456789abcdef';

const account = {
  id: 'acc_1',
  provider: 'lattice',
  originOwnerId: 'initech',
  originOwnerName: 'Initech',
  status: 'active',
  region: 'us',
  ownerName: 'Ada Lovelace',
  ownerEmail: 'ada@example.com',
  access: 'full',
  createdAt: '2026-11-27T12:00:00.000Z',
  updatedAt: '2026-11-27T12:00:00.000Z',
  lastVerifiedAt: '2026-11-27T12:00:00.000Z',
  lastCheckedAt: null,
  lastCheckOutcome: null,
};

/** A keylink-server stand-in that records what it was asked and answers from a table. */
function fakeKeylink(answers: Record<string, () => Response>) {
  const calls: Request[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push(request);
    const url = new URL(request.url);
    const answer = answers[`${request.method} ${url.pathname}`];
    return answer
      ? answer()
      : Response.json({ error: { code: 'not_found', message: 'x' } }, { status: 404 });
  };
  return { calls, fetch };
}

function apiWith(keylink: ReturnType<typeof fakeKeylink>) {
  return createPlaygroundApi({
    keylink: { baseUrl: 'http://keylink.test', secretKey, fetch: keylink.fetch },
    publicKeylinkUrl: 'http://public.keylink.test',
  });
}

const sessionAnswer = () =>
  Response.json(
    { token: 'kls_token', sessionId: 'ses_1', expiresAt: '2026-11-27T12:30:00.000Z' },
    { status: 201 },
  );

describe('POST /api/sessions', () => {
  it('should create a session with the secret key and never return the key', async () => {
    const keylink = fakeKeylink({ 'POST /v1/connect-sessions': sessionAnswer });

    const response = await apiWith(keylink).request('/api/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });

    expect(response.status).toBe(201);
    const text = await response.text();
    expect(text).not.toContain(secretKey);
    expect(JSON.parse(text)).toEqual({
      token: 'kls_token',
      expiresAt: '2026-11-27T12:30:00.000Z',
      serverUrl: 'http://public.keylink.test',
    });
    const [call] = keylink.calls;
    expect(call?.headers.get('authorization')).toBe(`Bearer ${secretKey}`);
    expect(await call?.json()).toEqual({
      provider: 'lattice',
      originOwnerId: 'initech',
      originOwnerName: 'Initech',
    });
  });

  it('given an accountId of the organisation, should ask for a reconnect session', async () => {
    const keylink = fakeKeylink({
      'GET /v1/accounts/acc_1': () => Response.json(account),
      'POST /v1/connect-sessions': sessionAnswer,
    });

    const response = await apiWith(keylink).request('/api/sessions', {
      method: 'POST',
      body: JSON.stringify({ accountId: 'acc_1' }),
    });

    expect(response.status).toBe(201);
    const create = keylink.calls.find((call) => call.method === 'POST');
    expect(await create?.json()).toMatchObject({ accountId: 'acc_1', originOwnerId: 'initech' });
  });

  it("given another organisation's account, should answer 404 without creating a session", async () => {
    const keylink = fakeKeylink({
      'GET /v1/accounts/acc_1': () => Response.json(account),
      'POST /v1/connect-sessions': sessionAnswer,
    });

    const response = await apiWith(keylink).request('/api/sessions', {
      method: 'POST',
      headers: { 'x-acme-org': 'hooli' },
      body: JSON.stringify({ accountId: 'acc_1' }),
    });

    expect(response.status).toBe(404);
    expect(keylink.calls.map((call) => call.method)).toEqual(['GET']);
  });

  it('given keylink-server refuses, should pass its typed error on', async () => {
    const refusal = { error: { code: 'unauthorized', message: 'Check KEYLINK_SECRET_KEY.' } };
    const keylink = fakeKeylink({
      'POST /v1/connect-sessions': () => Response.json(refusal, { status: 401 }),
    });

    const response = await apiWith(keylink).request('/api/sessions', { method: 'POST' });

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(refusal);
  });
});

describe('GET /api/accounts', () => {
  it("should list only the signed-in organisation's accounts", async () => {
    const keylink = fakeKeylink({
      'GET /v1/accounts': () => Response.json({ data: [account], nextCursor: null }),
    });

    const response = await apiWith(keylink).request('/api/accounts', {
      headers: { 'x-acme-org': 'initech' },
    });

    expect(await response.json()).toEqual({ data: [account], nextCursor: null });
    expect(new URL(keylink.calls[0]?.url ?? '').searchParams.get('originOwnerId')).toBe('initech');
  });

  it('given keylink-server is down, should answer 502 with what to do', async () => {
    const api = createPlaygroundApi({
      keylink: {
        baseUrl: 'http://keylink.test',
        secretKey,
        fetch: () => Promise.reject(new TypeError('fetch failed')),
      },
    });

    const response = await api.request('/api/accounts');

    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).toContain('not answering');
    expect(text).not.toContain(secretKey);
  });
});

describe('GET /api/sandbox-keys', () => {
  it("given the sandbox's keys, should list every scenario", async () => {
    const api = createPlaygroundApi({
      keylink: { baseUrl: 'http://keylink.test', secretKey },
      sandboxKeys: loadSandboxKeys(),
      sandboxConsoleUrl: 'http://127.0.0.1:4010/app',
    });

    const body: unknown = await (await api.request('/api/sandbox-keys')).json();

    expect(body).toMatchObject({
      sandbox: true,
      consoleUrl: 'http://127.0.0.1:4010/app',
      keys: expect.arrayContaining([
        expect.objectContaining({ name: 'smallCompanyAdmin', companyName: 'Pinecone Bakery Co.' }),
        expect.objectContaining({ name: 'revoked' }),
      ]),
    });
  });

  it('given no sandbox, should say so and list nothing', async () => {
    const api = createPlaygroundApi({ keylink: { baseUrl: 'http://keylink.test', secretKey } });

    expect(await (await api.request('/api/sandbox-keys')).json()).toEqual({
      sandbox: false,
      keys: [],
      consoleUrl: null,
    });
  });
});

describe('account routes', () => {
  it("should read a page of the account's users with the cursor and limit asked for", async () => {
    const keylink = fakeKeylink({
      'GET /v1/accounts/acc_1': () => Response.json(account),
      'GET /v1/accounts/acc_1/iam/users': () => Response.json({ data: [], nextCursor: null }),
    });

    const response = await apiWith(keylink).request('/api/accounts/acc_1/users?cursor=c2&limit=10');

    expect(response.status).toBe(200);
    const read = new URL(keylink.calls.at(-1)?.url ?? '');
    expect(Object.fromEntries(read.searchParams)).toEqual({ cursor: 'c2', limit: '10' });
  });

  it('given a limit out of range, should answer 400 without calling keylink-server', async () => {
    const keylink = fakeKeylink({});

    const response = await apiWith(keylink).request('/api/accounts/acc_1/users?limit=1000');

    expect(response.status).toBe(400);
    expect(keylink.calls).toEqual([]);
  });

  it("should remove the organisation's account and answer 204", async () => {
    const keylink = fakeKeylink({
      'GET /v1/accounts/acc_1': () => Response.json(account),
      'DELETE /v1/accounts/acc_1': () => new Response(null, { status: 204 }),
    });

    const response = await apiWith(keylink).request('/api/accounts/acc_1', { method: 'DELETE' });

    expect(response.status).toBe(204);
    expect(keylink.calls.map((call) => call.method)).toEqual(['GET', 'DELETE']);
  });
});

describe('POST /api/webhooks', () => {
  const webhookSecret = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
  const event = {
    type: 'account.needs_reconnect',
    timestamp: '2026-12-01T06:00:00.000Z',
    data: {
      accountId: 'acc_1',
      originOwnerId: 'initech',
      originOwnerName: 'Initech',
      provider: 'lattice',
      region: 'us',
      status: 'needs_reconnect',
      access: 'full',
      ownerName: 'Ada Lovelace',
      ownerEmail: 'ada@example.com',
      previous: null,
      reason: { code: 'invalid_credentials', message: 'Lattice refused the key.' },
      source: 'key_health',
    },
  };

  function signed(id: string, body: string, secret = webhookSecret) {
    const at = new Date();
    return {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': new Webhook(secret).sign(id, at, body),
      },
      body,
    };
  }

  const api = () =>
    createPlaygroundApi({ keylink: { baseUrl: 'http://keylink.test', secretKey }, webhookSecret });

  it('given a signed event, should accept it once and list it for its organisation only', async () => {
    const playground = api();
    const body = JSON.stringify(event);

    expect((await playground.request('/api/webhooks', signed('msg_1', body))).status).toBe(204);
    // A retry of the same delivery: accepted, not listed twice.
    expect((await playground.request('/api/webhooks', signed('msg_1', body))).status).toBe(204);

    const mine: unknown = await (
      await playground.request('/api/webhook-events', { headers: { 'x-acme-org': 'initech' } })
    ).json();
    expect(mine).toMatchObject({ enabled: true, data: [{ id: 'msg_1', ...event }] });
    const theirs: unknown = await (
      await playground.request('/api/webhook-events', { headers: { 'x-acme-org': 'hooli' } })
    ).json();
    expect(theirs).toEqual({ enabled: true, data: [] });
  });

  it('given a wrong signature or a changed body, should refuse it with 401 and keep nothing', async () => {
    const playground = api();
    const body = JSON.stringify(event);
    const forged = signed('msg_2', body, `whsec_${Buffer.alloc(32, 1).toString('base64')}`);
    const changed = { ...signed('msg_3', body), body: body.replace('acc_1', 'acc_2') };

    for (const request of [forged, changed]) {
      expect((await playground.request('/api/webhooks', request)).status).toBe(401);
    }
    const listed: unknown = await (await playground.request('/api/webhook-events')).json();
    expect(listed).toEqual({ enabled: true, data: [] });
  });

  it('given no webhook secret, should receive nothing', async () => {
    const playground = createPlaygroundApi({
      keylink: { baseUrl: 'http://keylink.test', secretKey },
    });
    const response = await playground.request('/api/webhooks', signed('msg_4', '{}'));
    expect(response.status).toBe(404);
  });
});
