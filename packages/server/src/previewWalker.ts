import { Preview } from '@keylink/contract';
import type {
  Connector,
  Credentials,
  PreviewOutcome,
  RoleCounts,
  WalkStart,
} from '@keylink/contract';
import type { Selectable } from 'kysely';
import type { Background } from './background';
import type { Deps } from './context';
import { isoNow } from './context';
import { openCredentials, sessionAad } from './credentials';
import type { PreviewsTable } from './db/schema';
import { HttpError } from './http/HttpError';
import { callProvider } from './providerCall';

type PreviewRow = Selectable<PreviewsTable>;

/** What a walk needs: the session's provider, key and region, and the preview shown so far. */
export interface VerifiedWalk {
  connector: Connector;
  credentials: Credentials;
  region: string | null;
  /** Where verify stopped (its first page), when the walk starts in the verifying process. */
  walkStart: WalkStart | undefined;
  shown: Preview;
}

export function roleCountsOf(preview: Pick<Preview, 'roles' | 'countsByStatus'>): RoleCounts {
  return {
    byRole: Object.fromEntries(preview.roles.map((role) => [role.id, role.userCount ?? 0])),
    byStatus: preview.countsByStatus,
  };
}

const leaseUntil = (deps: Deps) => isoNow(deps, deps.settings.previewLeaseMs);

/** Conditional writes: only while this instance holds the lease of this generation. */
const ours = (deps: Deps, sessionId: string, generation: number) =>
  deps.db
    .updateTable('keylink_previews')
    .where('session_id', '=', sessionId)
    .where('generation', '=', generation)
    .where('lease_owner', '=', deps.instanceId);

async function claim(deps: Deps, sessionId: string): Promise<number | undefined> {
  const now = isoNow(deps);
  const row = await deps.db
    .updateTable('keylink_previews')
    .set({ lease_owner: deps.instanceId, lease_expires_at: leaseUntil(deps) })
    .where('session_id', '=', sessionId)
    .where('walk_status', '=', 'running')
    .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_expires_at', '<', now)]))
    .returning(['generation'])
    .executeTakeFirst();
  return row?.generation;
}

/**
 * Ends a walk that cannot run: the session was confirmed before the walk could be taken over
 * (the key moved to the account, which refreshes its own facts), or purged. A running preview
 * ends `failed`, so no poll waits on it forever.
 */
async function endWithoutKey(
  deps: Deps,
  sessionId: string,
  generation: number,
  row: { preview: string } | undefined,
): Promise<void> {
  const last = row === undefined ? undefined : Preview.parse(JSON.parse(row.preview));
  const ended: Preview | undefined =
    last === undefined || last.status !== 'running'
      ? last
      : {
          ...last,
          status: 'failed',
          error: {
            code: 'session_used',
            message:
              'The account was linked before the preview finished; its counts refresh on their own.',
          },
          updatedAt: isoNow(deps),
        };
  await ours(deps, sessionId, generation)
    .set({
      walk_status: 'failed',
      lease_owner: null,
      lease_expires_at: null,
      ...(ended === undefined ? {} : { preview: JSON.stringify(ended) }),
    })
    .execute();
}

/** Renews the lease while the walk runs; `stop` ends the walk when the lease is lost. */
function keepLease(
  deps: Deps,
  sessionId: string,
  generation: number,
  stop: (reason: unknown) => void,
) {
  const heartbeat = setInterval(
    () => {
      void ours(deps, sessionId, generation)
        .set({ lease_expires_at: leaseUntil(deps) })
        .executeTakeFirst()
        .then(
          (result) => {
            if (result.numUpdatedRows === 0n) stop(new Error('preview lease lost'));
          },
          (error: unknown) => stop(error),
        );
    },
    Math.max(1000, Math.floor(deps.settings.previewLeaseMs / 3)),
  );
  heartbeat.unref();
  return () => clearInterval(heartbeat);
}

/** Ends a walk that reached its end: its preview, and the facts an account confirmed meanwhile needs. */
async function finish(
  deps: Deps,
  sessionId: string,
  generation: number,
  shown: Preview,
  outcome: PreviewOutcome,
): Promise<void> {
  const managerIds = JSON.stringify(outcome.managerRemoteIds);
  const written = await ours(deps, sessionId, generation)
    .set({
      walk_status: 'complete',
      preview: JSON.stringify(shown),
      manager_remote_ids: managerIds,
      lease_owner: null,
      lease_expires_at: null,
      updated_at: isoNow(deps),
    })
    .returning((eb) =>
      eb
        .selectFrom('keylink_sessions')
        .select('confirmed_account_id')
        .where('id', '=', sessionId)
        .as('confirmedAccountId'),
    )
    .executeTakeFirst();
  // Confirmed before the walk ended: give the account what the walk learnt, but only while it
  // still holds this session's key (a later reconnect's key may reach another company's view).
  // The session's account comes back with the write (one statement, not two); a confirm that
  // commits after it reads the complete walk itself (linkAccount).
  if (written?.confirmedAccountId == null) return;
  await deps.db
    .updateTable('keylink_accounts')
    .set({
      manager_remote_ids: managerIds,
      role_counts: JSON.stringify(roleCountsOf(outcome.preview)),
      manager_ids_refreshed_at: isoNow(deps),
    })
    .where('id', '=', written.confirmedAccountId)
    .where('credential_session_id', '=', sessionId)
    .where('manager_remote_ids', 'is', null)
    .execute();
}

