import { z } from 'zod';
import { ProviderDescriptor } from './descriptor';
import { UnifiedRole, UnifiedUser } from './iam';
import { Preview, Verification } from './preview';

const Id = z.string().min(1).max(200);
const Timestamp = z.string(); // ISO 8601

// ── Host side (Authorization: Bearer <secret key>) ───────────────────────────────────────────

export const CreateConnectSessionRequest = z.strictObject({
  provider: z.string().min(1).max(64),
  /** The host's id for the end user's organisation. Accounts belong to it. */
  originOwnerId: Id,
  /** Shown in the widget ("Linking Lattice for Acme Corp"). */
  originOwnerName: z.string().min(1).max(200).optional(),
  /** Reconnect this existing account (same origin owner) instead of creating one. */
  accountId: Id.optional(),
  /** @default 1800 */
  expiresInSeconds: z.number().int().min(60).max(86_400).optional(),
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

/** A linked account. Its credential is never part of it. */
export const Account = z.object({
  id: z.string(),
  provider: z.string(),
  originOwnerId: z.string(),
  originOwnerName: z.string().nullable(),
  status: AccountStatus,
  region: z.string().nullable(),
  /** Whose key is stored, as the provider reported it at the last verification. */
  ownerName: z.string().nullable(),
  ownerEmail: z.string().nullable(),
  access: z.enum(['full', 'partial']),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  lastVerifiedAt: Timestamp,
});
export type Account = z.infer<typeof Account>;

const Limit = z.coerce.number().int().min(1).max(100).default(25);

export const ListAccountsQuery = z.strictObject({
  originOwnerId: Id.optional(),
  cursor: z.string().max(500).optional(),
  limit: Limit,
});
export type ListAccountsQuery = z.infer<typeof ListAccountsQuery>;

export const AccountList = z.object({
  data: z.array(Account),
  nextCursor: z.string().nullable(),
});
export type AccountList = z.infer<typeof AccountList>;

export const ListIamUsersQuery = z.strictObject({
  cursor: z.string().max(2000).optional(),
  limit: Limit,
});
export type ListIamUsersQuery = z.infer<typeof ListIamUsersQuery>;

export const IamUserList = z.object({
  data: z.array(UnifiedUser),
  nextCursor: z.string().nullable(),
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
  originOwnerName: z.string().nullable(),
  /** Verify attempts left before the session locks. */
  attemptsRemaining: z.number().int().nonnegative(),
});
export type LinkSession = z.infer<typeof LinkSession>;

export const VerifyRequest = z.strictObject({
  /** Keyed by the descriptor's credential field names. */
  credentials: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/), z.string().max(4096)),
  region: z.string().max(64).optional(),
});
export type VerifyRequest = z.infer<typeof VerifyRequest>;

export const VerifyResponse = z.object({
  verification: Verification,
  preview: Preview,
});
export type VerifyResponse = z.infer<typeof VerifyResponse>;

/** GET the preview as it stands: poll it until `preview.status` is no longer `running`. */
export const PreviewResponse = z.object({ preview: Preview });
export type PreviewResponse = z.infer<typeof PreviewResponse>;

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
