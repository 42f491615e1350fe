import {
  AccountList,
  ConfirmResponse,
  CreateConnectSessionResponse,
  ErrorBody,
  PreviewResponse,
  VerifyResponse,
} from '@keylink/contract';
import type { Account } from '@keylink/contract';
import type { KeylinkServer } from '../index';
import { hostRequest, widgetRequest } from './testServer';

/** A JSON answer's text parsed (an empty body is null). */
export function parseBody(text: string): unknown {
  return text === '' ? null : JSON.parse(text);
}

/** Reads a JSON response, collecting its raw text for the tests that grep every answer. */
export async function bodyOf(response: Response, seen?: string[]): Promise<unknown> {
  const text = await response.text();
  seen?.push(text);
  return parseBody(text);
}

export async function errorOf(response: Response, seen?: string[]) {
  return ErrorBody.parse(await bodyOf(response, seen)).error;
}

export async function newSession(
  server: KeylinkServer,
  body: Record<string, unknown> = {},
  seen?: string[],
) {
  const response = await server.fetch(
    hostRequest('/v1/connect-sessions', {
      body: { provider: 'lattice', originOwnerId: 'org_acme', originOwnerName: 'Acme', ...body },
    }),
  );
  if (response.status !== 201)
    throw new Error(`session: ${response.status} ${await response.text()}`);
  return CreateConnectSessionResponse.parse(await bodyOf(response, seen));
}

export function verify(server: KeylinkServer, token: string, apiKey: string, region = 'us') {
  return server.fetch(
    widgetRequest(token, '/v1/link/verify', { body: { credentials: { apiKey }, region } }),
  );
}

export async function verifyOk(
  server: KeylinkServer,
  token: string,
  apiKey: string,
  seen?: string[],
) {
  const response = await verify(server, token, apiKey);
  if (response.status !== 200)
    throw new Error(`verify: ${response.status} ${await response.text()}`);
  return VerifyResponse.parse(await bodyOf(response, seen));
}

/** Polls the preview until it stops running, letting background work run between polls. */
export async function previewToEnd(server: KeylinkServer, token: string, seen?: string[]) {
  const polls: PreviewResponse[] = [];
  for (let poll = 0; poll < 1000; poll += 1) {
    const response = await server.fetch(widgetRequest(token, '/v1/link/preview'));
    const body = PreviewResponse.parse(await bodyOf(response, seen));
    polls.push(body);
    if (body.preview.status !== 'running') return { final: body.preview, polls };
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('The preview never finished.');
}

export async function confirm(
  server: KeylinkServer,
  token: string,
  idempotencyKey?: string,
  body?: unknown,
) {
  return server.fetch(
    widgetRequest(token, '/v1/link/confirm', {
      method: 'POST',
      headers: idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey },
      body,
    }),
  );
}

export async function confirmOk(
  server: KeylinkServer,
  token: string,
  seen?: string[],
  body?: unknown,
) {
  const response = await confirm(server, token, undefined, body);
  if (response.status !== 200)
    throw new Error(`confirm: ${response.status} ${await response.text()}`);
  return ConfirmResponse.parse(await bodyOf(response, seen));
}

/** A linked account: session, verify, walk to the end, confirm. */
export async function linkAccount(
  server: KeylinkServer,
  apiKey: string,
  originOwnerId = 'org_acme',
  provider = 'lattice',
) {
  const { token } = await newSession(server, { originOwnerId, provider });
  await verifyOk(server, token, apiKey);
  await server.idle();
  return confirmOk(server, token);
}

/** Every account the host can see, all pages. */
export async function listAllAccounts(server: KeylinkServer): Promise<Account[]> {
  const accounts: Account[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const response = await server.fetch(hostRequest(`/v1/accounts?limit=100${query}`));
    if (response.status !== 200)
      throw new Error(`accounts: ${response.status} ${await response.text()}`);
    const page = AccountList.parse(await bodyOf(response));
    accounts.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return accounts;
}
