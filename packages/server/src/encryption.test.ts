import { IamUserList } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  createEncryption,
  generateEncryptionKey,
  rotateEncryptionKeys,
} from './index';
import { bodyOf, confirmOk, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest } from './testing/testServer';

describe('createEncryption', () => {
  it('should round-trip, bind to its context and refuse tampering', () => {
    const encryption = createEncryption([generateEncryptionKey()]);
    const sealed = encryption.encrypt('a secret', 'acc_1');
    expect(sealed).not.toContain('a secret');
    expect(encryption.decrypt(sealed, 'acc_1')).toBe('a secret');
    expect(encryption.encrypt('a secret', 'acc_1')).not.toBe(sealed);
    expect(() => encryption.decrypt(sealed, 'acc_2')).toThrow();
    const parts = sealed.split('.');
    const data = Buffer.from(parts[4] ?? '', 'base64url');
    data[0] = (data[0] ?? 0) ^ 1;
    parts[4] = data.toString('base64url');
    expect(() => encryption.decrypt(parts.join('.'), 'acc_1')).toThrow();
  });

  it('given a rotation, should decrypt with old keys and encrypt with the newest', () => {
    const oldKey = generateEncryptionKey();
    const newKey = generateEncryptionKey();
    const before = createEncryption([oldKey]);
    const sealed = before.encrypt('a secret', 'ctx');
    const after = createEncryption([newKey, oldKey]);
    expect(after.decrypt(sealed, 'ctx')).toBe('a secret');
    expect(after.keyIdOf(after.encrypt('x', 'ctx'))).toBe(after.currentKeyId);
    expect(after.currentKeyId).not.toBe(before.currentKeyId);
    expect(() => createEncryption([newKey]).decrypt(sealed, 'ctx')).toThrow(
      /KEYLINK_ENCRYPTION_KEYS_OLD/,
    );
  });

  it('given a key that is not 32 bytes of base64, should say how to make one', () => {
    expect(() => createEncryption(['short'])).toThrow(/openssl rand -base64 32/);
  });

  it('given a bad key, should name the setting it came from', () => {
    const good = generateEncryptionKey();
    expect(() => createEncryption(['short', good])).toThrow(/^KEYLINK_ENCRYPTION_KEY must/);
    expect(() => createEncryption([good, 'short'])).toThrow(/^KEYLINK_ENCRYPTION_KEYS_OLD must/);
    expect(() => createEncryption([])).toThrow('At least one encryption key is needed.');
  });

  it('should take a key with spaces around it, and refuse anything else around 32 bytes', () => {
    const key = generateEncryptionKey();
    expect(createEncryption([`  ${key}\n`]).currentKeyId).toBe(
      createEncryption([key]).currentKeyId,
    );
    // Node's base64 decoder skips what is not base64: only the format check sees these.
    for (const wrapped of [`!${key}`, `${key}!`, `${key.replace(/=*$/, '')}===`]) {
      expect(Buffer.from(wrapped.trim(), 'base64')).toHaveLength(32);
      expect(() => createEncryption([wrapped]), wrapped).toThrow(/openssl rand -base64 32/);
    }
  });

  it('given a stored value not in its format, should say so instead of decrypting', () => {
    const encryption = createEncryption([generateEncryptionKey()]);
    const parts = encryption.encrypt('a secret', 'ctx').split('.');
    const unreadable = [
      ['v2', ...parts.slice(1)].join('.'),
      parts.slice(0, 4).join('.'),
      [...parts, 'extra'].join('.'),
    ];
    for (const stored of unreadable) {
      expect(() => encryption.decrypt(stored, 'ctx'), stored).toThrow(
        'A stored credential is not in a format this server can read.',
      );
      expect(() => encryption.keyIdOf(stored), stored).toThrow(/not in a format/);
    }
    expect(encryption.keyIdOf(parts.join('.'))).toBe(encryption.currentKeyId);
  });
});

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`rotateEncryptionKeys on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('should re-encrypt every credential so the old key can be retired', async () => {
      const storage = target.create();
      const oldKey = generateEncryptionKey();
      const newKey = generateEncryptionKey();
      deployment = createTestDeployment(storage, [oldKey]);
      const { connector } = createTestLattice();
      const server = deployment.start({ connectors: { lattice: connector } });
      const linked = await newSession(server);
      await verifyOk(server, linked.token, sandboxKeys.smallCompanyAdmin);
      await server.idle();
      const { accountId } = await confirmOk(server, linked.token);
      const pending = await newSession(server);
      await verifyOk(server, pending.token, sandboxKeys.midCompanyAdmin);
      await server.idle();
      await server.close();

      const database = createDatabase(storage.config());
      try {
        expect(await rotateEncryptionKeys(database, [newKey, oldKey])).toEqual({
          accounts: 1,
          sessions: 1,
        });
        expect(await rotateEncryptionKeys(database, [newKey, oldKey])).toEqual({
          accounts: 0,
          sessions: 0,
        });
      } finally {
        await database.destroy();
      }

      const rotated = deployment.start({
        connectors: { lattice: connector },
        encryptionKeys: [newKey],
      });
      const users = await rotated.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      expect(users.status).toBe(200);
      IamUserList.parse(await bodyOf(users));
      expect((await confirmOk(rotated, pending.token)).mode).toBe('create');
    });
  });
}
