import type { z } from 'zod/mini';
import type { ErrorCode } from './errors';
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
  /** What the operation does, for the OpenAPI document (a sentence or two). */
  description: string;
  /**
   * The error codes this route answers with for its own reasons. The ones every route of its kind
   * can answer are added by `createOpenApiDocument` (see `errorCodesOf`): `invalid_request` when it
   * has inputs, `unauthorized` when authenticated, `payload_too_large` when it takes a body,
   * `unsupported_media_type`, `service_unavailable` and `internal_error` always. Declare a new
   * status of a route here, and the document, the server's tests and clients follow.
   */
  errors: readonly ErrorCode[];
  /** Honours an `Idempotency-Key` header (1–200 printable ASCII characters). */
  idempotencyKey?: true;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** The success status and its body (none for 204). */
  status: 200 | 201 | 204;
  response?: z.ZodMiniType;
}

/** What reading an account's people through its provider can answer, besides success. */
const iamReadErrors = [
  'not_found',
  'account_needs_reconnect',
  'insufficient_permissions',
  'provider_rate_limited',
  'provider_unavailable',
  'provider_timeout',
  'provider_bad_response',
] as const satisfies readonly ErrorCode[];

/**
 * Every route of Keylink's HTTP API with its schemas (`routePaths` plus summary, status, query,
 * body and answer). The server registers and documents exactly these; the widget builds its URLs
 * from `routePaths`, the same table without the schemas.
 */
export const routes = {
  health: {
    ...routePaths.health,
    summary: 'Liveness and database check',
    description:
      'Answers 200 when this instance can reach its database. Load balancers and orchestrators poll it; it needs no key.',
    errors: [],
    status: 200,
    response: HealthResponse,
  },
  createConnectSession: {
    ...routePaths.createConnectSession,
    summary: 'Create a connect session for the widget',
    description:
      "Called by the host's backend when a person opens the widget: returns a short-lived token for the widget (shown once; Keylink keeps only its hash). With `accountId`, the session reconnects that account instead of creating one.",
    errors: ['not_found', 'rate_limited'],
    body: CreateConnectSessionRequest,
    status: 201,
    response: CreateConnectSessionResponse,
  },
  listAccounts: {
    ...routePaths.listAccounts,
    summary: 'List linked accounts',
    description:
      'The accounts linked through Keylink, oldest first, optionally only those of one origin owner. Pass `nextCursor` back as `cursor` (with the same filter) for the next page.',
    errors: [],
    query: ListAccountsQuery,
    status: 200,
    response: AccountList,
  },
  getAccount: {
    ...routePaths.getAccount,
    summary: 'Get a linked account',
    description:
      'One linked account, with its status and the owner of its stored key. The key itself is never returned.',
    errors: ['not_found'],
    status: 200,
    response: Account,
  },
  deleteAccount: {
    ...routePaths.deleteAccount,
    summary: 'Remove a linked account and destroy its credential',
    description:
      'Deletes the account and, with it, its encrypted key. Further reads answer `not_found`.',
    errors: ['not_found'],
    status: 204,
  },
  listIamUsers: {
    ...routePaths.listIamUsers,
    summary: "List an account's users in the unified schema",
    description:
      "The account's users in Keylink's unified schema, read through the provider with the stored key, one page at a time. A key the provider refuses marks the account `needs_reconnect`.",
    errors: iamReadErrors,
    query: ListIamUsersQuery,
    status: 200,
    response: IamUserList,
  },
  getIamUser: {
    ...routePaths.getIamUser,
    summary: 'Get one user',
    description: 'One user of the account in the unified schema, read through the provider.',
    errors: iamReadErrors,
    status: 200,
    response: IamUserResponse,
  },
  listIamRoles: {
    ...routePaths.listIamRoles,
    summary: "List an account's roles",
    description:
      'The unified roles of the account, with the counts from its last complete walk (null until one completed).',
    errors: ['not_found'],
    status: 200,
    response: IamRoleList,
  },
  listEvents: {
    ...routePaths.listEvents,
    summary:
      "List account events (each account's history, kept after deletion), oldest first; the same events the webhooks deliver",
    description:
      'Every change to an account (linked, reconnected, access changed, needs reconnect, restored, deleted), oldest first, filtered by origin owner, account or type: the history a host can poll instead of (or besides) receiving webhooks.',
    errors: [],
    query: ListEventsQuery,
    status: 200,
    response: EventList,
  },
  getLinkSession: {
    ...routePaths.getLinkSession,
    summary: 'The session the widget renders',
    description:
      "What the widget renders: the provider's descriptor (form fields, regions, guide), whether it creates or reconnects an account, and the attempts left.",
    errors: ['session_expired', 'session_used'],
    status: 200,
    response: LinkSession,
  },
  verify: {
    ...routePaths.verify,
    summary: 'Check credentials with the provider and start the preview',
    description:
      "Checks the credentials with the provider within a deadline and starts the preview. Each call spends one of the session's attempts; the key is kept encrypted on the session until confirm.",
    errors: [
      'session_expired',
      'session_used',
      'too_many_attempts',
      'rate_limited',
      'account_mismatch',
      'not_found',
      'invalid_credentials',
      'insufficient_permissions',
      'provider_rate_limited',
      'provider_unavailable',
      'provider_timeout',
      'provider_bad_response',
    ],
    body: VerifyRequest,
    status: 200,
    response: VerifyResponse,
  },
  getPreview: {
    ...routePaths.getPreview,
    summary: 'The preview as it stands (poll until not running)',
    description:
      'The preview of what will sync as it stands: poll it until `preview.status` is no longer `running`.',
    errors: ['session_expired', 'session_used', 'session_not_verified', 'not_found'],
    status: 200,
    response: PreviewResponse,
  },
  confirm: {
    ...routePaths.confirm,
    summary: 'Link the account with the verified credentials',
    description:
      'Links the account with the verified key and spends the session. Every warning the verify answer listed (e.g. `access_reduced`) must be acknowledged in the body. A confirm repeated with the same `Idempotency-Key` after it succeeded gets the same answer; a refused confirm is not stored, so it can be retried with the same key once its cause is fixed.',
    errors: ['session_expired', 'session_used', 'session_not_verified', 'not_found'],
    idempotencyKey: true,
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
