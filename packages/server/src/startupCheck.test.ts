import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  createEncryption,
  generateEncryptionKey,
  rotateEncryptionKeys,
} from './index';
import { confirmOk, errorOf, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import type { TestStorage } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest } from './testing/testServer';

const healthz = new Request('http://keylink.test/healthz');

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`encryption start-up check on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());
    const { connector } = createTestLattice();

    async function linkOne(storage: TestStorage, key: string) {
      deployment = createTestDeployment(storage, [key]);
      const server = deployment.start({ connectors: { lattice: connector } });
      const { token } = await newSession(server);
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      await server.idle();
      const linked = await confirmOk(server, token);
      await server.close();
      return linked;
    }

    it('given keys that open no stored credential, should refuse to start and name the key id it needs', async () => {
      const storage = target.create();
      const rightKey = generateEncryptionKey();
      await linkOne(storage, rightKey);

      const wrong = deployment.start({
        connectors: { lattice: connector },
        encryptionKeys: [generateEncryptionKey()],
      });
      const neededId = createEncryption([rightKey]).currentKeyId;
      await expect(wrong.ready).rejects.toThrow(new RegExp(`key ${neededId}`));
      const health = await wrong.fetch(healthz);
      expect(health.status).toBe(503);
      expect((await errorOf(health)).code).toBe('service_unavailable');
      expect(deployment.logLines.join('\n')).toContain(neededId);
    });

    it('given a database from before the check value, should check a stored credential instead', async () => {
      const storage = target.create();
      const rightKey = generateEncryptionKey();
      await linkOne(storage, rightKey);
      const database = createDatabase(storage.config());
      try {
        await database.prepare();
        await database.db.deleteFrom('keylink_meta').execute();
      } finally {
        await database.destroy();
      }
      const wrong = deployment.start({
        connectors: { lattice: connector },
        encryptionKeys: [generateEncryptionKey()],
      });
      await expect(wrong.ready).rejects.toThrow(
        new RegExp(`key ${createEncryption([rightKey]).currentKeyId}`),
      );
      const right = deployment.start({ connectors: { lattice: connector } });
      await right.ready;
    });

    it('given an empty database, should write a check value at first start that later starts verify', async () => {
      const storage = target.create();
      deployment = createTestDeployment(storage);
      const first = deployment.start({ connectors: { lattice: connector } });
      await first.ready;
      const other = deployment.start({
        connectors: { lattice: connector },
        encryptionKeys: [generateEncryptionKey()],
      });
      await expect(other.ready).rejects.toThrow(/not among the configured encryption keys/);
    });

    it('given rotate-keys, should keep the check value valid for the new key alone', async () => {
      const storage = target.create();
      const oldKey = generateEncryptionKey();
      const newKey = generateEncryptionKey();
      const { accountId } = await linkOne(storage, oldKey);

      // Both keys: starts, and the check value moves to the new key.
      const both = deployment.start({
        connectors: { lattice: connector },
        encryptionKeys: [newKey, oldKey],
      });
      await both.ready;
      await both.close();

      const database = createDatabase(storage.config());
      try {
        await rotateEncryptionKeys(database, [newKey, oldKey]);
      } finally {
        await database.destroy();
      }
      const rotated = deployment.start({
        connectors: { lattice: connector },
        encryptionKeys: [newKey],
      });
      await rotated.ready;
      expect((await rotated.fetch(hostRequest(`/v1/accounts/${accountId}`))).status).toBe(200);

      const stale = deployment.start({
        connectors: { lattice: connector },
        encryptionKeys: [oldKey],
      });
      await expect(stale.ready).rejects.toThrow(
        new RegExp(`key ${createEncryption([newKey]).currentKeyId}`),
      );
    });

    it('given rotate-keys with keys that open nothing, should refuse before rewriting anything', async () => {
      const storage = target.create();
      await linkOne(storage, generateEncryptionKey());
      const database = createDatabase(storage.config());
      try {
        await expect(
          rotateEncryptionKeys(database, [generateEncryptionKey(), generateEncryptionKey()]),
        ).rejects.toThrow(/not among the configured encryption keys/);
      } finally {
        await database.destroy();
      }
    });
  });
}
