import {
  ConfirmRequest,
  ConfirmResponse,
  LinkSession,
  Preview,
  PreviewResponse,
  VerifyRequest,
  VerifyResponse,
} from '@keylink/contract';
import { Hono } from 'hono';
import { confirmSession, parseIdempotencyKey } from '../confirm';
import type { AppEnv, Deps } from '../context';
import { HttpError } from '../http/HttpError';
import { localizedDescriptor, negotiateLanguage } from '../http/language';
import { respond } from '../http/respond';
import { parseWith, readJsonBody } from '../http/validate';
import type { PreviewWalker } from '../previewWalker';
import { assertSessionOpen, connectorOf } from '../sessions';
import { verifySession } from '../verify';

/** The widget's routes under /v1/link (the session token is checked by the caller's middleware). */
export function linkRoutes(deps: Deps, walker: PreviewWalker): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // The descriptor comes in the widget's language (Accept-Language), saying which it picked.
  app.get('/session', (c) => {
    const session = c.get('session');
    assertSessionOpen(deps, session);
    const { descriptor, labelled } = localizedDescriptor(c, connectorOf(deps, session.provider));
    return labelled(
      respond(LinkSession, {
        provider: descriptor,
        mode: session.account_id === null ? 'create' : 'reconnect',
        expiresAt: session.expires_at,
        originOwnerName: session.origin_owner_name,
        attemptsRemaining: Math.max(0, deps.settings.maxVerifyAttempts - session.verify_attempts),
      }),
    );
  });

  // Never log this route's body: it carries the provider key.
  app.post('/verify', async (c) => {
    const session = c.get('session');
    // Before anything else: a refused call costs the provider nothing and the session no attempt.
    await deps.limits.verify(session.id, c.env.clientAddress);
    const request = parseWith(VerifyRequest, await readJsonBody(c.req.raw), 'verify request');
    // Field messages come from the descriptor in the widget's language.
    const language = negotiateLanguage(c);
    const result = await verifySession(deps, walker, session, request, c.req.raw.signal, language);
    c.get('log').info(
      { sessionId: session.id, access: result.verification.access, preview: result.preview.status },
      'credentials verified',
    );
    return respond(VerifyResponse, result);
  });

  app.get('/preview', async (c) => {
    const session = c.get('session');
    // Spent, expired or closed: the preview (names, emails) is no longer anyone's to read.
    assertSessionOpen(deps, session);
    if (session.status === 'pending') {
      throw new HttpError(
        'session_not_verified',
        'Check the key first: the preview follows a successful check.',
      );
    }
    const row = await deps.db
      .selectFrom('keylink_previews')
      .selectAll()
      .where('session_id', '=', session.id)
      .executeTakeFirst();
    if (row === undefined) {
      throw new HttpError(
        'session_not_verified',
        'Check the key first: the preview follows a successful check.',
      );
    }
    walker.resumeIfStale(row);
    return respond(PreviewResponse, { preview: Preview.parse(JSON.parse(row.preview)) });
  });

  app.post('/confirm', async (c) => {
    const key = parseIdempotencyKey(c.req.header('idempotency-key'));
    const request = parseWith(ConfirmRequest, await readJsonBody(c.req.raw), 'confirm request');
    const session = c.get('session');
    const answer = await confirmSession(deps, session, key, request);
    c.get('log').info(
      { sessionId: session.id, accountId: answer.accountId, mode: answer.mode },
      'account linked',
    );
    return respond(ConfirmResponse, answer);
  });

  return app;
}
