import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { AppEnv } from '../context';

const acceptableRequestId = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The id of each request, decided when it arrives (the caller's X-Request-Id when it looks like
 * one, else a new one) and kept with the request, so that answers made outside the app (a request
 * cut off at shutdown) carry the same id as its log lines.
 */
export function createRequestIds() {
  const ids = new WeakMap<Request, string>();
  return {
    of(request: Request): string {
      let id = ids.get(request);
      if (id === undefined) {
        const incoming = request.headers.get('x-request-id');
        id = incoming !== null && acceptableRequestId.test(incoming) ? incoming : randomUUID();
        ids.set(request, id);
      }
      return id;
    },
  };
}

/**
 * Gives each request an id (the caller's X-Request-Id when it looks like one, else a new one),
 * returns it in X-Request-Id, and logs one line per request. Bodies and headers are never
 * logged; the path never carries a secret (tokens travel in Authorization only).
 */
export function requestContext(
  logger: Logger,
  requestIdOf: (request: Request) => string,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = requestIdOf(c.req.raw);
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    // Answers carry tokens, account and user data: no cache along the way may keep them.
    if (c.req.path.startsWith('/v1/')) c.res.headers.set('Cache-Control', 'no-store');
    const status = c.res.status;
    // 502/504 are the provider's failures, not ours: worth a warning, not an error.
    log[status === 500 ? 'error' : status >= 500 ? 'warn' : 'info'](
      {
        method: c.req.method,
        path: c.req.path,
        status,
        durationMs: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}
