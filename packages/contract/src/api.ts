import { z } from 'zod/mini';
import { ProviderDescriptor } from './descriptor';
import { UnifiedRole, UnifiedUser } from './iam';
import { AccessLevel, LinkTarget, LinkWarning, LinkWarningCode } from './identity';
import { Preview, Verification } from './preview';

const Id = z.string().check(z.minLength(1), z.maxLength(200));
/** An instant in UTC, as `Date.prototype.toISOString` writes it (`format: date-time`). */
const Timestamp = z.iso.datetime();

/**
 * Query-string integers as the OpenAPI document declares them (`type: integer` with the range),
 * read by `createOpenApiDocument`: the wire form is a string, so the zod schema alone would
 * document a string.
 */
export const queryIntegers = z.registry<{ minimum: number; maximum: number; default: number }>();

/**
 * A query-string integer: decimal digits only (no sign, exponent, hex, padding, leading zero or
 * fraction: `1e2`, `0x10`, `%205`, `01` and `100.0` are refused), then checked against the range.
 */
export function queryInteger(minimum: number, maximum: number, fallback: number) {
  const digits = z
    .string()
    .check(
      z.regex(
        /^(0|[1-9][0-9]{0,14})$/,
        'Expected a whole number written with digits only, e.g. 25',
      ),
    );
  const value = z.pipe(
    digits,
    z.pipe(
      z.transform((text: string) => Number(text)),
      z.number().check(z.int(), z.minimum(minimum), z.maximum(maximum)),
    ),
  );
  queryIntegers.add(value, { minimum, maximum, default: fallback });
  return z._default(value, fallback);
}

// ── Host side (Authorization: Bearer <secret key>) ───────────────────────────────────────────

export const CreateConnectSessionRequest = z.strictObject({
  provider: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The host's id for the end user's organisation. Accounts belong to it. */
  originOwnerId: Id,
  /** Shown in the widget ("Linking Lattice for Acme Corp"). */
  originOwnerName: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** Reconnect this existing account (same origin owner) instead of creating one. */
  accountId: z.optional(Id),
  /** @default 1800 */
  expiresInSeconds: z.optional(z.number().check(z.int(), z.minimum(60), z.maximum(86_400))),
});
export type CreateConnectSessionRequest = z.infer<typeof CreateConnectSessionRequest>;

export const CreateConnectSessionResponse = z.object({
  /** Give this to the widget. Shown once: Keylink keeps only its hash. */
  token: z.string(),
  sessionId: z.string(),
  expiresAt: Timestamp,
});
export type CreateConnectSessionResponse = z.infer<typeof CreateConnectSessionResponse>;

export const AccountStatus = z.enum(['active', 'needs_reconnect']);
export type AccountStatus = z.infer<typeof AccountStatus>;

/**
 * What the last periodic key check found: the key works as before (`ok`), works but reaches more
 * or less of the company (`access_changed`), was refused (`rejected`: the account now needs a
 * reconnect), or the provider could not answer (`provider_unavailable`: nothing changed, it is
 * checked again soon).
 */
export const KeyCheckOutcome = z.enum(['ok', 'access_changed', 'rejected', 'provider_unavailable']);
export type KeyCheckOutcome = z.infer<typeof KeyCheckOutcome>;

/** A linked account. Its credential is never part of it. */
export const Account = z.object({
  id: z.string(),
  provider: z.string(),
  originOwnerId: z.string(),
  originOwnerName: z.nullable(z.string()),
  status: AccountStatus,
  region: z.nullable(z.string()),
  /** Whose key is stored, as the provider reported it at the last verification. */
  ownerName: z.nullable(z.string()),
  ownerEmail: z.nullable(z.string()),
  access: AccessLevel,
  /** The provider tenant (company) it is, as people recognise it, e.g. a Lattice email domain. */
  tenantLabel: z.optional(z.nullable(z.string())),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  lastVerifiedAt: Timestamp,
  /**
   * When the periodic key check last ran for this account; null until its first check (optional:
   * servers before key checks leave it out).
   */
  lastCheckedAt: z.optional(z.nullable(Timestamp)),
  /** What that check found; null until its first check. */
  lastCheckOutcome: z.optional(z.nullable(KeyCheckOutcome)),
});
export type Account = z.infer<typeof Account>;

const Limit = queryInteger(1, 100, 25);

export const ListAccountsQuery = z.strictObject({
  originOwnerId: z.optional(Id),
  cursor: z.optional(z.string().check(z.maxLength(500))),
  limit: Limit,
});
export type ListAccountsQuery = z.infer<typeof ListAccountsQuery>;

export const AccountList = z.object({
  data: z.array(Account),
  nextCursor: z.nullable(z.string()),
});
export type AccountList = z.infer<typeof AccountList>;

export const ListIamUsersQuery = z.strictObject({
  // Room for the provider's cursor wrapped with the account it pages through.
  cursor: z.optional(z.string().check(z.maxLength(4000))),
  limit: Limit,
});
export type ListIamUsersQuery = z.infer<typeof ListIamUsersQuery>;

export const IamUserList = z.object({
  data: z.array(UnifiedUser),
  nextCursor: z.nullable(z.string()),
});
export type IamUserList = z.infer<typeof IamUserList>;

export const IamUserResponse = z.object({ data: UnifiedUser });
export type IamUserResponse = z.infer<typeof IamUserResponse>;

export const IamRoleList = z.object({ data: z.array(UnifiedRole) });
export type IamRoleList = z.infer<typeof IamRoleList>;

// ── Widget side (Authorization: Bearer <session token>) ──────────────────────────────────────

export const LinkMode = z.enum(['create', 'reconnect']);
export type LinkMode = z.infer<typeof LinkMode>;

export const LinkSession = z.object({
  provider: ProviderDescriptor,
  mode: LinkMode,
  expiresAt: Timestamp,
  originOwnerName: z.nullable(z.string()),
  /** Verify attempts left before the session locks. */
  attemptsRemaining: z.number().check(z.int(), z.nonnegative()),
});
export type LinkSession = z.infer<typeof LinkSession>;

export const VerifyRequest = z.strictObject({
  /** Keyed by the descriptor's credential field names. */
  credentials: z.record(
    z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]*$/)),
    z.string().check(z.maxLength(4096)),
  ),
  region: z.optional(z.string().check(z.maxLength(64))),
});
export type VerifyRequest = z.infer<typeof VerifyRequest>;

export const VerifyResponse = z.object({
  verification: Verification,
  preview: Preview,
  /** What confirm will do: create an account, or update which one and why. */
  link: z.optional(LinkTarget),
  /** What the person must acknowledge before confirming (see ConfirmRequest). */
  warnings: z.optional(z.array(LinkWarning)),
});
export type VerifyResponse = z.infer<typeof VerifyResponse>;

/** GET the preview as it stands: poll it until `preview.status` is no longer `running`. */
export const PreviewResponse = z.object({ preview: Preview });
export type PreviewResponse = z.infer<typeof PreviewResponse>;

/**
 * The confirm body (optional: no body is `{}`). Each warning verify answered with must be listed
 * in `acknowledgedWarnings`, or confirm refuses with `invalid_request`.
 */
export const ConfirmRequest = z.strictObject({
  acknowledgedWarnings: z.optional(z.array(LinkWarningCode).check(z.maxLength(10))),
});
export type ConfirmRequest = z.infer<typeof ConfirmRequest>;

export const ConfirmResponse = z.object({
  accountId: z.string(),
  provider: z.string(),
  mode: LinkMode,
});
export type ConfirmResponse = z.infer<typeof ConfirmResponse>;

export const HealthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
