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
      for (const server of servers.splice(0)) await server.close();
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
