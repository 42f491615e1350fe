// Throughput: complete link flows per second (create session → verify → confirm) through the
// `keylink-server` command, run as its own process on loopback, on SQLite and on Postgres, by a
// fixed number of concurrent clients for a fixed time. Lattice (the sandbox, its own process)
// answers without added latency, so the server is the bottleneck being measured.
import { randomBytes, randomUUID } from 'node:crypto';
import { sandboxKeys } from '@keylink/lattice/sandbox';
import pg from 'pg';
import { confirm, createSession, verify } from './lib/keylinkClient';
import { spawnKeylink, spawnSandbox } from './lib/loopback';
import { printTable, writeResult } from './lib/report';
import { round, summarize } from './lib/stats';

interface ThroughputOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  postgresUrl: string;
}

/** A fresh database on the Postgres server, dropped by drop(). */
async function isolatedPostgres(url: string) {
  const name = `keylink_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    url: databaseUrl.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

async function measure(serverUrl: string, options: ThroughputOptions) {
  const latencies: number[] = [];
  let failures = 0;
  let flows = 0;
  const warmEnds = performance.now() + options.warmupMs;
  const ends = warmEnds + options.durationMs;
  let worker = 0;
  const run = async (id: number) => {
    for (let n = 0; performance.now() < ends; n += 1) {
      const started = performance.now();
      try {
        const token = await createSession(serverUrl, `org_${id}_${n}_${randomUUID()}`);
        await verify(serverUrl, token, sandboxKeys.smallCompanyAdmin);
        await confirm(serverUrl, token, randomUUID());
        const finished = performance.now();
        if (started >= warmEnds && finished <= ends) {
          flows += 1;
          latencies.push(finished - started);
        }
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, () => run((worker += 1))));
  return {
    flows,
    failures,
    flowsPerSecond: round(flows / (options.durationMs / 1000), 1),
    flowMs: summarize(latencies),
  };
}

export async function throughput(options: ThroughputOptions) {
  const sandbox = await spawnSandbox(0);
  const results: Record<string, unknown> = {};
  const rows = [];
  try {
    const targets: { name: string; databaseUrl?: string; drop?: () => Promise<void> }[] = [
      { name: 'sqlite' },
    ];
    try {
      const database = await isolatedPostgres(options.postgresUrl);
      targets.push({ name: 'postgres', databaseUrl: database.url, drop: database.drop });
    } catch (error) {
      console.warn(
        `[bench] Postgres at ${options.postgresUrl} is not reachable: SKIPPED (${String(error)})`,
      );
    }
    for (const target of targets) {
      const server = await spawnKeylink(sandbox.url, target.databaseUrl);
      try {
        const figures = await measure(server.url, options);
        results[target.name] = { ...figures, concurrency: options.concurrency };
        rows.push({
          database: target.name,
          clients: options.concurrency,
          'flows/s': figures.flowsPerSecond,
          'flow p50 ms': figures.flowMs.p50,
          'flow p95 ms': figures.flowMs.p95,
          flows: figures.flows,
          failures: figures.failures,
        });
      } finally {
        await server.close();
        await target.drop?.();
      }
    }
  } finally {
    await sandbox.close();
  }
  printTable(
    `Throughput: complete link flows (session → verify → confirm) through keylink-server, ${options.durationMs / 1000} s`,
    rows,
  );
  const figures = { latticeLatencyMs: 0, durationMs: options.durationMs, ...results };
  writeResult('throughput', figures);
  return figures;
}
