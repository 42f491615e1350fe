import type { Background } from './background';
import type { Deps } from './context';
import { isoNow } from './context';

const jobName = 'session_retention';

/**
 * Deletes ended sessions (spent, expired, or closed by their account's deletion) with their
 * previews and any sealed key still on them, `sessionRetentionSeconds` after they ended. Every
 * instance runs the timer; the database decides which one runs each round (the first to move the
 * job's next_run_at), so several instances never repeat the work.
 */
export function createRetentionJob(deps: Deps, background: Background) {
  const intervalMs = deps.settings.retentionIntervalMs;

  async function claim(): Promise<boolean> {
    const now = isoNow(deps);
    await deps.db
      .insertInto('keylink_jobs')
      .values({ name: jobName, next_run_at: now })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const claimed = await deps.db
      .updateTable('keylink_jobs')
      .set({ next_run_at: isoNow(deps, intervalMs) })
      .where('name', '=', jobName)
      .where('next_run_at', '<=', now)
      .executeTakeFirst();
    return claimed.numUpdatedRows > 0n;
  }

  async function purge(): Promise<number> {
    const cutoff = isoNow(deps, -deps.settings.sessionRetentionSeconds * 1000);
    return deps.db.transaction().execute(async (trx) => {
      const ended = trx
        .selectFrom('keylink_sessions')
        .select('id')
        .where((eb) =>
          eb.or([
            eb('expires_at', '<', cutoff),
            eb('used_at', '<', cutoff),
            eb('closed_at', '<', cutoff),
          ]),
        );
      await trx.deleteFrom('keylink_previews').where('session_id', 'in', ended).execute();
      const deleted = await trx
        .deleteFrom('keylink_sessions')
        .where((eb) =>
          eb.or([
            eb('expires_at', '<', cutoff),
            eb('used_at', '<', cutoff),
            eb('closed_at', '<', cutoff),
          ]),
        )
        .executeTakeFirst();
      return Number(deleted.numDeletedRows);
    });
  }

  const run = () =>
    background.run(`job:${jobName}`, async () => {
      if (!(await claim())) return;
      const sessions = await purge();
      if (sessions > 0) deps.logger.info({ sessions }, 'ended sessions purged');
    });

  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    /** Runs once now, then every retentionIntervalMs until stop(). */
    start(): void {
      run();
      timer = setInterval(run, intervalMs);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
