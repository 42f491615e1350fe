import type { z } from 'zod/mini';
import {
  AccountList,
  Account,
  ConfirmRequest,
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
import { EventList, ListEventsQuery } from './events';
import { routePaths } from './routePaths';
import type { RoutePath } from './routePaths';

export interface RouteDefinition extends RoutePath {
  summary: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** The success status and its body (none for 204). */
  status: 200 | 201 | 204;
  response?: z.ZodMiniType;
}

/**
 * Every route of Keylink's HTTP API with its schemas (`routePaths` plus summary, status, query,
 * body and answer). The server registers and documents exactly these; the widget builds its URLs
 * from `routePaths`, the same table without the schemas.
 */
export const routes = {
  health: {
    ...routePaths.health,
    summary: 'Liveness and database check',
    status: 200,
    response: HealthResponse,
  },
  createConnectSession: {
    ...routePaths.createConnectSession,
    summary: 'Create a connect session for the widget',
    body: CreateConnectSessionRequest,
    status: 201,
    response: CreateConnectSessionResponse,
  },
  listAccounts: {
    ...routePaths.listAccounts,
    summary: 'List linked accounts',
    query: ListAccountsQuery,
    status: 200,
    response: AccountList,
  },
  getAccount: {
    ...routePaths.getAccount,
    summary: 'Get a linked account',
    status: 200,
    response: Account,
  },
  deleteAccount: {
    ...routePaths.deleteAccount,
    summary: 'Remove a linked account and destroy its credential',
    status: 204,
  },
  listIamUsers: {
    ...routePaths.listIamUsers,
    summary: "List an account's users in the unified schema",
    query: ListIamUsersQuery,
    status: 200,
    response: IamUserList,
  },
  getIamUser: {
    ...routePaths.getIamUser,
    summary: 'Get one user',
    status: 200,
    response: IamUserResponse,
  },
  listIamRoles: {
    ...routePaths.listIamRoles,
    summary: "List an account's roles",
    status: 200,
    response: IamRoleList,
  },
  listEvents: {
    ...routePaths.listEvents,
    summary:
      "List account events (each account's history, kept after deletion), oldest first; the same events the webhooks deliver",
    query: ListEventsQuery,
    status: 200,
    response: EventList,
  },
  getLinkSession: {
    ...routePaths.getLinkSession,
    summary: 'The session the widget renders',
    status: 200,
    response: LinkSession,
  },
  verify: {
    ...routePaths.verify,
    summary: 'Check credentials with the provider and start the preview',
    body: VerifyRequest,
    status: 200,
    response: VerifyResponse,
  },
  getPreview: {
    ...routePaths.getPreview,
    summary: 'The preview as it stands (poll until not running)',
    status: 200,
    response: PreviewResponse,
  },
  confirm: {
    ...routePaths.confirm,
    summary: 'Link the account with the verified credentials (honours Idempotency-Key)',
    body: ConfirmRequest,
    status: 200,
    response: ConfirmResponse,
  },
} as const satisfies { [Name in keyof typeof routePaths]: RouteDefinition };

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
