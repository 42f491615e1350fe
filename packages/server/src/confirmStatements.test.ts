import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, createKeylinkServer, createLogger, generateEncryptionKey } from './index';
import type { KeylinkDatabase } from './index';
import { confirmOk, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import type { TestStorage } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { testSecretKey } from './testing/testServer';

/** A database that counts the statements Kysely builds (begin and commit are not among them). */
function countingDatabase(storage: TestStorage) {
  const database = createDatabase(storage.config());
  let statements: string[] = [];
  const counted: KeylinkDatabase = {
    kind: database.kind,
    prepare: () => database.prepare(),
    destroy: () => database.destroy(),
    db: database.db.withPlugin({
      transformQuery: (args) => {
        statements.push(args.node.kind);
        return args.node;
      },
      transformResult: async (args) => args.result,
    }),
  };
  return {
    counted,
    take: () => {
      const taken = statements;
      statements = [];
      return taken;
    },
  };
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`confirm's statements on ${target.name}`, () => {
    let storage: TestStorage;
    let close = async () => {};
    afterEach(async () => close());

    it('given a verified session of a new company, should link it in four statements', async () => {
      storage = target.create();
      const database = countingDatabase(storage);
      const server = createKeylinkServer({
        database: database.counted,
        secretKey: testSecretKey,
        encryptionKeys: [generateEncryptionKey()],
        connectors: { lattice: createTestLattice().connector },
        logger: createLogger({ level: 'warn' }),
      });
      close = async () => {
        await server.close();
        await database.counted.destroy();
        await storage.drop();
      };
      const { token } = await newSession(server);
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      await server.idle();
      database.take();

      await confirmOk(server, token);

      // The session read by its token; then, in one transaction: the session spent (its key
      // taken off, the walk's facts read back), the account inserted, its event recorded.
      // (On Postgres the event's insert is raw SQL: it takes the event-order lock too.)
      const statements = database.take();
      expect(statements.slice(0, 3)).toEqual([
        'SelectQueryNode',
        'UpdateQueryNode',
        'InsertQueryNode',
      ]);
      expect(statements).toHaveLength(4);
    });
  });
}
