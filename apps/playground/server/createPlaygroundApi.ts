import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { KeylinkCallError, createKeylinkClient } from './keylinkClient';
import type { KeylinkClientOptions } from './keylinkClient';
import { resolveOrganisation } from './organisation';
import { createWebhookInbox } from './webhookInbox';

/** One sandbox key as the page lists it (the shape of `sandboxScenarios` in the sandbox). */
export interface SandboxKeyInfo {
  name: string;
  key: string;
  title: string;
  description: string;
  expected: string;
  companyName: string | null;
}

interface PlaygroundApiOptions {
  /** keylink-server, as this backend reaches it, and the secret key it accepts. */
  keylink: KeylinkClientOptions;
  /** keylink-server as the browser reaches it: the widget talks to it directly. @default keylink.baseUrl */
  publicKeylinkUrl?: string;
  /** The sandbox's keys, listed on the page. Leave out when not running against the sandbox. */
  sandboxKeys?: readonly SandboxKeyInfo[];
  /**
   * The secret keylink-server signs its webhooks with (KEYLINK_WEBHOOK_SECRET): with it, this
   * backend receives them on POST /api/webhooks. Leave out to receive none.
   */
  webhookSecret?: string;
  /** The sandbox's Lattice console, where keys are generated as in Lattice. @default null */
  sandboxConsoleUrl?: string;
}

const CreateSessionBody = z.strictObject({ accountId: z.string().min(1).max(200).optional() });
const UsersQuery = z.object({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

/**
 * The playground's own backend: what a host's backend does with Keylink. It creates connect
 * sessions with the secret key (which never leaves it) and reads the linked accounts, their users
 * and their roles for the page, only for the signed-in organisation.
 *
 * @example
 * const api = createPlaygroundApi({ keylink: { baseUrl: 'http://127.0.0.1:4000', secretKey } });
 * serve({ fetch: api.fetch, port: 4020 });
 */
export function createPlaygroundApi(options: PlaygroundApiOptions) {
  const keylink = createKeylinkClient(options.keylink);
  const publicKeylinkUrl = options.publicKeylinkUrl ?? options.keylink.baseUrl;
  const app = new Hono().basePath('/api');

  app.use(bodyLimit({ maxSize: 16 * 1024 }));

  app.onError((error, c) => {
    if (error instanceof KeylinkCallError) {
      return c.json(error.body, statusOf(error.status));
    }
    console.error('[playground-api]', error);
    return c.json(
      {
        error: {
          code: 'internal_error',
          message: 'The playground backend failed. Its log (in the demo terminal) says why.',
        },
      },
      500,
    );
  });

  app.get('/health', (c) => c.json({ status: 'ok' }));

  const inbox = options.webhookSecret ? createWebhookInbox(options.webhookSecret) : undefined;
  // Called by keylink-server, not the page: the signature, not a header, says who sent it.
  app.post('/webhooks', async (c) => {
    if (!inbox) return c.json(webhooksOff, 404);
    const answer = inbox.receive(await c.req.text(), c.req.header());
    if (!answer.ok) {
      return c.json({ error: { code: 'invalid_request', message: answer.message } }, answer.status);
    }
    return c.body(null, 204);
  });

  app.get('/webhook-events', (c) => {
    const organisation = resolveOrganisation(c.req.header('x-acme-org'));
    return c.json({ enabled: inbox !== undefined, data: inbox?.list(organisation.id) ?? [] });
  });

  app.get('/sandbox-keys', (c) =>
    c.json({
      sandbox: options.sandboxKeys !== undefined,
      keys: options.sandboxKeys ?? [],
      consoleUrl: options.sandboxConsoleUrl ?? null,
    }),
  );

  app.post('/sessions', async (c) => {
    const raw: unknown = await c.req.json().catch(() => ({}));
    const body = CreateSessionBody.safeParse(raw ?? {});
    if (!body.success) return invalid(c, 'Send {} or { "accountId": "…" } to create a session.');
    const organisation = resolveOrganisation(c.req.header('x-acme-org'));
    if (body.data.accountId) await ownAccount(body.data.accountId, organisation.id);
    const session = await keylink.createConnectSession({
      provider: 'lattice',
      originOwnerId: organisation.id,
      originOwnerName: organisation.name,
      ...(body.data.accountId ? { accountId: body.data.accountId } : {}),
    });
    // Only what the widget needs: the token is single-purpose and short-lived.
    return c.json(
      { token: session.token, expiresAt: session.expiresAt, serverUrl: publicKeylinkUrl },
      201,
    );
  });

  app.get('/accounts', async (c) => {
    const organisation = resolveOrganisation(c.req.header('x-acme-org'));
    return c.json(await keylink.listAccounts(organisation.id));
  });

  app.get('/accounts/:id/users', async (c) => {
    const query = UsersQuery.safeParse(c.req.query());
    if (!query.success) return invalid(c, 'limit must be a whole number from 1 to 100.');
    await ownAccount(c.req.param('id'), resolveOrganisation(c.req.header('x-acme-org')).id);
    return c.json(await keylink.listUsers(c.req.param('id'), query.data));
  });

  app.get('/accounts/:id/roles', async (c) => {
    await ownAccount(c.req.param('id'), resolveOrganisation(c.req.header('x-acme-org')).id);
    return c.json(await keylink.listRoles(c.req.param('id')));
  });

  app.delete('/accounts/:id', async (c) => {
    await ownAccount(c.req.param('id'), resolveOrganisation(c.req.header('x-acme-org')).id);
    await keylink.deleteAccount(c.req.param('id'));
    return c.body(null, 204);
  });

  /** A host only lets an organisation touch its own accounts. */
  async function ownAccount(accountId: string, organisationId: string) {
    const account = await keylink.getAccount(accountId);
    if (account.originOwnerId !== organisationId) {
      throw new KeylinkCallError(404, {
        error: {
          code: 'not_found',
          message: 'No linked account with this id belongs to your organisation. Reload the page.',
        },
      });
    }
  }

  return app;
}

const webhooksOff = {
  error: {
    code: 'not_found',
    message: 'Webhooks are off: start the playground backend with KEYLINK_WEBHOOK_SECRET.',
  },
};

function invalid(c: Context, message: string) {
  return c.json({ error: { code: 'invalid_request', message } }, 400);
}

type ForwardedStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500 | 502 | 503;
const forwarded = new Set<number>([400, 401, 403, 404, 409, 410, 413, 422, 429, 500, 502, 503]);

function isForwarded(status: number): status is ForwardedStatus {
  return forwarded.has(status);
}

/** Keylink's status when it is one a browser should see, else a plain 502. */
function statusOf(status: number): ForwardedStatus {
  return isForwarded(status) ? status : 502;
}