/** Ends a walk the provider broke off: the preview says why (a complete first one stays). */
async function fail(
  deps: Deps,
  sessionId: string,
  generation: number,
  latest: Preview,
  keepShown: boolean,
  error: HttpError,
): Promise<void> {
  const failed: Preview = keepShown
    ? latest
    : {
        ...latest,
        status: 'failed',
        error: { code: error.code, message: error.message },
        updatedAt: isoNow(deps),
      };
  await ours(deps, sessionId, generation)
    .set({
      walk_status: 'failed',
      preview: JSON.stringify(failed),
      lease_owner: null,
      lease_expires_at: null,
      updated_at: isoNow(deps),
    })
    .execute();
}

/**
 * Walks every user of a verified session in the background, writing progress to its preview row
 * under a lease (owner + expiry, renewed by a heartbeat). Nothing lives only in this process:
 * if this instance dies, the lease lapses and the next GET of the preview, on any instance,
 * takes the walk over. A walk started here goes on from where verify stopped (its walk start is
 * kept in this process only); a walk taken over starts from the first page, which costs one page
 * more but needs nothing stored beyond the preview.
 */
export function createPreviewWalker(deps: Deps, background: Background) {
  /**
   * Walks the users of a verified session to complete its preview, from `walkStart` (verify's
   * first page, in this process) or, without one (a takeover), from the first page.
   */
  async function walk(
    sessionId: string,
    generation: number,
    signal: AbortSignal,
    started: VerifiedWalk | undefined,
  ): Promise<void> {
    const stored = started ?? (await storedWalk(sessionId));
    if (!('credentials' in stored)) {
      await endWithoutKey(deps, sessionId, generation, stored.row);
      return;
    }
    const { connector, credentials, region, walkStart, shown } = stored;
    // A complete first preview (small company) stays on screen; the walk only adds manager ids.
    const keepShown = shown.status === 'complete';
    const controller = new AbortController();
    const stop = (reason: unknown) => controller.abort(reason);
    if (signal.aborted) stop(signal.reason);
    else signal.addEventListener('abort', () => stop(signal.reason), { once: true });
    const releaseLease = keepLease(deps, sessionId, generation, stop);

    let latest = shown;
    let lastWrite = Number.NEGATIVE_INFINITY;
    /** Writes the preview so far, at most every previewProgressIntervalMs. */
    const onProgress = async (progress: Preview) => {
      controller.signal.throwIfAborted();
      latest = progress;
      const at = deps.now().getTime();
      if (keepShown || at - lastWrite < deps.settings.previewProgressIntervalMs) return;
      lastWrite = at;
      const result = await ours(deps, sessionId, generation)
        .set({
          preview: JSON.stringify(progress),
          lease_expires_at: leaseUntil(deps),
          updated_at: isoNow(deps),
        })
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) stop(new Error('preview lease lost'));
      controller.signal.throwIfAborted();
    };
    try {
      const outcome = await callProvider(
        { connector, credentials, signal: controller.signal },
        (callSignal) =>
          connector.preview({ credentials, region, signal: callSignal }, onProgress, walkStart),
      );
      await finish(deps, sessionId, generation, keepShown ? shown : outcome.preview, outcome);
    } catch (error) {
      if (!controller.signal.aborted && error instanceof HttpError) {
        await fail(deps, sessionId, generation, keepShown ? shown : latest, keepShown, error);
      } else {
        // Stopped (closing, or another instance owns it now): hand the lease back at once.
        await ours(deps, sessionId, generation)
          .set({ lease_owner: null, lease_expires_at: null })
          .execute();
        if (!controller.signal.aborted) throw error;
      }
    } finally {
      releaseLease();
    }
  }

  /** A taken-over walk's key, region and preview so far, as stored. */
  async function storedWalk(
    sessionId: string,
  ): Promise<VerifiedWalk | { row: { preview: string } | undefined }> {
    const session = await deps.db
      .selectFrom('keylink_sessions')
      .select(['provider', 'credential', 'region'])
      .where('id', '=', sessionId)
      .executeTakeFirst();
    const row = await deps.db
      .selectFrom('keylink_previews')
      .select(['preview'])
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    const connector = session === undefined ? undefined : deps.connectors.get(session.provider);
    if (session?.credential == null || row === undefined || connector === undefined) return { row };
    return {
      connector,
      credentials: openCredentials(deps, session.credential, sessionAad(sessionId)),
      region: session.region,
      walkStart: undefined,
      shown: Preview.parse(JSON.parse(row.preview)),
    };
  }

  return {
    /**
     * After verify: the verify handler wrote the row with this instance's lease, and hands over
     * what it just stored (the key, region and first preview), so the walk reads nothing back.
     * It goes on from verify's `walkStart`, which stays in this process: a takeover reads the
     * session and starts from page 1.
     */
    start(sessionId: string, generation: number, verified: VerifiedWalk): void {
      background.run(`preview:${sessionId}:${generation}`, (signal) =>
        walk(sessionId, generation, signal, verified),
      );
    },
    /** On a GET of the preview: take over a running walk whose lease lapsed (its owner died). */
    resumeIfStale(row: PreviewRow): void {
      if (row.walk_status !== 'running') return;
      if (row.lease_owner !== null && (row.lease_expires_at ?? '') >= isoNow(deps)) return;
      background.run(`preview:${row.session_id}:${row.generation}`, async (signal) => {
        const generation = await claim(deps, row.session_id);
        if (generation !== undefined) await walk(row.session_id, generation, signal, undefined);
      });
    },
  };
}

export type PreviewWalker = ReturnType<typeof createPreviewWalker>;
