import type { Account, AccountList, ListAccountsQuery } from '@keylink/contract';
import type { Selectable } from 'kysely';
import { z } from 'zod/mini';
import type { Deps } from './context';
import type { AccountsTable } from './db/schema';
import { recordAccountEvent } from './events/recordAccountEvent';
import { HttpError } from './http/HttpError';
import { isoNow } from './context';
import { cursorRefusal, readCursor, writeCursor } from './opaqueCursor';
import { tenantOfAccount } from './tenants';

export type AccountRow = Selectable<AccountsTable>;

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    provider: row.provider,
    originOwnerId: row.origin_owner_id,
    originOwnerName: row.origin_owner_name,
    status: row.status,
    region: row.region,
    ownerName: row.owner_name,
    ownerEmail: row.owner_email,
    access: row.access,
    tenantLabel: tenantOfAccount(row).label,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastVerifiedAt: row.last_verified_at,
    lastCheckedAt: row.last_checked_at,
    lastCheckOutcome: row.last_check_outcome,
  };
}

/**
 * Cursors are opaque to callers: base64url of the last row's (created_at, id) with the filter of
 * the listing that made them, so a cursor handed to another filter is refused instead of paging
 * through a list it was not made for.
 */
function encodeCursor(row: AccountRow, originOwnerId: string | undefined): string {
  const position = {
    list: 'accounts',
    originOwnerId: originOwnerId ?? null,
    after: [row.created_at, row.id],
  };
  return writeCursor(position);
}

function decodeCursor(cursor: string, originOwnerId: string | undefined): [string, string] {
  const fix = 'Pass nextCursor back unchanged, with the same filter.';
  const position = readCursor(cursor, accountsCursor, {
    notThisListing: 'This cursor is not one of the account listing.',
    fix,
  });
  if (position.originOwnerId !== (originOwnerId ?? null)) {
    throw cursorRefusal('This cursor was made for another originOwnerId filter.', fix);
  }
  return position.after;
}

const accountsCursor = z.strictObject({
  list: z.literal('accounts'),
  originOwnerId: z.nullable(z.string()),
  after: z.tuple([z.string(), z.string()]),
});

/** Oldest first, stable under concurrent inserts (keyset pagination on created_at, id). */
export async function listAccounts(deps: Deps, query: ListAccountsQuery): Promise<AccountList> {
  let select = deps.db.selectFrom('keylink_accounts').selectAll();
  if (query.originOwnerId !== undefined)
    select = select.where('origin_owner_id', '=', query.originOwnerId);
  if (query.cursor !== undefined) {
    const [createdAt, id] = decodeCursor(query.cursor, query.originOwnerId);
    select = select.where((eb) =>
      eb.or([
        eb('created_at', '>', createdAt),
        eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)]),
      ]),
    );
  }
  const rows = await select
    .orderBy('created_at')
    .orderBy('id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toAccount),
    nextCursor:
      rows.length > query.limit && last !== undefined
        ? encodeCursor(last, query.originOwnerId)
        : null,
  };
}

export async function findAccount(deps: Deps, id: string): Promise<AccountRow> {
  const row = await deps.db
    .selectFrom('keylink_accounts')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) {
    throw new HttpError('not_found', `No account ${id}: list accounts to find the right id.`);
  }
  return row;
}

/**
 * Deletes the account and, with the row, its encrypted credential; its history stays, with the
 * account.deleted event written in the same transaction. Its sessions keep nothing either: their
 * previews go, any key or verification on them is wiped, and they are closed, so every session
 * route answers not_found. The rows themselves go with the retention job.
 */
export async function deleteAccount(deps: Deps, id: string): Promise<void> {
  const deleted = await deps.db.transaction().execute(async (trx) => {
    const account = await trx
      .deleteFrom('keylink_accounts')
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (account === undefined) return false;
    await recordAccountEvent(trx, deps, { type: 'account.deleted', account, source: 'api' });
    const sessions = trx
      .selectFrom('keylink_sessions')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('account_id', '=', id),
          eb('confirmed_account_id', '=', id),
          eb('target_account_id', '=', id),
        ]),
      );
    await trx.deleteFrom('keylink_previews').where('session_id', 'in', sessions).execute();
    await trx
      .updateTable('keylink_sessions')
      .set({
        credential: null,
        verification: null,
        tenant: null,
        closed_reason: 'account_deleted',
        closed_at: isoNow(deps),
      })
      .where((eb) =>
        eb.or([
          eb('account_id', '=', id),
          eb('confirmed_account_id', '=', id),
          eb('target_account_id', '=', id),
        ]),
      )
      .execute();
    return true;
  });
  if (!deleted) {
    throw new HttpError('not_found', `No account ${id}: it may already be deleted.`);
  }
}
