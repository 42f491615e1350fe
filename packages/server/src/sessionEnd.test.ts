import { afterEach, describe, expect, it } from 'vitest';
import { confirm, confirmOk, errorOf, newSession, verify, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import type { TestStorage } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import {
  createTestClock,
  createTestDeployment,
  hostRequest,
  widgetRequest,
} from './testing/testServer';
import { createDatabase } from './index';
import type { KeylinkServer } from './index';

const day = 24 * 60 * 60 * 1000;

/** What is stored for a session: whether its row, its preview and a sealed key are still there. */
async function kept(storage: TestStorage, sessionId: string) {
  const database = createDatabase(storage.config());
  try {
    await database.prepare();
    const session = await database.db
      .selectFrom('keylink_sessions')
      .select(['credential', 'verification'])
      .where('id', '=', sessionId)
      .executeTakeFirst();
    const preview = await database.db
      .selectFrom('keylink_previews')
      .select('session_id')
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return {
      session: session !== undefined,
      preview: preview !== undefined,
      credential: session?.credential != null,
      verification: session?.verification != null,
    };
  } finally {
    await database.destroy();
  }
}

/** The code every session route answers with (none may show the preview). */
async function everyRoute(server: KeylinkServer, token: string) {
  const answers = [
    await server.fetch(widgetRequest(token, '/v1/link/session')),
    await server.fetch(widgetRequest(token, '/v1/link/preview')),
    await verify(server, token, sandboxKeys.smallCompanyAdmin),
    await confirm(server, token),
  ];
  const codes = [];
  for (const answer of answers) codes.push((await errorOf(answer)).code);
  return codes;
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`sessions ending on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    let storage: TestStorage;
    let clock = createTestClock();
    afterEach(async () => deployment.close());
    const start = (options: { sessionRetentionSeconds?: number } = {}) => {
      clock = createTestClock();
      storage = target.create();
      deployment = createTestDeployment(storage);
      return deployment.start({
        connectors: { lattice: createTestLattice().connector },
        now: clock.now,
        ...options,
      });
    };

    it('given a spent session, should refuse every route with session_used and show no preview', async () => {
      const server = start();
      const { token } = await newSession(server);
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      await confirmOk(server, token);
      expect(await everyRoute(server, token)).toEqual([
        'session_used',
        'session_used',
        'session_used',
        'session_used',
      ]);
    });

    it('given an expired session, should refuse every route with session_expired and show no preview', async () => {
      const server = start();
      const { token } = await newSession(server, { expiresInSeconds: 60 });
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      clock.advance(61_000);
      expect(await everyRoute(server, token)).toEqual([
        'session_expired',
        'session_expired',
        'session_expired',
        'session_expired',
      ]);
    });

    it('given its account was deleted, should answer not_found everywhere and keep nothing of its sessions', async () => {
      const server = start();
      const linked = await newSession(server);
      await verifyOk(server, linked.token, sandboxKeys.smallCompanyAdmin);
      const { accountId } = await confirmOk(server, linked.token);
      const reconnect = await newSession(server, { accountId });
      await verifyOk(server, reconnect.token, sandboxKeys.smallCompanySecondAdmin);
      await server.idle();
      expect(await kept(storage, reconnect.sessionId)).toMatchObject({
        preview: true,
        credential: true,
      });

      const deleted = await server.fetch(
        hostRequest(`/v1/accounts/${accountId}`, { method: 'DELETE' }),
      );
      expect(deleted.status).toBe(204);
      for (const { token, sessionId } of [linked, reconnect]) {
        expect(await everyRoute(server, token)).toEqual([
          'not_found',
          'not_found',
          'not_found',
          'not_found',
        ]);
        expect(await kept(storage, sessionId)).toEqual({
          session: true,
          preview: false,
          credential: false,
          verification: false,
        });
      }
    });

    it('should delete ended sessions with their previews and keys once the retention time passed', async () => {
      const first = start({ sessionRetentionSeconds: 3600 });
      const spent = await newSession(first);
      await verifyOk(first, spent.token, sandboxKeys.smallCompanyAdmin);
      await confirmOk(first, spent.token);
      const abandoned = await newSession(first, { expiresInSeconds: 60 });
      await verifyOk(first, abandoned.token, sandboxKeys.smallCompanyAdmin);
      await first.idle();
      expect(await kept(storage, abandoned.sessionId)).toMatchObject({ credential: true });

      // Two hours later, a fresh session (not ended) stays; another instance runs the job.
      clock.advance(2 * 60 * 60 * 1000);
      const open = await newSession(first);
      const second = deployment.start({
        connectors: { lattice: createTestLattice().connector },
        now: clock.now,
        sessionRetentionSeconds: 3600,
      });
      await second.ready;
      await second.idle();
      expect(await kept(storage, spent.sessionId)).toMatchObject({
        session: false,
        preview: false,
      });
      expect(await kept(storage, abandoned.sessionId)).toMatchObject({
        session: false,
        preview: false,
      });
      expect(await kept(storage, open.sessionId)).toMatchObject({ session: true });
      const gone = await first.fetch(widgetRequest(spent.token, '/v1/link/preview'));
      expect(gone.status).toBe(401);
    });

    it('by default, should keep an ended session for 24 hours', async () => {
      const server = start();
      const { sessionId } = await newSession(server, { expiresInSeconds: 60 });
      clock.advance(day - 60_000);
      const later = deployment.start({
        connectors: { lattice: createTestLattice().connector },
        now: clock.now,
      });
      await later.ready;
      await later.idle();
      expect(await kept(storage, sessionId)).toMatchObject({ session: true });
      // Past the 24 hours, and past the job's next round (every 10 minutes by default).
      clock.advance(11 * 60_000);
      const dayAfter = deployment.start({
        connectors: { lattice: createTestLattice().connector },
        now: clock.now,
      });
      await dayAfter.ready;
      await dayAfter.idle();
      expect(await kept(storage, sessionId)).toMatchObject({ session: false });
    });
  });
}
