import { LinkSession } from '@keylink/contract';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context';
import { respond } from '../http/respond';
import { assertSessionOpen, connectorOf } from '../sessions';

/** The widget's routes under /v1/link (the session token is checked by the caller's middleware). */
export function linkRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/session', (c) => {
    const session = c.get('session');
    assertSessionOpen(deps, session);
    const connector = connectorOf(deps, session.provider);
    return respond(LinkSession, {
      provider: connector.descriptor,
      mode: session.account_id === null ? 'create' : 'reconnect',
      expiresAt: session.expires_at,
      originOwnerName: session.origin_owner_name,
      attemptsRemaining: Math.max(0, deps.settings.maxVerifyAttempts - session.verify_attempts),
    });
  });

  return app;
}
