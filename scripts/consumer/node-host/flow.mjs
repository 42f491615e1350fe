// A plain Node ESM host, run with `node flow.mjs` (no loader) in a project that installed the
// packed tarballs with npm: it mounts Keylink and the Lattice sandbox over real HTTP, as the
// server README's snippet does, and links an account end to end:
// session -> verify -> preview -> confirm -> IAM read. Exits 1 with the reason on any failure.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox, sandboxKeys } from '@keylink/lattice/sandbox';
import { createKeylinkServer, createLogger, generateEncryptionKey } from '@keylink/server';

/** Serves a fetch handler on a free loopback port. */
function listen(fetch) {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}` }),
    );
  });
}

async function call(url, { token, method = 'GET', body } = {}) {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return text === '' ? null : JSON.parse(text);
}

const sandbox = await listen(createLatticeSandbox().fetch);
const secretKey = `kl_sk_consumer_${randomBytes(16).toString('hex')}`;
const keylink = createKeylinkServer({
  database: {
    kind: 'sqlite',
    file: join(mkdtempSync(join(tmpdir(), 'keylink-node-host-')), 'keylink.db'),
  },
  secretKey,
  encryptionKeys: [generateEncryptionKey()],
  connectors: { lattice: createLatticeConnector({ baseUrl: sandbox.url }) },
  logger: createLogger({ level: 'warn' }),
});
const api = await listen(keylink.fetch);
try {
  const health = await call(`${api.url}/healthz`);
  const { token } = await call(`${api.url}/v1/connect-sessions`, {
    token: secretKey,
    method: 'POST',
    body: { provider: 'lattice', originOwnerId: 'org_consumer', originOwnerName: 'Consumer Inc' },
  });
  const verified = await call(`${api.url}/v1/link/verify`, {
    token,
    method: 'POST',
    body: { credentials: { apiKey: sandboxKeys.smallCompanyAdmin }, region: 'us' },
  });
  let { preview } = verified;
  for (let poll = 0; preview.status === 'running'; poll += 1) {
    if (poll > 600) throw new Error('The preview never finished.');
    await new Promise((done) => setTimeout(done, 100));
    ({ preview } = await call(`${api.url}/v1/link/preview`, { token }));
  }
  const { accountId } = await call(`${api.url}/v1/link/confirm`, { token, method: 'POST' });
  const users = await call(`${api.url}/v1/accounts/${accountId}/iam/users?limit=100`, {
    token: secretKey,
  });
  const roles = await call(`${api.url}/v1/accounts/${accountId}/iam/roles`, { token: secretKey });
  if (!Array.isArray(users.data) || users.data.length === 0) throw new Error('No IAM users read.');
  if (!Array.isArray(roles.data) || roles.data.length === 0) throw new Error('No IAM roles read.');
  console.log(
    JSON.stringify({
      health: health.status,
      preview: preview.status,
      accountId,
      users: users.data.length,
      roles: roles.data.length,
    }),
  );
} finally {
  await keylink.close();
  api.server.close();
  sandbox.server.close();
}
