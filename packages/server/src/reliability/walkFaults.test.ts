import { randomUUID } from 'node:crypto';
import { PreviewResponse } from '@keylink/contract';
import type { ErrorCode } from '@keylink/contract';
import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox, sandboxKeys } from '@keylink/lattice/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeylinkServer } from '../index';
import { confirm, newSession, parseBody, verify } from '../testing/flow';
import { sqliteStorage } from '../testing/testDatabases';
import { answerOf, createTestDeployment, widgetRequest } from '../testing/testServer';

interface WalkFault {
  name: string;
  answer: (request: Request) => Response | Promise<Response>;
  code: ErrorCode;
  /** Requests for the failing page: the connector's retry policy again. */
  attempts: number;
}

const never = (request: Request) =>
  new Promise<Response>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });

const walkFaults: readonly WalkFault[] = [
  {
    name: '500s',
    answer: () => Response.json({ error: 'Internal Server Error' }, { status: 500 }),
    code: 'provider_unavailable',
    attempts: 3,
  },
  {
    name: 'a revoked key',
    answer: () => new Response('Unauthorized', { status: 401 }),
    code: 'invalid_credentials',
    attempts: 1,
  },
  { name: 'a timeout', answer: never, code: 'provider_timeout', attempts: 1 },
  {
    name: 'malformed JSON',
    answer: () => new Response('{"object":"list","data":[{', { status: 200 }),
    code: 'provider_bad_response',
    attempts: 1,
  },
];

// The 250-person company: verify reads the first page; the walk fails on the second.
const deployment = createTestDeployment(sqliteStorage());
let fault: WalkFault | undefined;
let secondPageRequests = 0;
const sandbox = createLatticeSandbox({
  intercept: (request) => {
    if (fault === undefined || !new URL(request.url).searchParams.has('startingAfter')) {
      return undefined;
    }
    secondPageRequests += 1;
    return fault.answer(request);
  },
});
let server: KeylinkServer;

beforeAll(async () => {
  server = deployment.start({
    connectors: {
      lattice: createLatticeConnector({
        baseUrl: 'https://lattice.test',
        fetch: sandbox.fetch,
        timeoutMs: 200,
        random: () => 0.5,
        sleep: async () => {},
      }),
    },
  });
  await server.ready;
});

afterAll(() => deployment.close());

describe('given Lattice fails in the middle of the preview walk', () => {
  it.each(walkFaults)(
    'given $name, should end the preview failed with its typed error and keep what was seen',
    async (current) => {
      fault = current;
      secondPageRequests = 0;
      const { token } = await newSession(server, { originOwnerId: `org_walk_${randomUUID()}` });
      const verified = await verify(server, token, sandboxKeys.midCompanyAdmin);
      expect(verified.status).toBe(200);
      await server.idle();

      const answer = await answerOf(server.fetch(widgetRequest(token, '/v1/link/preview')));
      const { preview } = PreviewResponse.parse(parseBody(answer.text));
      expect(preview.status).toBe('failed');
      expect(preview.error?.code).toBe(current.code);
      expect(preview.sample.length).toBeGreaterThan(0);
      expect(preview.usersSeen).toBeGreaterThan(0);
      expect(secondPageRequests).toBe(current.attempts);
      expect(deployment.logLines.length).toBeGreaterThan(0);
      for (const line of deployment.logLines)
        expect(line).not.toContain(sandboxKeys.midCompanyAdmin);
      expect(answer.text).not.toContain(sandboxKeys.midCompanyAdmin);

      // The key was verified: the person may still link the account (its counts refresh later).
      fault = undefined;
      expect((await confirm(server, token, randomUUID())).status).toBe(200);
    },
  );
});
