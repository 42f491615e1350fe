import type {
  AccessLevel,
  AccountSummary,
  TenantIdentity,
  TenantMatch,
  LinkWarning,
  LinkWarningCode,
} from '@keylink/contract';
import type { AccountRow } from './accounts';

/** How many fingerprint entries an account keeps across reconnects (newest first). */
const fingerprintCap = 32;

/** A stored TenantIdentity, or null when the column is empty or not one. */
export function parseTenant(json: string | null): TenantIdentity | null {
  if (json === null) return null;
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) return null;
  const label = 'label' in parsed && typeof parsed.label === 'string' ? parsed.label : null;
  const fingerprint =
    'fingerprint' in parsed && Array.isArray(parsed.fingerprint)
      ? parsed.fingerprint.filter((entry): entry is string => typeof entry === 'string')
      : [];
  return { label, fingerprint };
}

/**
 * The tenant an account holds. Accounts linked before tenants were recorded have none: their key
 * owner's remote id is the only evidence, and the connector's witnesses do the rest.
 */
export function tenantOfAccount(row: AccountRow): TenantIdentity {
  return (
    parseTenant(row.tenant) ?? {
      label: null,
      fingerprint: row.owner_remote_id === null ? [] : [row.owner_remote_id],
    }
  );
}

/** The account's tenant after a reconnect: the new key's evidence first, the old kept (capped). */
export function mergeTenants(newer: TenantIdentity, older: TenantIdentity | null): TenantIdentity {
  return {
    label: newer.label ?? older?.label ?? null,
    fingerprint: [...new Set([...newer.fingerprint, ...(older?.fingerprint ?? [])])].slice(
      0,
      fingerprintCap,
    ),
  };
}

/** The account as the person linking may see it named (never its credential). */
export function summaryOf(row: AccountRow): AccountSummary {
  return {
    id: row.id,
    originOwnerName: row.origin_owner_name,
    ownerName: row.owner_name,
    ownerEmail: row.owner_email,
    tenantLabel: tenantOfAccount(row).label,
    access: row.access,
    createdAt: row.created_at,
  };
}

/** What confirm must have acknowledged when `account` takes a key reaching `access`. */
export function warningsFor(
  account: AccountRow | null,
  access: AccessLevel,
  provider: string,
): LinkWarning[] {
  if (account === null || account.access !== 'full' || access !== 'partial') return [];
  return [
    {
      code: 'access_reduced',
      previousAccess: 'full',
      access: 'partial',
      message: `This key sees only part of the ${provider} company, while the account sees all of it today: people outside this key's reach would stop syncing. Confirm only if that is intended; otherwise use a key that sees the whole company.`,
    },
  ];
}

/** The warning codes confirm still needs acknowledged. */
export function unacknowledged(
  warnings: readonly LinkWarning[],
  acknowledged: readonly LinkWarningCode[],
): LinkWarningCode[] {
  return warnings.map((warning) => warning.code).filter((code) => !acknowledged.includes(code));
}

/** "linked for Acme with José Núñez's key, company pinecone-bakery.example": for messages. */
export function describeAccount(row: AccountRow): string {
  const owner = row.owner_name ?? row.owner_email;
  const label = tenantOfAccount(row).label;
  return [
    `account ${row.id}, linked for ${row.origin_owner_name ?? row.origin_owner_id}`,
    owner === null ? null : `with ${owner}'s key`,
    label === null ? null : `(${label})`,
  ]
    .filter((part) => part !== null)
    .join(' ');
}

/** The account_mismatch message: which account, what is wrong, and how to go on. */
export function mismatchMessage(row: AccountRow, match: TenantMatch, provider: string): string {
  const account = describeAccount(row);
  const reconnect =
    tenantOfAccount(row).label === null
      ? `To reconnect this account, paste a key of its own ${provider} company.`
      : `To reconnect this account, paste a key of ${tenantOfAccount(row).label}.`;
  if (match === 'different') {
    return `This key belongs to another ${provider} company than the ${account}. Nothing was changed. To link that company, go back to the app and link it as a new account. ${reconnect}`;
  }
  return `${provider} could not confirm that this key belongs to the same company as the ${account}: this key sees only part of the company and the account's own key no longer answers. Nothing was changed. Use a key that sees the whole company (an administrator's), or link it as a new account.`;
}
