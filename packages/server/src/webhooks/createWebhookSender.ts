import type { ExpressionBuilder } from 'kysely';
import { Webhook } from 'standardwebhooks';
import type { Background } from '../background';
import type { Deps } from '../context';
import { isoNow } from '../context';
import type { KeylinkTables } from '../db/schema';
import { webhookRetryDelaysSeconds } from './webhookSettings';
import type { WebhookSettings } from './webhookSettings';

type Attempt =
  | { kind: 'delivered'; status: number }
  | { kind: 'failed'; status: number | null; error: string }
  | { kind: 'stopped' };

/** Why a request got no answer, in a few words (never a body, never a header). */
function networkFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'request failed';
  const { cause } = error;
  if (typeof cause === 'object' && cause !== null && 'code' in cause) {
    const { code } = cause;
    if (code === 'ECONNREFUSED') return 'connection refused';
    if (typeof code === 'string') return `request failed (${code})`;
  }
  return `request failed (${error.name})`;
}

/**
 * Delivers account events from the outbox table as Standard Webhooks, at least once. Any
 * instance may deliver any event: each attempt is claimed with a lease in the database, so one
 * instance sends it at a time, and an instance that dies mid-attempt only delays it until its
 * lease lapses. Failed attempts are retried on `webhookRetryDelaysSeconds` with the same
 * `webhook-id`.
 */
export function createWebhookSender(deps: Deps, background: Background, settings: WebhookSettings) {
  const signer = new Webhook(settings.secret);
  const endpoint = new URL(settings.url).origin;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running = false;
  let again = false;

  /** Not claimed, or its claimer's lease lapsed (that instance died or hangs). */
  const free =
    (now: string) => (eb: ExpressionBuilder<KeylinkTables, 'keylink_webhook_deliveries'>) =>
      eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', now)]);

  async function send(id: string, body: string, stop: AbortSignal): Promise<Attempt> {
    // The signature's timestamp is the wall clock's: receivers check it against theirs.
    const sentAt = new Date();
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    try {
      const response = await settings.fetch(settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Keylink-Webhooks/1',
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
          'webhook-signature': signer.sign(id, sentAt, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([timeout, stop]),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) {
        return { kind: 'delivered', status: response.status };
      }
      return { kind: 'failed', status: response.status, error: `answered ${response.status}` };
    } catch (error) {
      if (stop.aborted) return { kind: 'stopped' };
      if (timeout.aborted) {
        return { kind: 'failed', status: null, error: `no answer within ${settings.timeoutMs} ms` };
      }
      return { kind: 'failed', status: null, error: networkFailure(error) };
    }
  }

  async function attempt(eventId: string, stop: AbortSignal): Promise<void> {
    const now = isoNow(deps);
    const claimed = await deps.db
      .updateTable('keylink_webhook_deliveries')
      .set({ lease_owner: deps.instanceId, lease_expires_at: isoNow(deps, settings.leaseMs) })
      .where('event_id', '=', eventId)
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where(free(now))
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) return;
    const row = await deps.db
      .selectFrom('keylink_webhook_deliveries as d')
      .innerJoin('keylink_events as e', 'e.id', 'd.event_id')
      .select(['d.attempts', 'e.payload', 'e.type'])
      .where('d.event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    const result = await send(eventId, row.payload, stop);
    const ours = deps.db
      .updateTable('keylink_webhook_deliveries')
      .where('event_id', '=', eventId)
      .where('lease_owner', '=', deps.instanceId);
    if (result.kind === 'stopped') {
      // Closing: hand it back at once (the receiver may have it already: at least once).
      await ours.set({ lease_owner: null, lease_expires_at: null }).execute();
      return;
    }
    const attempts = row.attempts + 1;
    const lease = { lease_owner: null, lease_expires_at: null };
    if (result.kind === 'delivered') {
      await ours
        .set({
          ...lease,
          status: 'delivered',
          attempts,
          last_status: result.status,
          last_error: null,
          delivered_at: isoNow(deps),
        })
        .execute();
      return;
    }
    const delaySeconds = webhookRetryDelaysSeconds[attempts - 1];
    const facts = {
      eventId,
      type: row.type,
      endpoint,
      attempt: attempts,
      status: result.status,
      error: result.error,
    };
    if (delaySeconds === undefined) {
      await ours
        .set({
          ...lease,
          status: 'failed',
          attempts,
          last_status: result.status,
          last_error: result.error,
        })
        .execute();
      deps.logger.error(
        facts,
        'webhook delivery failed for good; the event stays in GET /v1/events',
      );
      return;
    }
    const nextAttemptAt = isoNow(deps, delaySeconds * 1000);
    await ours
      .set({
        ...lease,
        attempts,
        next_attempt_at: nextAttemptAt,
        last_status: result.status,
        last_error: result.error,
      })
      .execute();
    deps.logger.warn({ ...facts, nextAttemptAt }, 'webhook delivery failed; will retry');
  }

  async function pass(stop: AbortSignal): Promise<void> {
    while (!stop.aborted) {
      const now = isoNow(deps);
      const due = await deps.db
        .selectFrom('keylink_webhook_deliveries')
        .select('event_id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where(free(now))
        .orderBy('event_seq')
        .limit(settings.concurrency)
        .execute();
      await Promise.all(due.map((row) => attempt(row.event_id, stop)));
      if (due.length < settings.concurrency) return;
    }
  }

  function run(): void {
    if (timer === undefined) return; // stopped (closing): no new rounds
    if (running) {
      again = true;
      return;
    }
    running = true;
    background.run('webhooks', async (stop) => {
      try {
        do {
          again = false;
          await pass(stop);
        } while (again && !stop.aborted);
      } finally {
        running = false;
      }
    });
  }

  return {
    start(): void {
      timer ??= setInterval(run, settings.pollIntervalMs);
      timer.unref();
      run();
    },
    /** An event was just recorded here: look soon (its transaction commits in a moment). */
    wake(): void {
      if (timer === undefined) return;
      setTimeout(run, 20).unref();
    },
    stop(): void {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
