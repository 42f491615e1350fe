import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HealthResponse } from '@keylink/contract';
import { describe, expect, it } from 'vitest';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'keylink-server.mjs');

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
});
