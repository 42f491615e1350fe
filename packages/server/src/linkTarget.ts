import type {
  Connector,
  ConnectorContext,
  LinkTarget,
  LinkWarning,
  VerifyOutcome,
} from '@keylink/contract';
import type { AccountRow } from './accounts';
import type { Deps, SessionRow } from './context';
import { accountAad, openCredentials } from './credentials';
import { HttpError } from './http/HttpError';
import { mismatchMessage, summaryOf, tenantOfAccount, warningsFor } from './tenants';

/** How many of an origin owner's accounts a new link is compared with, newest first. */
const twinCandidates = 10;

export interface ResolvedTarget {
  /** The account confirm updates, or null to create one. */
  account: AccountRow | null;
  link: LinkTarget;
  warnings: LinkWarning[];
}

/** The account's own credentials, when they still decrypt (a witness for matchTenant). */
function previousOf(deps: Deps, row: AccountRow): Omit<ConnectorContext, 'signal'> | null {
  try {
    return {
      credentials: openCredentials(deps, row.credential, accountAad(row.id)),
      region: row.region,
    };
  } catch (error) {
    deps.logger.warn({ accountId: row.id, err: error }, 'account credential did not decrypt');
    return null;
  }
}

async function sameTenant(
  deps: Deps,
  connector: Connector,
  context: ConnectorContext,
  outcome: VerifyOutcome,
  row: AccountRow,
) {
  const previous = previousOf(deps, row);
  return connector.matchTenant(context, {
    known: tenantOfAccount(row),
    candidate: outcome.tenant,
    candidateAccess: outcome.verification.access,
    previous: previous === null ? null : { ...previous, access: row.access },
  });
}

/**
 * Decides, before anything is stored, which account a verified key may go to. A reconnect must
 * reach the account's own tenant (else account_mismatch); a new link of a tenant this origin
 * owner already linked goes to that account instead of making a twin.
 */
export async function resolveTarget(
  deps: Deps,
  connector: Connector,
  session: SessionRow,
  context: ConnectorContext,
  outcome: VerifyOutcome,
): Promise<ResolvedTarget> {
  const provider = connector.descriptor.name;
  const access = outcome.verification.access;
  if (session.account_id !== null) {
    const row = await deps.db
      .selectFrom('keylink_accounts')
      .selectAll()
      .where('id', '=', session.account_id)
      .where('origin_owner_id', '=', session.origin_owner_id)
      .where('provider', '=', session.provider)
      .executeTakeFirst();
    if (row === undefined) {
      throw new HttpError(
        'not_found',
        'The account to reconnect was removed meanwhile. Go back to the app and start again.',
      );
    }
    const match = await sameTenant(deps, connector, context, outcome, row);
    if (match !== 'same') {
      throw new HttpError('account_mismatch', mismatchMessage(row, match, provider), {
        account: summaryOf(row),
      });
    }
    return {
      account: row,
      link: { mode: 'reconnect', reason: 'requested', account: summaryOf(row) },
      warnings: warningsFor(row, access, provider),
    };
  }
  const rows = await deps.db
    .selectFrom('keylink_accounts')
    .selectAll()
    .where('origin_owner_id', '=', session.origin_owner_id)
    .where('provider', '=', session.provider)
    .orderBy('created_at', 'desc')
    .limit(twinCandidates)
    .execute();
  for (const row of rows) {
    if ((await sameTenant(deps, connector, context, outcome, row)) !== 'same') continue;
    return {
      account: row,
      link: { mode: 'reconnect', reason: 'already_linked', account: summaryOf(row) },
      warnings: warningsFor(row, access, provider),
    };
  }
  return { account: null, link: { mode: 'create', reason: 'new', account: null }, warnings: [] };
}
