import type { z } from 'zod/mini';
import {
  AccountList,
  Account,
  ConfirmResponse,
  CreateConnectSessionRequest,
  CreateConnectSessionResponse,
  HealthResponse,
  IamRoleList,
  IamUserList,
  IamUserResponse,
  LinkSession,
  ListAccountsQuery,
  ListIamUsersQuery,
  PreviewResponse,
  VerifyRequest,
  VerifyResponse,
} from './api';

/** Who may call a route: the host's backend (secret key), the widget (session token), anyone. */
export type RouteAuth = 'secret' | 'session' | 'none';

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'DELETE';
  /** OpenAPI-style path: parameters in braces. */
  path: string;
  auth: RouteAuth;
  summary: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** The success status and its body (none for 204). */
  status: 200 | 201 | 204;
  response?: z.ZodMiniType;
}

/**
 * Every route of Keylink's HTTP API. The server registers and documents exactly these; the
 * widget builds its URLs from them.
 */
export const routes = {
  health: {
    method: 'GET',
    path: '/healthz',
    auth: 'none',
    summary: 'Liveness and database check',
    status: 200,
    response: HealthResponse,
  },
  createConnectSession: {
    method: 'POST',
    path: '/v1/connect-sessions',
    auth: 'secret',
    summary: 'Create a connect session for the widget',
    body: CreateConnectSessionRequest,
    status: 201,
    response: CreateConnectSessionResponse,
  },
  listAccounts: {
    method: 'GET',
    path: '/v1/accounts',
    auth: 'secret',
    summary: 'List linked accounts',
    query: ListAccountsQuery,
    status: 200,
    response: AccountList,
  },
  getAccount: {
    method: 'GET',
    path: '/v1/accounts/{accountId}',
    auth: 'secret',
    summary: 'Get a linked account',
    status: 200,
    response: Account,
  },
  deleteAccount: {
    method: 'DELETE',
    path: '/v1/accounts/{accountId}',
    auth: 'secret',
    summary: 'Remove a linked account and destroy its credential',
    status: 204,
  },
  listIamUsers: {
    method: 'GET',
    path: '/v1/accounts/{accountId}/iam/users',
    auth: 'secret',
    summary: "List an account's users in the unified schema",
    query: ListIamUsersQuery,
    status: 200,
    response: IamUserList,
  },
  getIamUser: {
    method: 'GET',
    path: '/v1/accounts/{accountId}/iam/users/{userId}',
    auth: 'secret',
    summary: 'Get one user',
    status: 200,
    response: IamUserResponse,
  },
  listIamRoles: {
    method: 'GET',
    path: '/v1/accounts/{accountId}/iam/roles',
    auth: 'secret',
    summary: "List an account's roles",
    status: 200,
    response: IamRoleList,
  },
  getLinkSession: {
    method: 'GET',
    path: '/v1/link/session',
    auth: 'session',
    summary: 'The session the widget renders',
    status: 200,
    response: LinkSession,
  },
  verify: {
    method: 'POST',
    path: '/v1/link/verify',
    auth: 'session',
    summary: 'Check credentials with the provider and start the preview',
    body: VerifyRequest,
    status: 200,
    response: VerifyResponse,
  },
  getPreview: {
    method: 'GET',
    path: '/v1/link/preview',
    auth: 'session',
    summary: 'The preview as it stands (poll until not running)',
    status: 200,
    response: PreviewResponse,
  },
  confirm: {
    method: 'POST',
    path: '/v1/link/confirm',
    auth: 'session',
    summary: 'Link the account with the verified credentials (honours Idempotency-Key)',
    status: 200,
    response: ConfirmResponse,
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof routes;

/**
 * Fills an OpenAPI-style path with values, encoding each.
 *
 * @example
 * buildPath(routes.getAccount.path, { accountId: 'acc_1' }) // '/v1/accounts/acc_1'
 */
export function buildPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
