import { isConnectorError, Preview } from '@keylink/contract';
import type { ConnectorError, PreviewOutcome, RoleCounts } from '@keylink/contract';
import type { Selectable } from 'kysely';
import type { Background } from './background';
import type { Deps } from './context';
import { isoNow } from './context';
import { openCredentials, sessionAad } from './credentials';
import type { PreviewsTable } from './db/schema';
import { scrubConnectorError, scrubError } from './scrub';

type PreviewRow = Selectable<PreviewsTable>;

export function roleCountsOf(preview: Preview): RoleCounts {
  return {
    byRole: Object.fromEntries(preview.roles.map((role) => [role.id, role.userCount ?? 0])),
    byStatus: preview.countsByStatus,
  };
}

/**
 * Walks every user of a verified session in the background, writing progress to its preview row
 * under a lease (owner + expiry, renewed by a heartbeat). Nothing lives only in this process:
 * if this instance dies, the lease lapses and the next GET of the preview, on any instance,
 * takes the walk over (from the start: the connector's walk has no resumable cursor).
 */
export function createPreviewWalker(deps: Deps, background: Background) {
  const leaseUntil = () => isoNow(deps, deps.settings.previewLeaseMs);

  /** Conditional writes: only while this instance holds the lease of this generation. */
  const ours = (sessionId: string, generation: number) =>
    deps.db
      .updateTable('keylink_previews')
      .where('session_id', '=', sessionId)
      .where('generation', '=', generation)
      .where('lease_owner', '=', deps.instanceId);

  async function claim(sessionId: string): Promise<number | undefined> {
    const now = isoNow(deps);
    const row = await deps.db
      .updateTable('keylink_previews')
      .set({ lease_owner: deps.instanceId, lease_expires_at: leaseUntil() })
      .where('session_id', '=', sessionId)
      .where('walk_status', '=', 'running')
      .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_expires_at', '<', now)]))
      .returning(['generation'])
      .executeTakeFirst();
    return row?.generation;
  }

  async function walk(sessionId: string, generation: number, signal: AbortSignal): Promise<void> {
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
    if (session?.credential == null || row === undefined || connector === undefined) {
      // Confirmed before the walk could be taken over (the key moved to the account, which
      // refreshes its own facts), or purged: end the walk so no poll waits on it forever.
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
      await ours(sessionId, generation)
        .set({
          walk_status: 'failed',
          lease_owner: null,
          lease_expires_at: null,
          ...(ended === undefined ? {} : { preview: JSON.stringify(ended) }),
        })
        .execute();
      return;
    }
    const shown = Preview.parse(JSON.parse(row.preview));
    // A complete first preview (small company) stays on screen; the walk only adds manager ids.
    const keepShown = shown.status === 'complete';
    const controller = new AbortController();
    const stop = (reason: unknown) => controller.abort(reason);
    if (signal.aborted) stop(signal.reason);
    else signal.addEventListener('abort', () => stop(signal.reason), { once: true });
    const context = {
      credentials: openCredentials(deps, session.credential, sessionAad(sessionId)),
      region: session.region,
      signal: controller.signal,
    };
    const heartbeat = setInterval(
      () => {
        void ours(sessionId, generation)
          .set({ lease_expires_at: leaseUntil() })
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

    let latest = shown;
    let lastWrite = Number.NEGATIVE_INFINITY;
    try {
      const outcome = await connector.preview(context, async (progress) => {
        controller.signal.throwIfAborted();
        latest = progress;
        const at = deps.now().getTime();
        if (keepShown || at - lastWrite < deps.settings.previewProgressIntervalMs) return;
        lastWrite = at;
        const result = await ours(sessionId, generation)
          .set({
            preview: JSON.stringify(progress),
            lease_expires_at: leaseUntil(),
            updated_at: isoNow(deps),
          })
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) stop(new Error('preview lease lost'));
        controller.signal.throwIfAborted();
      });
      await finish(sessionId, generation, keepShown ? shown : outcome.preview, outcome);
    } catch (error) {
      if (!controller.signal.aborted && isConnectorError(error)) {
        const safe = scrubConnectorError(error, context.credentials);
        await fail(sessionId, generation, keepShown ? shown : latest, keepShown, safe);
      } else {
        // Stopped (closing, or another instance owns it now): hand the lease back at once.
        await ours(sessionId, generation)
          .set({ lease_owner: null, lease_expires_at: null })
          .execute();
        if (!controller.signal.aborted) throw scrubError(error, context.credentials);
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function finish(
    sessionId: string,
    generation: number,
    shown: Preview,
    outcome: PreviewOutcome,
  ): Promise<void> {
    const managerIds = JSON.stringify(outcome.managerRemoteIds);
    const result = await ours(sessionId, generation)
      .set({
        walk_status: 'complete',
        preview: JSON.stringify(shown),
        manager_remote_ids: managerIds,
        lease_owner: null,
        lease_expires_at: null,
        updated_at: isoNow(deps),
      })
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return;
    // Confirmed before the walk ended: give the account what the walk learnt, but only while it
    // still holds this session's key (a later reconnect's key may reach another company's view).
    const session = await deps.db
      .selectFrom('keylink_sessions')
      .select('confirmed_account_id')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    if (session?.confirmed_account_id == null) return;
    await deps.db
      .updateTable('keylink_accounts')
      .set({
        manager_remote_ids: managerIds,
        role_counts: JSON.stringify(roleCountsOf(outcome.preview)),
        manager_ids_refreshed_at: isoNow(deps),
      })
      .where('id', '=', session.confirmed_account_id)
      .where('credential_session_id', '=', sessionId)
      .where('manager_remote_ids', 'is', null)
      .execute();
  }

  async function fail(
    sessionId: string,
    generation: number,
    latest: Preview,
    keepShown: boolean,
    error: ConnectorError,
  ): Promise<void> {
    const failed: Preview = keepShown
      ? latest
      : {
          ...latest,
          status: 'failed',
          error: { code: error.code, message: error.message },
          updatedAt: isoNow(deps),
        };
    await ours(sessionId, generation)
      .set({
        walk_status: 'failed',
        preview: JSON.stringify(failed),
        lease_owner: null,
        lease_expires_at: null,
        updated_at: isoNow(deps),
      })
      .execute();
  }

  return {
    /** After verify: the verify handler wrote the row with this instance's lease. */
    start(sessionId: string, generation: number): void {
      background.run(`preview:${sessionId}:${generation}`, (signal) =>
        walk(sessionId, generation, signal),
      );
    },
    /** On a GET of the preview: take over a running walk whose lease lapsed (its owner died). */
    resumeIfStale(row: PreviewRow): void {
      if (row.walk_status !== 'running') return;
      if (row.lease_owner !== null && (row.lease_expires_at ?? '') >= isoNow(deps)) return;
      background.run(`preview:${row.session_id}:${row.generation}`, async (signal) => {
        const generation = await claim(row.session_id);
        if (generation !== undefined) await walk(row.session_id, generation, signal);
      });
    },
  };
}

export type PreviewWalker = ReturnType<typeof createPreviewWalker>;
