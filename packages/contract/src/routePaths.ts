/** Who may call a route: the host's backend (secret key), the widget (session token), anyone. */
export type RouteAuth = 'secret' | 'session' | 'none';

/** Where a route lives and who may call it: all a client needs to build its request. */
export interface RoutePath {
  method: 'GET' | 'POST' | 'DELETE';
  /** OpenAPI-style path: parameters in braces. */
  path: string;
  auth: RouteAuth;
}

/**
 * The four routes the widget calls (session token), on their own so the widget's bundle carries
 * only these (`routePaths` holds them too).
 */
export const linkRoutePaths = {
  getLinkSession: { method: 'GET', path: '/v1/link/session', auth: 'session' },
  verify: { method: 'POST', path: '/v1/link/verify', auth: 'session' },
  getPreview: { method: 'GET', path: '/v1/link/preview', auth: 'session' },
  confirm: { method: 'POST', path: '/v1/link/confirm', auth: 'session' },
} as const satisfies Record<string, RoutePath>;

/**
 * The method, path and caller of every route, without its schemas. `routes` adds the schemas;
 * a client that only calls routes (the widget) imports this table, so its bundle does not carry
 * the schemas of routes it never calls.
 *
 * @example
 * fetch(`${serverUrl}${routePaths.getPreview.path}`, { method: routePaths.getPreview.method });
 */
export const routePaths = {
  health: { method: 'GET', path: '/healthz', auth: 'none' },
  createConnectSession: { method: 'POST', path: '/v1/connect-sessions', auth: 'secret' },
  listAccounts: { method: 'GET', path: '/v1/accounts', auth: 'secret' },
  getAccount: { method: 'GET', path: '/v1/accounts/{accountId}', auth: 'secret' },
  deleteAccount: { method: 'DELETE', path: '/v1/accounts/{accountId}', auth: 'secret' },
  listIamUsers: { method: 'GET', path: '/v1/accounts/{accountId}/iam/users', auth: 'secret' },
  getIamUser: {
    method: 'GET',
    path: '/v1/accounts/{accountId}/iam/users/{userId}',
    auth: 'secret',
  },
  listIamRoles: { method: 'GET', path: '/v1/accounts/{accountId}/iam/roles', auth: 'secret' },
  listEvents: { method: 'GET', path: '/v1/events', auth: 'secret' },
  ...linkRoutePaths,
} as const satisfies Record<string, RoutePath>;
