import { randomUUID } from 'node:crypto';
import { ErrorBody } from '@keylink/contract';
import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox } from '@keylink/lattice/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeylinkServer, generateEncryptionKey } from '../index';
import type { KeylinkServer } from '../index';
import { faults } from './faults';
import type { Fault } from './faults';
import {
  call,
  captureLogs,
  confirm,
  createSession,
  json,
  listAllAccounts,
  secretKey,
  sqliteDatabase,
  verify,
} from './harness';

// One server for the whole matrix; each fault gets its own session and its own key.
const database = sqliteDatabase();
const logs = captureLogs();
let fault: Fault | undefined;
const requests = new Map<string, number>();
const waits: number[] = [];
const sandbox = createLatticeSandbox({
  intercept: async (request) => {
    const path = new URL(request.url).pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    return fault?.answer(request);
  },
});
// The connector's own retry policy (3 attempts, 500 ms base) with waits recorded, not slept.
const connector = createLatticeConnector({
  baseUrl: 'https://lattice.test',
  fetch: sandbox.fetch,
  timeoutMs: 200,
  deadlineMs: 15_000,
  random: () => 0.5,
  sleep: async (ms) => {
    waits.push(ms);
  },
});
let server: KeylinkServer;
const answers: string[] = [];
const keys: string[] = [];

beforeAll(async () => {
  server = createKeylinkServer({
    database: database.config(),
    secretKey,
    encryptionKeys: [generateEncryptionKey()],
    connectors: { lattice: connector },
    logger: logs.logger,
  });
  await server.ready;
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

describe('given Lattice fails in each known way during verify', () => {
  it.each(faults)(
    'given $name, should answer its typed error after the specified retries',
    async (current) => {
      fault = current;
      requests.clear();
      waits.length = 0;
      const apiKey = randomUUID();
      keys.push(apiKey);
      const { token } = await createSession(server, `org_${current.name.replace(/\W+/g, '_')}`);

      const answer = await verify(server, token, apiKey);
      answers.push(answer.text);
      const { error } = ErrorBody.parse(json(answer.text));

      expect({ status: answer.status, code: error.code }).toEqual({
        status: current.status,
        code: current.code,
      });
      if (current.message !== undefined) expect(error.message).toMatch(current.message);
      expect(error.retryAfterSeconds).toBe(current.retryAfterSeconds);
      expect(answer.headers['retry-after']).toBe(current.retryAfterSeconds?.toString());
      expect(Object.fromEntries(requests)).toEqual({
        '/v1/me': current.attemptsPerPath,
        '/v1/users': current.attemptsPerPath,
      });
      expect(waits.toSorted((a, b) => a - b)).toEqual(current.waits);

      const confirmed = await confirm(server, token, randomUUID());
      answers.push(confirmed.text);
      expect(ErrorBody.parse(json(confirmed.text)).error.code).toBe('session_not_verified');
    },
  );

  it('should have created no account through any of them', async () => {
    fault = undefined;
    expect(await listAllAccounts(server)).toEqual([]);
  });

  it('should never have put a key in a log line or an answer', async () => {
    await server.idle();
    const preview = await call(server, '/v1/accounts', { token: secretKey });
    answers.push(preview.text);
    expect(logs.lines.length).toBeGreaterThan(faults.length);
    expect(keys).toHaveLength(faults.length);
    for (const key of keys) {
      expect(logs.lines.filter((line) => line.includes(key))).toEqual([]);
      expect(answers.filter((text) => text.includes(key))).toEqual([]);
    }
  });
});
