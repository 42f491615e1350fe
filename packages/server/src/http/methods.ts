import { routes } from '@keylink/contract';
import type { RouteDefinition } from '@keylink/contract';
import { HttpError } from './HttpError';

/** `/v1/accounts/{accountId}` as Hono writes it: `/v1/accounts/:accountId`. */
export function honoPath(route: RouteDefinition): string {
  return route.path.replace(/\{(\w+)\}/g, ':$1');
}

const templates = new Map<string, { pattern: RegExp; methods: Set<string> }>();
for (const route of Object.values(routes)) {
  const entry = templates.get(route.path) ?? {
    pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
    methods: new Set<string>(),
  };
  entry.methods.add(route.method);
  // Hono answers HEAD wherever there is a GET.
  if (route.method === 'GET') entry.methods.add('HEAD');
  templates.set(route.path, entry);
}

/**
 * The answer to a request no route took: 405 with `Allow` when its path is one of the route
 * table's with another method, else 404.
 */
export function noRouteFor(method: string, path: string): HttpError {
  for (const { pattern, methods } of templates.values()) {
    // A method the path has, yet no route took it: not this path after all (e.g. a trailing slash).
    if (!pattern.test(path) || methods.has(method)) continue;
    const allow = [...methods].join(', ');
    return new HttpError(
      'method_not_allowed',
      `${path} does not take ${method}: use ${allow} (see /docs).`,
      {},
      { Allow: allow },
    );
  }
  return new HttpError('not_found', `There is no route ${method} ${path}: see /docs.`);
}
