import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HealthResponse } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import {
  createDatabase,
  createEncryption,
  createKeylinkServer,
  createLogger,
  generateEncryptionKey,
} from './index';
import { confirmOk, newSession, verifyOk } from './testing/flow';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { testSecretKey } from './testing/testServer';

// The command from source (tsx); the consumer tests (scripts/consumer) run the built one.
const bin = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'scripts',
  'keylink-server-dev.mjs',
);

/** Runs the command to its end, with everything it printed. */
function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('keylink-server command', () => {
  it('given no configuration, should start on SQLite, answer /healthz and stop on SIGTERM', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'keylink-bin-'));
    const child = spawn(process.execPath, [bin], {
      cwd,
      env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += String(chunk);
          const match = /listening on (http:\/\/[^"\s]+)/.exec(output);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const response = await fetch(`${url}/healthz`);
      expect(HealthResponse.parse(await response.json())).toEqual({
        status: 'ok',
        database: 'sqlite',
      });
      expect(statSync(join(cwd, '.keylink', 'keylink.db')).mode & 0o777).toBe(0o600);
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 30_000);

  it('should re-encrypt stored credentials with rotate-keys, refuse production without keys and refuse keys that open nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'keylink-rotate-'));
    const oldKey = generateEncryptionKey();
    const newKey = generateEncryptionKey();
    try {
      const database = createDatabase({ kind: 'sqlite', file: join(dataDir, 'keylink.db') });
      const server = createKeylinkServer({
        database,
        secretKey: testSecretKey,
        encryptionKeys: [oldKey],
        connectors: { lattice: createTestLattice().connector },
        logger: createLogger({ level: 'silent' }),
      });
      const { token } = await newSession(server);
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      await server.idle();
      await confirmOk(server, token);
      await server.close();
      await database.destroy();

      // Production, without KEYLINK_SECRET_KEY: rotating never uses it, so never asks for it.
      const env = {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        KEYLINK_DATA_DIR: dataDir,
        KEYLINK_ENCRYPTION_KEY: newKey,
        KEYLINK_ENCRYPTION_KEYS_OLD: oldKey,
      };
      const rotated = await run(['rotate-keys'], env);
      expect(rotated.output).toContain('Re-encrypted 1 account credential(s)');
      expect(rotated.code).toBe(0);

      const refused = await run([], { PATH: process.env.PATH, NODE_ENV: 'production' });
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('KEYLINK_ENCRYPTION_KEY');

      // Only the retired key: the command refuses to start and names the key it needs.
      const stale = await run([], {
        PATH: process.env.PATH,
        KEYLINK_DATA_DIR: dataDir,
        KEYLINK_ENCRYPTION_KEY: oldKey,
        PORT: '0',
        HOST: '127.0.0.1',
      });
      expect(stale.code).toBe(1);
      expect(stale.output).toContain(
        `encrypted with key ${createEncryption([newKey]).currentKeyId}`,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
