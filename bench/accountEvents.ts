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

export interface AccountEventsOptions {
  latencyMs: number;
  /** Accounts linked, then all checked once. */
  accounts: number;
  /** Events timed to the webhook endpoint (one link and one deletion per two). */
  events: number;
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

/** Links `count` accounts, `parallel` flows at a time; returns their ids. */
async function linkAccounts(url: string, count: number, parallel = 16): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next += 1;
        const token = await createSession(url, `org_${randomUUID()}`);
        await verify(url, token, sandboxKeys.smallCompanyAdmin);
        ids.push((await confirm(url, token, randomUUID())).accountId);
      }
    }),
  );
  return ids;
}

async function checkedTimes(url: string): Promise<number[]> {
  const times: number[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${url}/v1/accounts?${query}`, {
      headers: { authorization: `Bearer ${secretKey}` },
    });
    const page = AccountList.parse(await response.json());
    for (const account of page.data) {
      if (account.lastCheckedAt !== null) times.push(Date.parse(account.lastCheckedAt));
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return times;
}

async function keyHealthRate(options: AccountEventsOptions, latticeUrl: string) {
  const dir = tempDir();
  const file = join(dir.path, 'keylink.db');
  const encryptionKey = generateEncryptionKey();
  try {
    const linking = await keylinkOn(file, latticeUrl, encryptionKey, {
      keyHealthIntervalSeconds: 0,
    });
    await linkAccounts(linking.url, options.accounts);
    await linking.close();
    // One instance, every account due within a second: its checks run back to back.
    const checking = await keylinkOn(file, latticeUrl, encryptionKey, {
      keyHealthIntervalSeconds: 1,
    });
    let times: number[] = [];
    while (times.length < options.accounts) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      times = await checkedTimes(checking.url);
    }
    await checking.close();
    const spanMs = Math.max(...times) - Math.min(...times);
    return {
      accounts: options.accounts,
      spanMs,
      accountsPerMinute: Math.round(((options.accounts - 1) / spanMs) * 60_000),
    };
  } finally {
    dir.remove();
  }
}

async function webhookDelay(options: AccountEventsOptions, latticeUrl: string) {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const verifier = new Webhook(secret);
  const delays: number[] = [];
  const receiver = await listen(async (request) => {
    const body = await request.text();
    const payload = AccountEventPayload.parse(
      verifier.verify(body, Object.fromEntries(request.headers)),
    );
    delays.push(Date.now() - Date.parse(payload.timestamp));
    return new Response(null, { status: 204 });
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
    while (delays.length < options.events) await new Promise((r) => setTimeout(r, 50));
    return summarize(delays);
  } finally {
    await keylink.close();
    await receiver.close();
    dir.remove();
  }
}

export async function accountEvents(options: AccountEventsOptions) {
  const sandbox = await spawnSandbox(options.latencyMs);
  try {
    const health = await keyHealthRate(options, sandbox.url);
    const latticeRequests = await sandbox.takeRequestCount();
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
    const figures = {
      latticeLatencyMs: options.latencyMs,
      keyHealth: { ...health, latticeRequestsDuringLinkAndCheck: latticeRequests },
      webhookDelayMs: delay,
      note: 'Delay: from the event (its timestamp) to the signed POST verified by the receiver.',
    };
    writeResult('accountEvents', figures);
    return { ...figures, webhookDelayP50Ms: round(delay.p50), webhookDelayP95Ms: round(delay.p95) };
  } finally {
    await sandbox.close();
  }
}
