import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './index';
import type { KeylinkServer } from './index';
import { confirm, confirmOk, listAllAccounts, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import type { TestStorage } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest } from './testing/testServer';

// What the database holds must be useless without the encryption keys: no key in plaintext (or
// merely encoded) in any table, file or write-ahead log, and each sealed key bound to its own
// row, so a ciphertext copied onto another row opens nothing.

const keys = [sandboxKeys.smallCompanyAdmin, sandboxKeys.midCompanyAdmin];
const forms = (key: string) => [key, Buffer.from(key).toString('base64'), key.replace(/-/g, '')];

async function link(server: KeylinkServer, originOwnerId: string, key: string) {
  const { token } = await newSession(server, { originOwnerId });
  await verifyOk(server, token, key);
  await server.idle();
  return confirmOk(server, token);
}

/** Every row of every Keylink table, as text. */
async function everyRow(storage: TestStorage): Promise<string> {
  const database = createDatabase(storage.config());
  try {
    const tables = ['keylink_sessions', 'keylink_previews', 'keylink_accounts'] as const;
    const rows = await Promise.all(
      tables.map((table) => database.db.selectFrom(table).selectAll().execute()),
    );
    return JSON.stringify(rows);
  } finally {
    await database.destroy();
  }
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`credentials at rest on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    let storage: TestStorage;
    afterEach(async () => deployment.close());

    const start = () => {
      storage = target.create();
      deployment = createTestDeployment(storage);
      return deployment.start({ connectors: { lattice: createTestLattice().connector } });
    };

    it('should hold no key in plaintext or encoded in any row, file or write-ahead log', async () => {
      const server = start();
      await link(server, 'org_a', keys[0] ?? '');
      // A verified session not yet confirmed holds its key too, sealed.
      const pending = await newSession(server, { originOwnerId: 'org_b' });
      await verifyOk(server, pending.token, keys[1] ?? '');
      await server.idle();

      const rows = await everyRow(storage);
      expect(rows).toContain('ses_');
      expect(rows).toContain('acc_');
      for (const key of keys) for (const form of forms(key)) expect(rows).not.toContain(form);

      const config = storage.config();
      if (config.kind === 'sqlite') {
        const files = [config.file, `${config.file}-wal`].filter((file) => existsSync(file));
        expect(files.length).toBeGreaterThan(0);
        const bytes = files.map((file) => readFileSync(file).toString('latin1')).join('');
        expect(bytes.length).toBeGreaterThan(4096);
        for (const key of keys) for (const form of forms(key)) expect(bytes).not.toContain(form);
      }
    });

    it("given an account's sealed key copied onto another account, should refuse to use it", async () => {
      const server = start();
      const small = await link(server, 'org_a', keys[0] ?? '');
      const mid = await link(server, 'org_b', keys[1] ?? '');
      const database = createDatabase(storage.config());
      try {
        await database.db
          .updateTable('keylink_accounts')
          .set({
            credential: sql<string>`(select credential from keylink_accounts where id = ${small.accountId})`,
          })
          .where('id', '=', mid.accountId)
          .execute();
      } finally {
        await database.destroy();
      }
      const own = await server.fetch(hostRequest(`/v1/accounts/${small.accountId}/iam/users`));
      expect(own.status).toBe(200);
      const moved = await server.fetch(hostRequest(`/v1/accounts/${mid.accountId}/iam/users`));
      expect(moved.status).not.toBe(200);
      expect(await moved.text()).not.toContain('Pinecone');
    });

    it("given a session's sealed key copied onto another session, should refuse to link with it", async () => {
      const server = start();
      const small = await newSession(server, { originOwnerId: 'org_a' });
      await verifyOk(server, small.token, keys[0] ?? '');
      const mid = await newSession(server, { originOwnerId: 'org_b' });
      await verifyOk(server, mid.token, keys[1] ?? '');
      await server.idle();
      const database = createDatabase(storage.config());
      try {
        const sealed = await database.db
          .selectFrom('keylink_sessions')
          .select(['id', 'credential'])
          .where('credential', 'is not', null)
          .execute();
        expect(sealed).toHaveLength(2);
        const [first, second] = sealed;
        await database.db
          .updateTable('keylink_sessions')
          .set({ credential: first?.credential ?? null })
          .where('id', '=', second?.id ?? '')
          .execute();
      } finally {
        await database.destroy();
      }
      // One of the two now holds the other's ciphertext: it links nothing; the other still links.
      const answers = await Promise.all([small, mid].map(({ token }) => confirm(server, token)));
      expect(answers.map((answer) => answer.status === 200).sort()).toEqual([false, true]);
      const accounts = await listAllAccounts(server);
      expect(accounts).toHaveLength(1);
    });
  });
}
