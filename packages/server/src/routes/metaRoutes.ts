import { createOpenApiDocument, HealthResponse } from '@keylink/contract';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context';
import { ping } from '../db/migrations';
import { renderDocsPage } from '../docsPage';
import { respond } from '../http/respond';

/** /healthz, /openapi.json (and /openapi-3.0.json) and /docs: no authentication. */
export function metaRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const document = createOpenApiDocument();
  // The same API for tools that only read OpenAPI 3.0.
  const document30 = createOpenApiDocument({ openapi: '3.0' });
  const docs = renderDocsPage(document);

  app.get('/healthz', async () => {
    await ping(deps.db);
    return respond(HealthResponse, { status: 'ok', database: deps.databaseKind });
  });
  app.get('/openapi.json', (c) => c.json(document));
  app.get('/openapi-3.0.json', (c) => c.json(document30));
  app.get('/docs', (c) => {
    c.header('Content-Security-Policy', docs.csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(docs.html);
  });
  return app;
}
