import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../context';

const allowHeaders = [
  'Authorization',
  'Content-Type',
  'Accept-Language',
  'Idempotency-Key',
  'X-Request-Id',
];
const exposeHeaders = ['X-Request-Id', 'Retry-After', 'Content-Language'];

/**
 * CORS for the widget's routes: only the browser origins in `allowed` may read the answers.
 * Preflights are Hono's cors middleware's. On the calls themselves, the same headers it would
 * add are set on the answer once it is made: Hono's cors sets them on `c.res` before the route
 * runs, which makes Hono copy the route's answer into a new one, and @hono/node-server then turns
 * that copy into a full web Response and streams its body (twice a link flow, a few per cent of
 * the server's CPU time per flow). Errors get them too: Hono answers a thrown error below this middleware.
 */
export function linkCors(allowed: ReadonlySet<string>): MiddlewareHandler<AppEnv> {
  const preflight = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders,
    exposeHeaders,
    maxAge: 600,
  });
  const exposed = exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const origin = c.req.header('origin');
    if (origin !== undefined && allowed.has(origin)) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
    }
    c.res.headers.set('Access-Control-Expose-Headers', exposed);
    c.res.headers.append('Vary', 'Origin');
  };
}
