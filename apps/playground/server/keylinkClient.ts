import {
  Account,
  AccountList,
  CreateConnectSessionResponse,
  ErrorBody,
  IamRoleList,
  IamUserList,
  buildPath,
  routes,
} from '@keylink/contract';
import type { CreateConnectSessionRequest } from '@keylink/contract';
import type { z } from 'zod/mini';

/** What went wrong talking to keylink-server, with the status and body to answer the browser. */
export class KeylinkCallError extends Error {
  override readonly name = 'KeylinkCallError';
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, body: ErrorBody) {
    super(body.error.message);
    this.status = status;
    this.body = body;
  }
}

export interface KeylinkClientOptions {
  /** Where keylink-server answers, as seen from this backend. */
  baseUrl: string;
  /** The host's secret key. Sent to keylink-server only, never to a browser. */
  secretKey: string;
  fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

/**
 * The host side of Keylink's API as a host backend uses it: every call carries the secret key,
 * every answer is parsed with the contract's schemas.
 *
 * @example
 * const keylink = createKeylinkClient({ baseUrl: 'http://127.0.0.1:4000', secretKey });
 * const { token } = await keylink.createConnectSession({ provider: 'lattice', originOwnerId: 'globex' });
 */
export function createKeylinkClient(options: KeylinkClientOptions) {
  const fetchImpl = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function call<T>(
    method: string,
    path: string,
    schema: z.ZodMiniType<T> | undefined,
    body?: unknown,
  ): Promise<T | undefined> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${options.secretKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (cause) {
      throw new KeylinkCallError(502, {
        error: {
          code: 'internal_error',
          message: `The Keylink server at ${baseUrl} is not answering (${String(cause)}). Check that the demo is still running.`,
        },
      });
    }
    const payload: unknown =
      response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = ErrorBody.safeParse(payload);
      throw new KeylinkCallError(
        response.status,
        error.success
          ? error.data
          : {
              error: {
                code: 'internal_error',
                message: `The Keylink server answered ${response.status} without an explanation. Its log says more.`,
              },
            },
      );
    }
    if (!schema) return undefined;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw new KeylinkCallError(502, {
        error: {
          code: 'internal_error',
          message: `The Keylink server answered ${method} ${path} with an unexpected body. Are the playground and the server from the same version?`,
        },
      });
    }
    return parsed.data;
  }

  /** Narrows away the `undefined` that only bodiless routes return. */
  async function expectBody<T>(promise: Promise<T | undefined>): Promise<T> {
    const value = await promise;
    if (value === undefined) throw new Error('A route with a body answered without one');
    return value;
  }

  return {
    createConnectSession: (request: CreateConnectSessionRequest) =>
      expectBody(
        call('POST', routes.createConnectSession.path, CreateConnectSessionResponse, request),
      ),
    listAccounts: (originOwnerId: string) =>
      expectBody(
        call(
          'GET',
          `${routes.listAccounts.path}?${new URLSearchParams({ originOwnerId, limit: '100' })}`,
          AccountList,
        ),
      ),
    getAccount: (accountId: string) =>
      expectBody(call('GET', buildPath(routes.getAccount.path, { accountId }), Account)),
    deleteAccount: async (accountId: string) => {
      await call('DELETE', buildPath(routes.deleteAccount.path, { accountId }), undefined);
    },
    listUsers: (accountId: string, query: { cursor?: string; limit?: number }) => {
      const search = new URLSearchParams();
      if (query.cursor) search.set('cursor', query.cursor);
      if (query.limit) search.set('limit', String(query.limit));
      const suffix = search.size > 0 ? `?${search}` : '';
      return expectBody(
        call('GET', `${buildPath(routes.listIamUsers.path, { accountId })}${suffix}`, IamUserList),
      );
    },
    listRoles: (accountId: string) =>
      expectBody(call('GET', buildPath(routes.listIamRoles.path, { accountId }), IamRoleList)),
  };
}
