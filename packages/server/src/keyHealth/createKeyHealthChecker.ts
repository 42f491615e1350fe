import { isConnectorError } from '@keylink/contract';
import type { ConnectorError, CredentialCheck } from '@keylink/contract';
import type { AccountRow } from '../accounts';
import type { Background } from '../background';
import type { Deps } from '../context';
import { isoNow } from '../context';
import { accountAad, openCredentials } from '../credentials';
import { recordAccountEvent } from '../events/recordAccountEvent';
import { markNeedsReconnect } from '../markNeedsReconnect';
import { scrubError } from '../scrub';

/** Checks one instance runs at once (each is about one provider round trip). */
const concurrency = 8;
/** Accounts without a due time given one per pass, spread at random over the interval. */
const spreadBatch = 500;
/** How long a claimed check is this instance's before another may run it. */
const claimMs = 120_000;

const refusals = new Set(['invalid_credentials', 'insufficient_permissions', 'api_not_enabled']);

/**
 * Re-checks every active account's key once per interval with the connector's
 * checkCredentials. Each account's due time is in the database, spread over the interval (so
 * 10,000 accounts do not call the provider at once) and claimed before a check, so instances
 * share the work and a killed instance's check is picked up after its claim lapses. A refused
 * key marks the account needs_reconnect; a key that reaches more or less changes its access; an
 * outage or rate limit changes nothing and is retried soon.
 */
export function createKeyHealthChecker(deps: Deps, background: Background) {
  const intervalMs = deps.settings.keyHealthIntervalSeconds * 1000;
  const tickMs = Math.min(30_000, Math.max(200, Math.floor(intervalMs / 20)));
  let timer: ReturnType<typeof setInterval> | undefined;

  const nextDue = () => isoNow(deps, intervalMs);

  async function spread(): Promise<void> {
    const unscheduled = await deps.db
      .selectFrom('keylink_accounts')
      .select('id')
      .where('status', '=', 'active')
      .where('check_due_at', 'is', null)
      .limit(spreadBatch)
      .execute();
    for (const { id } of unscheduled) {
      await deps.db
        .updateTable('keylink_accounts')
        .set({ check_due_at: isoNow(deps, Math.floor(Math.random() * intervalMs)) })
        .where('id', '=', id)
        .where('check_due_at', 'is', null)
        .execute();
    }
  }

  /** Takes the check by moving its due time a claim ahead; false when another instance did. */
  async function claim(
    row: Pick<AccountRow, 'id' | 'check_due_at'>,
  ): Promise<AccountRow | undefined> {
    if (row.check_due_at === null) return undefined;
    return deps.db
      .updateTable('keylink_accounts')
      .set({ check_due_at: isoNow(deps, claimMs) })
      .where('id', '=', row.id)
      .where('status', '=', 'active')
      .where('check_due_at', '=', row.check_due_at)
      .returningAll()
      .executeTakeFirst();
  }

  /** Only while the account still holds the key checked (a reconnect meanwhile wins). */
  const sameKey = (row: AccountRow) =>
    deps.db
      .updateTable('keylink_accounts')
      .where('id', '=', row.id)
      .where('status', '=', 'active')
      .where('credential', '=', row.credential);

  async function works(row: AccountRow, check: CredentialCheck): Promise<void> {
    const now = isoNow(deps);
    const seen = {
      owner_name: check.owner.name,
      owner_email: check.owner.email,
      last_checked_at: now,
      check_due_at: nextDue(),
    };
    if (check.access === row.access) {
      await sameKey(row)
        .set({ ...seen, last_check_outcome: 'ok' })
        .execute();
      return;
    }
    await deps.db.transaction().execute(async (trx) => {
      const account = await trx
        .updateTable('keylink_accounts')
        .set({
          ...seen,
          access: check.access,
          last_check_outcome: 'access_changed',
          updated_at: now,
        })
        .where('id', '=', row.id)
        .where('status', '=', 'active')
        .where('credential', '=', row.credential)
        .returningAll()
        .executeTakeFirst();
      if (account === undefined) return;
      await recordAccountEvent(trx, deps, {
        type: 'account.access_changed',
        account,
        source: 'key_health',
        previous: { access: row.access, ownerName: row.owner_name, ownerEmail: row.owner_email },
      });
    });
  }

  async function failed(row: AccountRow, error: ConnectorError): Promise<void> {
    const now = isoNow(deps);
    if (refusals.has(error.code)) {
      await markNeedsReconnect(deps, row, error, 'key_health', {
        last_checked_at: now,
        last_check_outcome: 'rejected',
        check_due_at: null,
      });
      return;
    }
    // An outage or a rate limit says nothing about the key: look again soon, never later than
    // the next regular check, and not sooner than the provider asked.
    const retryMs = Math.min(intervalMs, Math.max(60_000, (error.retryAfterSeconds ?? 0) * 1000));
    await sameKey(row)
      .set({
        last_checked_at: now,
        last_check_outcome: 'provider_unavailable',
        check_due_at: isoNow(deps, retryMs),
      })
      .execute();
  }

  async function check(row: AccountRow, stop: AbortSignal): Promise<void> {
    const connector = deps.connectors.get(row.provider);
    if (connector === undefined) return;
    const credentials = openCredentials(deps, row.credential, accountAad(row.id));
    const deadline = AbortSignal.timeout(deps.settings.providerTimeoutMs);
    try {
      const result = await connector.checkCredentials({
        credentials,
        region: row.region,
        signal: AbortSignal.any([deadline, stop]),
      });
      await works(row, result);
    } catch (error) {
      if (stop.aborted) {
        // Closing: give the check back so another instance runs it now.
        await sameKey(row)
          .set({ check_due_at: isoNow(deps) })
          .execute();
        return;
      }
      if (isConnectorError(error)) {
        await failed(row, error);
        return;
      }
      await sameKey(row).set({ check_due_at: nextDue() }).execute();
      deps.logger.error(
        { accountId: row.id, err: scrubError(error, credentials) },
        'key health check failed unexpectedly',
      );
    }
  }

  /**
   * One round: the checks due when it starts (a check moves its account's due time past the
   * start), so a round always ends, even when checks fall behind, and the next one spreads any
   * account added meanwhile.
   */
  async function pass(stop: AbortSignal): Promise<void> {
    await spread();
    const startedAt = isoNow(deps);
    while (!stop.aborted) {
      const due = await deps.db
        .selectFrom('keylink_accounts')
        .select(['id', 'check_due_at'])
        .where('status', '=', 'active')
        .where('check_due_at', '<=', startedAt)
        .orderBy('check_due_at')
        .limit(concurrency * 4)
        .execute();
      // `concurrency` workers through the batch: a slow check holds up one worker, not all.
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let candidate = due[next++]; candidate !== undefined; candidate = due[next++]) {
            if (stop.aborted) return;
            const row = await claim(candidate);
            if (row !== undefined) await check(row, stop);
          }
        }),
      );
      if (due.length < concurrency * 4) return;
    }
  }

  return {
    start(): void {
      if (intervalMs <= 0 || timer !== undefined) return;
      const run = () => {
        if (timer !== undefined) background.run('key-health', pass);
      };
      timer = setInterval(run, tickMs);
      timer.unref();
      run();
    },
    stop(): void {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
