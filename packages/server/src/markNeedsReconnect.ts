import type { ConnectorError, AccountEventSource } from '@keylink/contract';
import type { Updateable } from 'kysely';
import type { AccountRow } from './accounts';
import type { Deps } from './context';
import { isoNow } from './context';
import type { AccountsTable } from './db/schema';
import { recordAccountEvent } from './events/recordAccountEvent';

/**
 * Marks an account needs_reconnect because the provider refused its key, with the
 * account.needs_reconnect event, in one transaction. Only if the account still holds the key that
 * was refused (a reconnect meanwhile wins) and is still active: true when this call marked it.
 */
export async function markNeedsReconnect(
  deps: Deps,
  row: AccountRow,
  refusal: ConnectorError,
  source: AccountEventSource,
  also: Updateable<AccountsTable> = {},
): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const account = await trx
      .updateTable('keylink_accounts')
      .set({ ...also, status: 'needs_reconnect', updated_at: isoNow(deps) })
      .where('id', '=', row.id)
      .where('status', '=', 'active')
      .where('credential', '=', row.credential)
      .returningAll()
      .executeTakeFirst();
    if (account === undefined) return false;
    await recordAccountEvent(trx, deps, {
      type: 'account.needs_reconnect',
      account,
      source,
      reason: { code: refusal.code, message: refusal.message },
    });
    return true;
  });
}
