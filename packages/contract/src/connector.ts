import type { StatusCounts, UnifiedRole, UnifiedUser } from './iam';
import type { LocalizedDescriptors, ProviderDescriptor } from './descriptor';
import type { AccessLevel } from './identity';
import type { KeyOwner, Preview, Verification } from './preview';

/** The credential values the person typed, keyed by CredentialField.name, already trimmed. */
export type Credentials = Readonly<Record<string, string>>;

/** What every connector call receives: who to be, where, and when to give up. */
export interface ConnectorContext {
  credentials: Credentials;
  /** One of the descriptor's region ids, or null when the provider has none. */
  region: string | null;
  /** Aborts the call (the person cancelled, or the server's deadline passed). */
  signal?: AbortSignal;
}

/**
 * Which provider tenant (for Lattice, which company) a key reaches, as far as the connector can
 * tell. The server keeps it on the account and hands it back to matchTenant(); only the connector
 * reads `fingerprint`.
 */
export interface TenantIdentity {
  /** How people recognise the tenant (a company name or domain), or null when unknown. */
  label: string | null;
  /**
   * The connector's evidence, opaque to the server (for Lattice, a few user ids of the company).
   * The server merges an account's fingerprints across reconnects (newest first, at most 32).
   */
  fingerprint: readonly string[];
}

/** `unproven`: no witness could tell (e.g. a key that sees only part of the company). */
export type TenantMatch = 'same' | 'different' | 'unproven';

/** What matchTenant() compares: an account's tenant, and what verify() learnt of a new key. */
export interface TenantCheck {
  /** The account's tenant, as stored. */
  known: TenantIdentity;
  /** The new key's tenant, from its verify(). */
  candidate: TenantIdentity;
  /** What the new key reaches (its verification's `access`). */
  candidateAccess: AccessLevel;
  /**
   * The account's own credentials, region and access, when they still decrypt: a second witness
   * (the old key may see the new key's owner). Null when there is none.
   */
  previous: (Omit<ConnectorContext, 'signal'> & { access: AccessLevel }) | null;
}

/**
 * Where verify() stopped reading the provider's users, for preview() to go on from there without
 * reading a page twice: plain JSON, opaque to the server, meaningful only to the connector that
 * made it (which checks it, and walks from the start when it cannot read it). It holds people
 * (ids, names, statuses of the first page): keep it as a preview is kept, never in a log.
 */
export type WalkStart = Readonly<Record<string, unknown>>;

/** The answer to verify(): the key works, whose it is, and the first page of the preview. */
export interface VerifyOutcome {
  verification: Verification;
  /** The tenant this key reaches. */
  tenant: TenantIdentity;
  /** Built from the first page of users: usable at once, `complete` only for small companies. */
  preview: Preview;
  /**
   * Where the walk that completes the preview goes on from (pass it to preview()). Absent when
   * the connector cannot resume: its preview() then starts from the first page.
   */
  walkStart?: WalkStart;
}

/** The answer to checkCredentials(): the key still works, whose it is and how far it reaches. */
export interface CredentialCheck {
  owner: KeyOwner;
  access: AccessLevel;
}

/** What preview() ends with: the final preview, and what the server keeps to derive roles later. */
export interface PreviewOutcome {
  preview: Preview;
  /** Remote ids of every user who manages someone: needed to derive the manager role per user. */
  managerRemoteIds: string[];
}

/** Facts about the whole company a connector needs to map single users (e.g. who manages). */
export interface CompanyFacts {
  managerRemoteIds: ReadonlySet<string>;
}

export interface UserPage {
  data: UnifiedUser[];
  /** Opaque; pass it back to get the next page. Null on the last page. */
  nextCursor: string | null;
}

/** A mistake in one credential value the person can fix, found without calling the provider. */
export interface CredentialIssue {
  /** The CredentialField.name of the value. */
  field: string;
  /** What is wrong and how to fix it, for the person who typed it. */
  message: string;
}

/**
 * A provider integration. The server and widget only ever talk to providers through this.
 * Every method throws ConnectorError (from this package) on a provider failure.
 */
export interface Connector {
  /**
   * The descriptor in English (the same as `descriptors.en`): the fallback, and where the server
   * takes the provider's name for its own (English) API messages.
   */
  readonly descriptor: ProviderDescriptor;
  /**
   * Optional: finds mistakes in the typed credentials without calling the provider (e.g. a
   * character no key can hold). The server runs it before a verify attempt is spent, and answers
   * `invalid_request` with an issue per field.
   */
  credentialIssues?(credentials: Credentials): CredentialIssue[];
  /**
   * The descriptor in each language Keylink ships: the server answers the widget in the best
   * match for its Accept-Language. Texts differ; ids, URLs, patterns and pictures' shapes do not.
   */
  readonly descriptors: LocalizedDescriptors;
  /**
   * Checks the credentials in about one provider round trip and returns the first preview.
   * Throws ConnectorError('invalid_credentials' | 'insufficient_permissions' | …).
   */
  verify(context: ConnectorContext): Promise<VerifyOutcome>;
  /**
   * Whether the key in `context` (just verified) reaches the tenant an account holds. The server
   * refuses a reconnect unless `same`, and links no twin when `same`. Throws ConnectorError only
   * when the provider fails; "cannot tell" is `unproven`, not an error.
   */
  matchTenant(context: ConnectorContext, check: TenantCheck): Promise<TenantMatch>;
  /**
   * Re-checks stored credentials with the cheapest calls that prove they still work and tell how
   * far they reach (the server's periodic key-health check). Throws ConnectorError
   * 'invalid_credentials' (revoked) or 'insufficient_permissions' (works, but can no longer read
   * users); provider outages throw the provider_* codes, which change nothing.
   */
  checkCredentials(context: ConnectorContext): Promise<CredentialCheck>;
  /**
   * Walks every user to complete the preview, calling onProgress after each provider page with
   * the preview so far (status `running`), and resolving with the final one. Given the
   * `walkStart` of the verify() of the same credentials, it goes on from where verify stopped
   * (reading no page twice); without one it starts from the first page.
   */
  preview(
    context: ConnectorContext,
    onProgress: (preview: Preview) => void | Promise<void>,
    walkStart?: WalkStart,
  ): Promise<PreviewOutcome>;
  /** One page of users in the unified schema. `limit` is at most 100. */
  listUsers(
    context: ConnectorContext,
    page: { cursor: string | null; limit: number },
    facts: CompanyFacts,
  ): Promise<UserPage>;
  /** One user by the provider's id; throws ConnectorError('not_found') when there is none. */
  getUser(context: ConnectorContext, remoteId: string, facts: CompanyFacts): Promise<UnifiedUser>;
  /** The roles the connector knows, with counts when given the counts of a complete walk. */
  listRoles(counts: RoleCounts | null): UnifiedRole[];
}

/** Users per role id, and per status, from a complete walk. */
export interface RoleCounts {
  byRole: Readonly<Record<string, number>>;
  byStatus: StatusCounts;
}
