// Account events: how many accounts one instance key-checks per minute against the sandbox at
// 50 ms latency, and how long an account event takes to reach the host's webhook endpoint.
// Keylink runs in this process (SQLite), the sandbox in its own, the receiver on loopback; the
// receiver checks every signature with standardwebhooks, as a host would.
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AccountList, AccountEventPayload } from '@keylink/contract';
import { createLatticeConnector } from '@keylink/lattice';
import { sandboxKeys } from '@keylink/lattice/sandbox';
import { createKeylinkServer, createLogger, generateEncryptionKey } from '@keylink/server';
import type { KeylinkServerOptions } from '@keylink/server';
import { Webhook } from 'standardwebhooks';
import { confirm, createSession, verify } from './lib/keylinkClient';
import { listen, secretKey, spawnSandbox, tempDir } from './lib/loopback';
import { printTable, writeResult } from './lib/report';
import { round, summarize } from './lib/stats';
import type { Verdict } from './lib/verdicts';

interface AccountEventsOptions {
  latencyMs: number;
  /** Accounts linked, then all checked once. */
  accounts: number;
  /** Events timed to the webhook endpoint (one link and one deletion per two). */
  events: number;
  /** Checks before the measured window, then its length. */
  warmupMs: number;
  windowMs: number;
}

type Options = Omit<
  KeylinkServerOptions,
  'database' | 'secretKey' | 'connectors' | 'encryptionKeys'
>;

async function keylinkOn(
  file: string,
  latticeUrl: string,
  encryptionKey: string,
  options: Options,
) {
  const keylink = createKeylinkServer({
    database: { kind: 'sqlite', file },
    secretKey,
    connectors: { lattice: createLatticeConnector({ baseUrl: latticeUrl }) },
    logger: createLogger({ level: 'error' }),
    ...options,
    encryptionKeys: [encryptionKey],
  });
  await keylink.ready;
  const listening = await listen((request) => keylink.fetch(request));
  return {
    url: listening.url,
    close: async () => {
      await listening.close();
      await keylink.close();
    },
  };
}

/**
 * One link flow, started again when the connection drops (on a loaded machine a kept-alive
 * socket can be reset under the client): linking is the setup here, not what is measured.
 */
async function linkOne(url: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const token = await createSession(url, `org_${randomUUID()}`);
      await verify(url, token, sandboxKeys.smallCompanyAdmin);
      return (await confirm(url, token, randomUUID())).accountId;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Links `count` accounts, `parallel` flows at a time; returns their ids. */
async function linkAccounts(url: string, count: number, parallel = 16): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next += 1;
        ids.push(await linkOne(url));
      }
    }),
  );
  return ids;
}

async function allChecked(url: string): Promise<boolean> {
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${url}/v1/accounts?${query}`, {
      headers: { authorization: `Bearer ${secretKey}` },
    });
    const page = AccountList.parse(await response.json());
    if (page.data.some((account) => account.lastCheckedAt === null)) return false;
    cursor = page.nextCursor;
  } while (cursor !== null);
  return true;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Accounts due faster than one instance can check them (every account every second), so the
 * instance checks back to back: its rate is the Lattice requests it made in a window, two per
 * check (`/v1/me` and one user).
 */
async function keyHealthRate(
  options: AccountEventsOptions,
  sandbox: Awaited<ReturnType<typeof spawnSandbox>>,
) {
  const dir = tempDir();
  const file = join(dir.path, 'keylink.db');
  const encryptionKey = generateEncryptionKey();
  try {
    const linking = await keylinkOn(file, sandbox.url, encryptionKey, {
      keyHealthIntervalSeconds: 0,
    });
    await linkAccounts(linking.url, options.accounts);
    await linking.close();
    const checking = await keylinkOn(file, sandbox.url, encryptionKey, {
      keyHealthIntervalSeconds: 1,
    });
    try {
      await sleep(options.warmupMs);
      await sandbox.takeRequestCount();
      const started = performance.now();
      await sleep(options.windowMs);
      const requests = await sandbox.takeRequestCount();
      const windowMs = performance.now() - started;
      while (!(await allChecked(checking.url))) await sleep(250);
      const checks = requests / 2;
      return {
        accounts: options.accounts,
        windowMs: Math.round(windowMs),
        checks,
        accountsPerMinute: Math.round((checks / windowMs) * 60_000),
        everyAccountChecked: true,
      };
    } finally {
      await checking.close();
    }
  } finally {
    dir.remove();
  }
}

async function webhookDelay(options: AccountEventsOptions, latticeUrl: string) {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const verifier = new Webhook(secret);
  // By webhook-id: a retried delivery counts once, at its first arrival.
  const delays = new Map<string, number>();
  let refused = 0;
  const receiver = await listen(async (request) => {
    const body = await request.text();
    try {
      const payload = AccountEventPayload.parse(
        verifier.verify(body, Object.fromEntries(request.headers)),
      );
      const id = request.headers.get('webhook-id') ?? '';
      if (!delays.has(id)) delays.set(id, Date.now() - Date.parse(payload.timestamp));
      return new Response(null, { status: 204 });
    } catch {
      refused += 1;
      return new Response(null, { status: 400 });
    }
  });
  const dir = tempDir();
  const keylink = await keylinkOn(
    join(dir.path, 'keylink.db'),
    latticeUrl,
    generateEncryptionKey(),
    {
      keyHealthIntervalSeconds: 0,
      webhooks: { url: receiver.url, secret },
    },
  );
  try {
    const ids = await linkAccounts(keylink.url, options.events / 2, 4);
    for (const id of ids) {
      await fetch(`${keylink.url}/v1/accounts/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${secretKey}` },
      });
    }
    while (delays.size < options.events) await new Promise((r) => setTimeout(r, 50));
    if (refused > 0) throw new Error(`${refused} webhook(s) failed verification`);
    return summarize([...delays.values()]);
  } finally {
    await keylink.close();
    await receiver.close();
    dir.remove();
  }
}

/** 10,000 accounts checked once per 6-hour interval by one instance. */
const keyChecksPerMinuteTarget = 28;

export async function accountEvents(options: AccountEventsOptions) {
  const sandbox = await spawnSandbox(options.latencyMs);
  try {
    const health = await keyHealthRate(options, sandbox);
    const delay = await webhookDelay(options, sandbox.url);
    printTable(
      `Account events: key checks at ${options.latencyMs} ms Lattice latency, webhook delay`,
      [
        {
          'accounts checked': health.accounts,
          'checks/min (one instance)': health.accountsPerMinute,
          'webhook delay p50 ms': delay.p50,
          'webhook delay p95 ms': delay.p95,
          events: delay.n,
        },
      ],
    );
    const verdicts: Verdict[] = [
      {
        name: 'key checks per minute, one instance (10,000 accounts per 6 h)',
        target: `≥ ${keyChecksPerMinuteTarget}/min`,
        measured: `${health.accountsPerMinute}/min`,
        met: health.accountsPerMinute >= keyChecksPerMinuteTarget,
      },
    ];
    const figures = {
      latticeLatencyMs: options.latencyMs,
      keyHealth: health,
      webhookDelayMs: delay,
      note: 'Delay: from the event (its timestamp) to the signed POST verified by the receiver.',
      verdicts,
    };
    writeResult('accountEvents', figures);
    return { ...figures, webhookDelayP50Ms: round(delay.p50), webhookDelayP95Ms: round(delay.p95) };
  } finally {
    await sandbox.close();
  }
}
