import { randomUUID } from 'node:crypto';
import { ErrorBody } from '@keylink/contract';
import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox } from '@keylink/lattice/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeylinkServer } from '../index';
import { confirm, listAllAccounts, newSession, parseBody, verify } from '../testing/flow';
import { sqliteStorage } from '../testing/testDatabases';
import { answerOf, createTestDeployment, hostRequest } from '../testing/testServer';
import { faults } from './faults';
import type { Fault } from './faults';

// One server for the whole matrix; each fault gets its own session and its own key, and each
// case resets what it reads (the fault, the counts, the waits), so any one runs alone (-t).
const deployment = createTestDeployment(sqliteStorage());
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

beforeAll(async () => {
  server = deployment.start({ connectors: { lattice: connector } });
  await server.ready;
});

afterAll(() => deployment.close());

describe('given Lattice fails in each known way during verify', () => {
  it.each(faults)(
    'given $name, should answer its typed error after the specified retries, link nothing and never show the key',
    async (current) => {
      fault = current;
      requests.clear();
      waits.length = 0;
      const logLinesBefore = deployment.logLines.length;
      const apiKey = randomUUID();
      const originOwnerId = `org_${current.name.replace(/\W+/g, '_')}`;
      const { token } = await newSession(server, { originOwnerId });

      const answer = await answerOf(verify(server, token, apiKey));
      const { error } = ErrorBody.parse(parseBody(answer.text));

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

      const confirmed = await answerOf(confirm(server, token, randomUUID()));
      expect(ErrorBody.parse(parseBody(confirmed.text)).error.code).toBe('session_not_verified');

      fault = undefined;
      await server.idle();
      const accounts = await listAllAccounts(server);
      expect(accounts.filter((account) => account.originOwnerId === originOwnerId)).toEqual([]);
      const listed = await answerOf(server.fetch(hostRequest('/v1/accounts')));
      // This case's own log lines (there are some: the failed check is logged) and answers.
      const logLines = deployment.logLines.slice(logLinesBefore);
      expect(logLines.length).toBeGreaterThan(0);
      expect(logLines.filter((line) => line.includes(apiKey))).toEqual([]);
      for (const text of [answer.text, confirmed.text, listed.text]) {
        expect(text).not.toContain(apiKey);
      }
    },
  );
});
