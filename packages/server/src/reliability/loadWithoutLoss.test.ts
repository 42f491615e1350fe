import { randomUUID } from 'node:crypto';
import { ConfirmResponse } from '@keylink/contract';
import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox, sandboxKeys } from '@keylink/lattice/sandbox';
import { describe, expect, it } from 'vitest';
import type { KeylinkServer } from '../index';
import { confirm, listAllAccounts, newSession, parseBody, verify } from '../testing/flow';
import { postgresStorage, postgresUrl, sqliteStorage } from '../testing/testDatabases';
import type { TestStorage } from '../testing/testDatabases';
import { answerOf, createTestDeployment } from '../testing/testServer';

const flows = 200;

if (postgresUrl === null) {
  console.warn(
    '\n[keylink/server reliability] KEYLINK_TEST_POSTGRES_URL is not set: the Postgres load test (two instances, one killed mid-run) is SKIPPED. Run it with KEYLINK_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test.\n',
  );
}

/** A deployment: instances on one database, sharing keys, behind a round-robin "balancer". */
function createDeployment(storage: TestStorage) {
  // A few milliseconds of Lattice latency, so the flows really overlap.
  const sandbox = createLatticeSandbox({ latencyMs: 3 });
  const deployment = createTestDeployment(storage);
  const start = (): KeylinkServer =>
    deployment.start({
      connectors: {
        lattice: createLatticeConnector({ baseUrl: 'https://lattice.test', fetch: sandbox.fetch }),
      },
      maxVerifyAttempts: 20,
    });
  const instances: KeylinkServer[] = [];
  let turn = 0;
  let killAt: number | undefined;
  let killed: Promise<void> | undefined;
  /** The killed instance the balancer has not noticed yet: replaced at turn `at`. */
  let pending: { index: number; at: number } | undefined;

  /**
   * Kills instance 0 with its work in flight: close() lets its open calls finish or answers
   * them with an error, so each one settles. The balancer keeps sending it requests for 40 more
   * picks (they are refused and sent again elsewhere), then a new instance on the same database
   * takes its place.
   */
  async function kill(): Promise<void> {
    const dying = instances[0];
    if (dying === undefined) return;
    await dying.close();
    pending = { index: 0, at: turn + 40 };
  }

  return {
    servers: () => [...instances],
    start: () => instances.push(start()),
    /** Kill instance 0 when the balancer makes its `at`-th pick. */
    killAtPick: (at: number) => {
      killAt = at;
    },
    killed: () => killed,
    pick: (): KeylinkServer => {
      turn += 1;
      if (turn === killAt) killed = kill();
      if (pending !== undefined && turn >= pending.at) {
        instances[pending.index] = start();
        pending = undefined;
      }
      const instance = instances[turn % instances.length];
      if (instance === undefined) throw new Error('No instance is running.');
      return instance;
    },
    close: async () => {
      for (const instance of instances) {
        await instance.ready.catch(() => undefined);
        await instance.idle();
      }
      // Closes every instance it started (the killed one is closed already) and drops the storage.
      await deployment.close();
    },
  };
}

type Deployment = ReturnType<typeof createDeployment>;

/**
 * One step, sent again to another instance when one failed it with a 5xx (a closing instance
 * answers with one), as a load balancer or the widget would; any 4xx is a failure.
 */
async function step(
  deployment: Deployment,
  send: (server: KeylinkServer) => Promise<{ status: number; text: string }>,
  expected: number,
  failures: { count: number },
): Promise<string> {
  let failed: KeylinkServer | undefined;
  for (let attempt = 1; ; attempt += 1) {
    let instance = deployment.pick();
    for (let tries = 0; instance === failed && tries < 4; tries += 1) instance = deployment.pick();
    const answer = await send(instance).catch(() => undefined);
    if (answer?.status === expected) return answer.text;
    if (answer !== undefined && answer.status < 500) {
      throw new Error(`Expected ${expected}, got ${answer.status}: ${answer.text}`);
    }
    failures.count += 1;
    failed = instance;
    if (attempt === 5) throw new Error(`Five attempts failed: ${answer?.text ?? 'no answer'}`);
  }
}

/** Session → verify → confirm twice at once with one Idempotency-Key (a double click). */
async function linkFlow(deployment: Deployment, index: number, failures: { count: number }) {
  const originOwnerId = `org_load_${index}`;
  let token = '';
  await step(
    deployment,
    async (server) => {
      token = (await newSession(server, { originOwnerId })).token;
      return { status: 201, text: '' };
    },
    201,
    failures,
  );
  await step(
    deployment,
    (server) => answerOf(verify(server, token, sandboxKeys.smallCompanyAdmin)),
    200,
    failures,
  );
  const idempotencyKey = randomUUID();
  const answers = await Promise.all(
    [0, 1].map(() =>
      step(deployment, (server) => answerOf(confirm(server, token, idempotencyKey)), 200, failures),
    ),
  );
  const [first, second] = answers.map((text) => ConfirmResponse.parse(parseBody(text)).accountId);
  expect(second).toBe(first);
  return { originOwnerId, accountId: first ?? '' };
}

/** Every organisation has exactly the account its confirm answered: none lost, none doubled. */
async function expectEachLinkedOnce(
  deployment: Deployment,
  linked: { originOwnerId: string; accountId: string }[],
) {
  const accounts = await listAllAccounts(deployment.pick());
  expect(accounts).toHaveLength(flows);
  expect(new Set(accounts.map((account) => account.originOwnerId)).size).toBe(flows);
  const byOwner = new Map(accounts.map((account) => [account.originOwnerId, account.id]));
  for (const { originOwnerId, accountId } of linked) {
    expect(byOwner.get(originOwnerId)).toBe(accountId);
  }
}

describe('given 200 concurrent complete link flows', () => {
  it('given SQLite, should link every organisation exactly once', async () => {
    const deployment = createDeployment(sqliteStorage());
    deployment.start();
    const failures = { count: 0 };
    try {
      const linked = await Promise.all(
        Array.from({ length: flows }, (_, index) => linkFlow(deployment, index, failures)),
      );
      expect(failures.count).toBe(0);
      await expectEachLinkedOnce(deployment, linked);
    } finally {
      await deployment.close();
    }
  }, 60_000);

  it.runIf(postgresUrl !== null)(
    'given Postgres and two instances, one killed and restarted mid-run, should link every organisation exactly once',
    async () => {
      const deployment = createDeployment(postgresStorage(postgresUrl ?? '', 6));
      deployment.start();
      deployment.start();
      await Promise.all(deployment.servers().map((server) => server.ready));
      const failures = { count: 0 };
      // 800 picks in all (session, verify, two confirms per flow): kill during the verifies.
      deployment.killAtPick(300);
      try {
        const linked = await Promise.all(
          Array.from({ length: flows }, (_, index) => linkFlow(deployment, index, failures)),
        );
        expect(deployment.killed()).toBeDefined();
        await deployment.killed();
        await expectEachLinkedOnce(deployment, linked);
        console.info(
          `[reliability] Postgres: ${failures.count} steps failed with the killed instance and were sent to the other one.`,
        );
      } finally {
        await deployment.close();
      }
    },
    60_000,
  );
});
