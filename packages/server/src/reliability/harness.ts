// Shared by the reliability tests: storage, captured logs and the HTTP steps of a link flow,
// all through the server's public door (../index) only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { AccountList, CreateConnectSessionResponse } from '@keylink/contract';
import type { Account } from '@keylink/contract';
import pg from 'pg';
import { createLogger } from '../index';
import type { DatabaseConfig, KeylinkServer } from '../index';

export const secretKey = 'reliability-secret-key-0123456789';
export const origin = 'https://host.example';

const postgresEnv = process.env.KEYLINK_TEST_POSTGRES_URL;
/** Postgres runs only when KEYLINK_TEST_POSTGRES_URL is set (as .ci/run and `npm test` say). */
export const postgresUrl = postgresEnv === undefined || postgresEnv === '' ? null : postgresEnv;

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** A SQLite file in a fresh temporary folder, removed by drop(). */
export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'keylink-reliability-'));
  return {
    config: { kind: 'sqlite', file: join(dir, 'keylink.db') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An isolated schema in the test database, dropped by drop(). */
export function postgresDatabase(url: string, poolSize = 8): TestDatabase {
  const schema = `keylink_reliability_${randomBytes(6).toString('hex')}`;
  return {
    config: { kind: 'postgres', url, schema, poolSize },
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A pino logger at debug level whose every line is kept as text. */
export function captureLogs() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

export interface CallInit {
  method?: string;
  /** Bearer token: the secret key for host routes, a session token for widget routes. */
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export function keylinkRequest(path: string, init: CallInit = {}): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin };
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  return new Request(`http://keylink.test${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...headers, ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

export interface Answer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  text: string;
}

/** Calls the server and keeps the status and raw text (tests grep every answer for the key). */
export async function call(
  server: KeylinkServer,
  path: string,
  init: CallInit = {},
): Promise<Answer> {
  const response = await server.fetch(keylinkRequest(path, init));
  const text = await response.text();
  return { status: response.status, headers: Object.fromEntries(response.headers), text };
}

export function json(text: string): unknown {
  return text === '' ? null : JSON.parse(text);
}

export async function createSession(server: KeylinkServer, originOwnerId: string) {
  const answer = await call(server, '/v1/connect-sessions', {
    token: secretKey,
    body: { provider: 'lattice', originOwnerId, originOwnerName: `Org ${originOwnerId}` },
  });
  if (answer.status !== 201) throw new Error(`session: ${answer.status} ${answer.text}`);
  return CreateConnectSessionResponse.parse(json(answer.text));
}

export function verify(server: KeylinkServer, token: string, apiKey: string): Promise<Answer> {
  return call(server, '/v1/link/verify', {
    token,
    body: { credentials: { apiKey }, region: 'us' },
  });
}

export function confirm(
  server: KeylinkServer,
  token: string,
  idempotencyKey: string,
): Promise<Answer> {
  return call(server, '/v1/link/confirm', {
    token,
    method: 'POST',
    headers: { 'idempotency-key': idempotencyKey },
  });
}

/** Every account the host can see, all pages. */
export async function listAllAccounts(server: KeylinkServer): Promise<Account[]> {
  const accounts: Account[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const answer = await call(server, `/v1/accounts?limit=100${query}`, { token: secretKey });
    if (answer.status !== 200) throw new Error(`accounts: ${answer.status} ${answer.text}`);
    const page = AccountList.parse(json(answer.text));
    accounts.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return accounts;
}
