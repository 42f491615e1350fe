// Measures the 10,000-person flow in memory (no sockets, no latency): verify, the walk to a
// complete preview, and confirm. Run: pnpm exec tsx packages/server/bench/previewBench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CreateConnectSessionResponse } from '@keylink/contract';
import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox, sandboxKeys } from '@keylink/lattice/sandbox';
import type { DatabaseConfig } from '../src/index';
import { createKeylinkServer, createLogger, generateEncryptionKey } from '../src/index';

const secretKey = 'bench-secret-key-0123456789';

async function measure(database: DatabaseConfig): Promise<Record<string, number>> {
  const sandbox = createLatticeSandbox();
  const server = createKeylinkServer({
    database,
    secretKey,
    encryptionKeys: [generateEncryptionKey()],
    connectors: {
      lattice: createLatticeConnector({ baseUrl: 'https://lattice.test', fetch: sandbox.fetch }),
    },
    logger: createLogger({ level: 'silent' }),
  });
  await server.ready;
  const call = (path: string, auth: string, body?: unknown) =>
    server.fetch(
      new Request(`http://keylink.test${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const session = CreateConnectSessionResponse.parse(
    await (
      await call('/v1/connect-sessions', secretKey, { provider: 'lattice', originOwnerId: 'bench' })
    ).json(),
  );
  const t0 = performance.now();
  await call('/v1/link/verify', session.token, {
    credentials: { apiKey: sandboxKeys.largeCompanyAdmin },
  });
  const t1 = performance.now();
  await server.idle();
  const t2 = performance.now();
  await call('/v1/link/confirm', session.token, {});
  const t3 = performance.now();
  await server.close();
  return {
    verifyMs: Math.round(t1 - t0),
    walkToCompleteMs: Math.round(t2 - t1),
    confirmMs: Math.round(t3 - t2),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'keylink-bench-'));
try {
  console.log('sqlite', await measure({ kind: 'sqlite', file: join(dir, 'keylink.db') }));
  const url = process.env.KEYLINK_TEST_POSTGRES_URL;
  if (url) {
    const schema = `keylink_bench_${Date.now()}`;
    console.log('postgres', await measure({ kind: 'postgres', url, schema }));
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
