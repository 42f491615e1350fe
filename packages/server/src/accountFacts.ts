import type { CompanyFacts, Connector, ConnectorContext, RoleCounts } from '@keylink/contract';
import type { AccountRow } from './accounts';
import type { Background } from './background';
import type { Deps } from './context';
import { isoNow } from './context';
import { roleCountsOf } from './previewWalker';
import { scrubError } from './scrub';

function parseIds(json: string | null): string[] {
  if (json === null) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
}

export function roleCountsOfAccount(row: AccountRow): RoleCounts | null {
  if (row.role_counts === null) return null;
  const parsed: unknown = JSON.parse(row.role_counts);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('byRole' in parsed) ||
    !('byStatus' in parsed)
  ) {
    return null;
  }
  const { byRole, byStatus } = parsed;
  if (
    typeof byRole !== 'object' ||
    byRole === null ||
    typeof byStatus !== 'object' ||
    byStatus === null
  ) {
    return null;
  }
  const counts = (value: object) =>
    Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number',
      ),
    );
  const status = counts(byStatus);
  return {
    byRole: counts(byRole),
    byStatus: {
      active: status.active ?? 0,
      invited: status.invited ?? 0,
      pending: status.pending ?? 0,
      inactive: status.inactive ?? 0,
    },
  };
}

/**
 * The company facts used to map single users (who manages someone). Served from the account at
 * once; when missing or older than managerIdsMaxAgeSeconds, one instance (claimed in the
 * database) walks the company again in the background and stores fresh ones.
 */
export function companyFacts(
  deps: Deps,
  background: Background,
  row: AccountRow,
  connector: Connector,
  context: Omit<ConnectorContext, 'signal'>,
): CompanyFacts {
  const maxAgeMs = deps.settings.managerIdsMaxAgeSeconds * 1000;
  const fresh =
    row.manager_ids_refreshed_at !== null && row.manager_ids_refreshed_at > isoNow(deps, -maxAgeMs);
  if (!fresh) {
    background.run(`facts:${row.id}`, async (signal) => {
      const now = isoNow(deps);
      const claimed = await deps.db
        .updateTable('keylink_accounts')
        .set({ facts_lease_expires_at: isoNow(deps, deps.settings.previewLeaseMs * 10) })
        .where('id', '=', row.id)
        .where((eb) =>
          eb.or([eb('facts_lease_expires_at', 'is', null), eb('facts_lease_expires_at', '<', now)]),
        )
        .executeTakeFirst();
      if (claimed.numUpdatedRows === 0n) return;
      try {
        const outcome = await connector.preview({ ...context, signal }, () => {});
        await deps.db
          .updateTable('keylink_accounts')
          .set({
            manager_remote_ids: JSON.stringify(outcome.managerRemoteIds),
            role_counts: JSON.stringify(roleCountsOf(outcome.preview)),
            manager_ids_refreshed_at: isoNow(deps),
            facts_lease_expires_at: null,
          })
          .where('id', '=', row.id)
          // Walked with this credential: a reconnect meanwhile makes the result not the account's.
          .where('credential', '=', row.credential)
          .execute();
      } catch (error) {
        await deps.db
          .updateTable('keylink_accounts')
          .set({ facts_lease_expires_at: null })
          .where('id', '=', row.id)
          .execute();
        deps.logger.warn(
          { accountId: row.id, err: scrubError(error, context.credentials) },
          'manager ids refresh failed',
        );
      }
    });
  }
  return { managerRemoteIds: new Set(parseIds(row.manager_remote_ids)) };
}
