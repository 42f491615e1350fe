import type { StatusCounts, UnifiedRole, UnifiedUser } from './iam';
import type { LocalizedDescriptors, ProviderDescriptor } from './descriptor';
import type { Preview, Verification } from './preview';

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

/** The answer to verify(): the key works, whose it is, and the first page of the preview. */
export interface VerifyOutcome {
  verification: Verification;
  /** Built from the first page of users: usable at once, `complete` only for small companies. */
  preview: Preview;
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
   * Walks every user to complete the preview, calling onProgress after each provider page with
   * the preview so far (status `running`), and resolving with the final one.
   */
  preview(
    context: ConnectorContext,
    onProgress: (preview: Preview) => void | Promise<void>,
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
