// Everything the benchmarks run on 127.0.0.1: the Lattice sandbox, Keylink in-process, and
// Keylink as its own process (the `keylink-server` command).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { serve } from '@hono/node-server';
import { createLatticeConnector } from '@keylink/lattice';
import { createKeylinkServer, createLogger, generateEncryptionKey } from '@keylink/server';
import type { DatabaseConfig, KeylinkServer } from '@keylink/server';

export const secretKey = 'bench-secret-key-0123456789abcdef';

interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Serves a fetch handler on 127.0.0.1 at a free port. */
export function listen(fetch: (request: Request) => Promise<Response>): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

/**
 * The Lattice sandbox (with the synthetic 2,500-person company) as a child process on loopback,
 * counting the requests it receives.
 */
export async function spawnSandbox(latencyMs: number) {
  const script = join(import.meta.dirname, '..', 'sandboxProcess.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(latencyMs)], {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`The sandbox exited (${code}).`)));
  });
  return {
    url,
    pid: child.pid,
    /** Lattice requests received since the last call. */
    takeRequestCount: async (): Promise<number> => {
      const answer: unknown = await (await fetch(`${url}/__bench/requests`)).json();
      return typeof answer === 'object' && answer !== null && 'count' in answer
        ? Number(answer.count)
        : Number.NaN;
    },
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The throughput floor (bench/floorServer.ts) as a child process: the flow's HTTP and Lattice
 * calls only, answering with `answers` (one real flow's three bodies).
 */
export async function spawnFloor(latticeUrl: string, answers: unknown) {
  const dir = tempDir();
  const file = join(dir.path, 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  const script = join(import.meta.dirname, '..', 'floorServer.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, latticeUrl, file], {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`The floor server exited (${code}).`)));
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('The floor server has no pid.');
  return {
    url,
    pid,
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      dir.remove();
    },
  };
}

export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'keylink-bench-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Keylink in this process, over HTTP, talking to Lattice at `latticeUrl`. */
export async function serveKeylink(latticeUrl: string, database?: DatabaseConfig) {
  const dir = tempDir();
  const keylink: KeylinkServer = createKeylinkServer({
    database: database ?? { kind: 'sqlite', file: join(dir.path, 'keylink.db') },
    secretKey,
    encryptionKeys: [generateEncryptionKey()],
    connectors: { lattice: createLatticeConnector({ baseUrl: latticeUrl }) },
    logger: createLogger({ level: 'warn' }),
  });
  await keylink.ready;
  const listening = await listen((request) => keylink.fetch(request));
  return {
    url: listening.url,
    keylink,
    close: async () => {
      await listening.close();
      await keylink.idle();
      await keylink.close();
      dir.remove();
    },
  };
}

/** The built `keylink-server` command (bin → dist/cli.js): `npm run bench` builds first. */
export const serverCommand = join(
  import.meta.dirname,
  '..',
  '..',
  'packages',
  'server',
  'bin',
  'keylink-server.mjs',
);

/** Resident set size now and at its peak (VmHWM), in bytes, from /proc (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) =>
    Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) * 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/**
 * The `keylink-server` command as a child process on a free loopback port (`command`: another
 * build of it, to compare two).
 */
export async function spawnKeylink(
  latticeUrl: string,
  databaseUrl?: string,
  command = serverCommand,
) {
  const dir = tempDir();
  const child: ChildProcess = spawn(process.execPath, [command], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      KEYLINK_DATA_DIR: dir.path,
      KEYLINK_SECRET_KEY: secretKey,
      KEYLINK_ENCRYPTION_KEY: generateEncryptionKey(),
      KEYLINK_LATTICE_BASE_URL: latticeUrl,
      KEYLINK_ALLOWED_ORIGINS: 'http://127.0.0.1',
      LOG_LEVEL: 'info',
      // One client address making hundreds of flows a second is exactly what Keylink's own
      // limits stop; the benchmarks measure the server's work, not its refusals.
      KEYLINK_RATE_LIMIT_SESSIONS_PER_MINUTE: '0',
      KEYLINK_RATE_LIMIT_VERIFY_PER_ADDRESS_PER_MINUTE: '0',
      ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    const timer = setTimeout(
      () => reject(new Error(`keylink-server did not start: ${stderr.join('')}`)),
      30_000,
    );
    lines.on('line', (line) => {
      const found = /listening on (http:\/\/[^\s"]+)/.exec(line);
      if (found?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`keylink-server exited (${code}): ${stderr.join('')}`));
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('keylink-server has no pid.');
  return {
    url,
    pid,
    memory: () => memoryOf(pid),
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      dir.remove();
    },
  };
}
