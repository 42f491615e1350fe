import { Hono } from 'hono';

export interface KeylinkServer {
  /** A web-standard handler: mount it in any framework that speaks Request and Response. */
  fetch: (request: Request) => Promise<Response>;
}

/**
 * Creates Keylink's HTTP handler.
 *
 * @example
 * const keylink = createKeylinkServer();
 * const response = await keylink.fetch(new Request('http://localhost/healthz'));
 */
export function createKeylinkServer(): KeylinkServer {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  return { fetch: async (request) => app.fetch(request) };
}
