import { AccountEventPayload } from '@keylink/contract';
import type { AccountEventData, AccountEventSource, AccountEventType } from '@keylink/contract';
import { sql } from 'kysely';
import type { Insertable, Kysely } from 'kysely';
import type { AccountRow } from '../accounts';
import type { Deps } from '../context';
import { isoNow } from '../context';
import type { EventsTable, KeylinkTables } from '../db/schema';
import { randomId } from '../tokens';

/** A transaction (or the database) in which the account change is being written. */
export type Writer = Kysely<KeylinkTables>;

interface AccountEventInput {
  type: AccountEventType;
  /** The account after the change (for account.deleted: as it was when deleted). */
  account: AccountRow;
  source: AccountEventSource;
  previous?: AccountEventData['previous'];
  reason?: AccountEventData['reason'];
}

// Any constant: event writes take this transaction-scoped lock on Postgres so that sequence order
// is commit order, and a reader paging by `seq` can never skip an event committed late.
const eventOrderLock = 0x6b6c_6576;

/**
 * The event's insert on Postgres, taking the event-order lock in the same statement (one round
 * trip, not two): the lock's subquery yields the one row inserted, so the row's `seq` is drawn
 * only once the lock is held.
 */
async function insertInOrder(trx: Writer, row: Insertable<EventsTable>): Promise<{ seq: number }> {
  const result = await sql<{ seq: number }>`insert into ${sql.table('keylink_events')}
      (id, type, account_id, origin_owner_id, provider, payload, created_at)
    select ${row.id}, ${row.type}, ${row.account_id}, ${row.origin_owner_id}, ${row.provider},
      ${row.payload}, ${row.created_at}
    from (select pg_advisory_xact_lock(${eventOrderLock})) as event_order
    returning seq`.execute(trx);
  const inserted = result.rows[0];
  if (inserted === undefined) throw new Error('The event insert returned no sequence number.');
  return inserted;
}

/**
 * Writes one account event in the caller's transaction (the same one as the account change, so
 * both or neither happen), and its webhook outbox row when webhooks are configured.
 */
export async function recordAccountEvent(
  trx: Writer,
  deps: Deps,
  input: AccountEventInput,
): Promise<{ id: string; payload: AccountEventPayload }> {
  const { account } = input;
  const now = isoNow(deps);
  const payload: AccountEventPayload = {
    type: input.type,
    timestamp: now,
    data: {
      accountId: account.id,
      originOwnerId: account.origin_owner_id,
      originOwnerName: account.origin_owner_name,
      provider: account.provider,
      region: account.region,
      status: input.type === 'account.deleted' ? 'deleted' : account.status,
      access: account.access,
      ownerName: account.owner_name,
      ownerEmail: account.owner_email,
      previous: input.previous ?? null,
      reason: input.reason ?? null,
      source: input.source,
    },
  };
  const id = randomId('evt');
  const row = {
    id,
    type: input.type,
    account_id: account.id,
    origin_owner_id: account.origin_owner_id,
    provider: account.provider,
    payload: JSON.stringify(AccountEventPayload.parse(payload)),
    created_at: now,
  };
  const inserted =
    deps.databaseKind === 'postgres'
      ? await insertInOrder(trx, row)
      : await trx
          .insertInto('keylink_events')
          .values(row)
          .returning('seq')
          .executeTakeFirstOrThrow();
  if (deps.events.outbox) {
    await trx
      .insertInto('keylink_webhook_deliveries')
      .values({
        event_id: id,
        event_seq: inserted.seq,
        status: 'pending',
        next_attempt_at: now,
        lease_owner: null,
        lease_expires_at: null,
        last_status: null,
        last_error: null,
        delivered_at: null,
        created_at: now,
      })
      .execute();
  }
  deps.events.recorded();
  return { id, payload };
}

/** The account's state as its latest event described it, or undefined before its first event. */
async function lastRecorded(trx: Writer, accountId: string) {
  const row = await trx
    .selectFrom('keylink_events')
    .select('payload')
    .where('account_id', '=', accountId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : AccountEventPayload.parse(JSON.parse(row.payload)).data;
}

/**
 * Records what a confirm did to the account: `account.linked` for a new one, `account.restored`
 * when it needed a reconnect, else `account.reconnected`; and `account.access_changed` too when
 * the new key reaches more or less than the old one. Also restarts the key-health schedule for
 * the new key. Call it in the confirm's transaction, after the account is written.
 */
export async function recordLinkEvents(trx: Writer, deps: Deps, accountId: string): Promise<void> {
  const before = await lastRecorded(trx, accountId);
  const account = await trx
    .updateTable('keylink_accounts')
    .set({ last_checked_at: null, last_check_outcome: null, check_due_at: null })
    .where('id', '=', accountId)
    .returningAll()
    .executeTakeFirstOrThrow();
  // An account linked before events existed has no history: a confirm that did not create it
  // (created earlier than now) is a reconnect.
  const created = before === undefined && account.created_at === account.updated_at;
  if (created) {
    await recordAccountEvent(trx, deps, { type: 'account.linked', account, source: 'link' });
    return;
  }
  const previous =
    before === undefined
      ? null
      : { access: before.access, ownerName: before.ownerName, ownerEmail: before.ownerEmail };
  await recordAccountEvent(trx, deps, {
    type: before?.status === 'needs_reconnect' ? 'account.restored' : 'account.reconnected',
    account,
    previous,
    source: 'link',
  });
  if (previous !== null && previous.access !== account.access) {
    await recordAccountEvent(trx, deps, {
      type: 'account.access_changed',
      account,
      previous,
      source: 'link',
    });
  }
}
