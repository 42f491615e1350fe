import { Writable } from 'node:stream';
import type { Connector } from '@keylink/contract';
import { createKeylinkServer, createLogger, generateEncryptionKey } from '../index';
import type { KeylinkServer, KeylinkServerOptions } from '../index';
import type { TestStorage } from './testDatabases';

export const testSecretKey = 'test-secret-key-0123456789';
export const testOrigin = 'https://host.example';

/** A mutable clock tests move by hand. */
export function createTestClock(start = Date.parse('2026-01-05T10:00:00.000Z')) {
  let current = start;
  return {
    now: () => new Date(current),
    advance: (ms: number) => {
      current += ms;
    },
  };
}

/** Every log line the servers of one test wrote, as text. */
export function createLogCapture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

export interface TestServerOptions extends Partial<Omit<KeylinkServerOptions, 'database'>> {
  connectors: Record<string, Connector>;
}

/** Servers on one storage share keys, like instances of one deployment. */
export function createTestDeployment(
  storage: TestStorage,
  encryptionKeys = [generateEncryptionKey()],
) {
  const servers: KeylinkServer[] = [];
  const capture = createLogCapture();
  return {
    logLines: capture.lines,
    start(options: TestServerOptions): KeylinkServer {
      const server = createKeylinkServer({
        database: storage.config(),
        secretKey: testSecretKey,
        encryptionKeys,
        allowedOrigins: [testOrigin],
        logger: capture.logger,
        ...options,
      });
      servers.push(server);
      return server;
    },
    async close() {
      for (const server of servers.splice(0)) {
        // Closing before migrations end would let them run on after the storage is dropped.
        await server.ready.catch(() => undefined);
        await server.close();
      }
      await storage.drop();
    },
  };
}

/** Builds requests with the right headers. */
export function hostRequest(path: string, init: { method?: string; body?: unknown } = {}): Request {
  return new Request(`http://keylink.test${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${testSecretKey}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

export function widgetRequest(
  token: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Request {
  return new Request(`http://keylink.test${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      origin: testOrigin,
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** An answer as the tests keep it: status, headers and the raw text they grep for keys. */
export interface Answer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  text: string;
}

/** Reads a response whole, for the tests that grep every answer for a key. */
export async function answerOf(response: Response | Promise<Response>): Promise<Answer> {
  const settled = await response;
  const text = await settled.text();
  return { status: settled.status, headers: Object.fromEntries(settled.headers), text };
}
