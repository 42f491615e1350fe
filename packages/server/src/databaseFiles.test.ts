import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, createKeylinkServer, createLogger, generateEncryptionKey } from './index';
import { createTestLattice } from './testing/testLattice';
import { testSecretKey } from './testing/testServer';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('SQLite files', () => {
  const dirs: string[] = [];
  let previousUmask: number | undefined;
  afterEach(() => {
    if (previousUmask !== undefined) process.umask(previousUmask);
    previousUmask = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('given a permissive umask, should still make the data folders 0700 and every database file 0600', async () => {
    // The loosest a host could have: nothing Keylink makes may rely on the umask to be private.
    previousUmask = process.umask(0);
    const root = mkdtempSync(join(tmpdir(), 'keylink-files-'));
    dirs.push(root);
    const file = join(root, 'data', 'nested', 'keylink.db');
    const database = createDatabase({ kind: 'sqlite', file });
    const server = createKeylinkServer({
      database,
      secretKey: testSecretKey,
      encryptionKeys: [generateEncryptionKey()],
      connectors: { lattice: createTestLattice().connector },
      logger: createLogger({ level: 'silent' }),
    });
    await server.ready;
    expect((await server.fetch(new Request('http://keylink.test/healthz'))).status).toBe(200);
    expect(modeOf(join(root, 'data'))).toBe(0o700);
    expect(modeOf(join(root, 'data', 'nested'))).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    expect(modeOf(`${file}-shm`)).toBe(0o600);
    await server.close();
    await database.destroy();
  });
});
