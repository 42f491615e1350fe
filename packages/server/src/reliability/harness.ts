// Shared by the reliability tests: storage, captured logs and the HTTP steps of a link flow,
// through the server's public door (../index) and its shared test helpers (../testing).
import { AccountList, CreateConnectSessionResponse } from '@keylink/contract';
import type { Account } from '@keylink/contract';
import type { KeylinkServer } from '../index';

export const secretKey = 'reliability-secret-key-0123456789';
export const origin = 'https://host.example';

const postgresEnv = process.env.KEYLINK_TEST_POSTGRES_URL;
/** Postgres runs only when KEYLINK_TEST_POSTGRES_URL is set (as .ci/run and `npm test` say). */
export const postgresUrl = postgresEnv === undefined || postgresEnv === '' ? null : postgresEnv;

/** Storage and captured logs come from the server's own test helpers. */
export {
  postgresStorage as postgresDatabase,
  sqliteStorage as sqliteDatabase,
} from '../testing/testDatabases';
export type { TestStorage as TestDatabase } from '../testing/testDatabases';
export { createLogCapture as captureLogs } from '../testing/testServer';

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
