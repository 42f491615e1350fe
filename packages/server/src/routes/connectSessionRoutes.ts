import { CreateConnectSessionRequest, CreateConnectSessionResponse } from '@keylink/contract';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context';
import { respond } from '../http/respond';
import { parseWith, readJsonBody } from '../http/validate';
import { createSession } from '../sessions';

/** POST /v1/connect-sessions (host side; the secret key is checked by the caller's middleware). */
export function connectSessionRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    await deps.limits.sessionCreation(c.get('secretKeyId'));
    const body = parseWith(
      CreateConnectSessionRequest,
      await readJsonBody(c.req.raw),
      'session request',
    );
    const created = await createSession(deps, body);
    c.get('log').info({ sessionId: created.sessionId, provider: body.provider }, 'session created');
    return respond(CreateConnectSessionResponse, created, 201);
  });
  return app;
}
