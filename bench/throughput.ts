// Throughput: complete link flows per second (create session → verify → confirm) through the
// `keylink-server` command, run as its own process on loopback, on SQLite and on Postgres, by a
// fixed number of concurrent clients for a fixed time; the server's CPU time per complete flow
// (its process's user + system time over the measured window, from /proc); and the database
// statements each step of a flow sends (counted in this process, one flow at a time). Beside them,
// the floor: bench/floorServer.ts, a server doing only the flow's HTTP and Lattice calls, measured
// the same way in the same turns: what any implementation on this machine spends at least. Lattice
// (the sandbox, its own process) answers without added latency, so the server is the bottleneck
// being measured.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createLatticeConnector } from '@keylink/lattice';
import { sandboxKeys } from '@keylink/lattice/sandbox';
import {
  createDatabase,
  createKeylinkServer,
  createLogger,
  generateEncryptionKey,
} from '@keylink/server';
import type { DatabaseConfig, KeylinkDatabase } from '@keylink/server';
import pg from 'pg';
import { confirm, createSession, flowAnswers, verify } from './lib/keylinkClient';
import { listen, secretKey, spawnFloor, spawnKeylink, spawnSandbox, tempDir } from './lib/loopback';
import { printTable, writeResult } from './lib/report';
import { round, summarize } from './lib/stats';
import type { Verdict } from './lib/verdicts';

interface ThroughputOptions {
  concurrency: number;
  /** Flows before the first measured window of each database (JIT, pools, caches). */
  warmupMs: number;
  /** Measured time per database, split over `rounds`. */
  durationMs: number;
  postgresUrl: string;
  /**
   * The databases take turns this many times (SQLite, Postgres, Postgres, SQLite, …), so a
   * change in the machine's load during the run falls on both. @default 4
   */
  rounds?: number;
  /** Flows, one at a time, whose database statements are counted. @default 20 */
  countedFlows?: number;
  /** The command to run (A/B comparisons of two builds). @default the built keylink-server */
  serverCommand?: string;
}

/** Flows before each later turn's window, so it opens with every client mid-flow. */
const turnWarmupMs = 300;

export const throughputTargets = { postgresOverSqlite: 0.9, sqliteCpuMsPerFlow: 4 };

/** A fresh database on the Postgres server, dropped by drop(). */
export async function isolatedPostgres(url: string) {
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

// /proc/<pid>/stat counts CPU time in clock ticks: 100 a second on Linux (USER_HZ).
const ticksPerSecond = 100;

/** CPU time (user + system, every thread) a process has used so far, in milliseconds. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) in parentheses: state is field 3,
  // utime 14 and stime 15, so they are the 12th and 13th after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / ticksPerSecond;
}

/** CPU time of every Postgres server process (postmaster, backends, writers), in milliseconds. */
function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') {
        total += cpuMsOf(Number(entry));
      }
    } catch {
      // The process ended between listing and reading: its time is lost to both ends alike.
    }
  }
  return total;
}

/** Where a flow's CPU goes: each process taking part, in milliseconds so far. */
interface CpuByProcess {
  server: number;
  database: number;
  lattice: number;
  clients: number;
}

function cpuByProcess(serverPid: number, latticePid: number): CpuByProcess {
  const clients = process.cpuUsage();
  return {
    server: cpuMsOf(serverPid),
    database: postgresCpuMs(),
    lattice: cpuMsOf(latticePid),
    clients: (clients.user + clients.system) / 1000,
  };
}

/** One flow, as a host backend and the widget make it. */
async function oneFlow(serverUrl: string, client: string): Promise<void> {
  const token = await createSession(serverUrl, `org_${client}_${randomUUID()}`);
  await verify(serverUrl, token, sandboxKeys.smallCompanyAdmin);
  await confirm(serverUrl, token, randomUUID());
}

interface Window {
  flows: number;
  failures: number;
  latencies: number[];
  /** Flows that ended inside the window, wherever they began: what the CPU time paid for. */
  ended: number;
  cpuMs: number;
  /** CPU time each process spent in the window (the server's is `cpuMs`, read from /proc too). */
  cpuMsByProcess: CpuByProcess;
  ms: number;
}

/** `concurrency` clients making flows for `warmupMs`, then for `durationMs` measured. */
async function measureWindow(
  server: { url: string; pid: number },
  latticePid: number,
  concurrency: number,
  warmupMs: number,
  durationMs: number,
): Promise<Window> {
  const none: CpuByProcess = { server: 0, database: 0, lattice: 0, clients: 0 };
  const window: Window = {
    ...{ flows: 0, failures: 0, latencies: [], ended: 0, cpuMs: 0, cpuMsByProcess: none, ms: 0 },
  };
  const warmEnds = performance.now() + warmupMs;
  const ends = warmEnds + durationMs;
  let cpuAtStart: CpuByProcess | undefined;
  const startWindow = setTimeout(
    () => {
      cpuAtStart = cpuByProcess(server.pid, latticePid);
    },
    Math.max(0, warmEnds - performance.now()),
  );
  let cpuAtEnd: CpuByProcess | undefined;
  const endWindow = setTimeout(
    () => {
      cpuAtEnd = cpuByProcess(server.pid, latticePid);
    },
    Math.max(0, ends - performance.now()),
  );
  const run = async (client: number) => {
    while (performance.now() < ends) {
      const started = performance.now();
      try {
        await oneFlow(server.url, String(client));
        const finished = performance.now();
        if (finished >= warmEnds && finished <= ends) window.ended += 1;
        if (started >= warmEnds && finished <= ends) {
          window.flows += 1;
          window.latencies.push(finished - started);
        }
      } catch {
        window.failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, client) => run(client)));
  clearTimeout(startWindow);
  clearTimeout(endWindow);
  if (cpuAtStart === undefined || cpuAtEnd === undefined) {
    throw new Error('The measured window ended before its CPU time was read.');
  }
  const [start, end] = [cpuAtStart, cpuAtEnd];
  window.cpuMsByProcess = {
    server: end.server - start.server,
    database: end.database - start.database,
    lattice: end.lattice - start.lattice,
    clients: end.clients - start.clients,
  };
  window.cpuMs = window.cpuMsByProcess.server;
  window.ms = durationMs;
  return window;
}

/**
 * Database statements per step of a flow, counted by a Kysely plugin on the server's own database
 * (one flow at a time, the background walk awaited after verify so its statements are its own).
 * Transactions' begin and commit are not statements Kysely builds: they are not counted.
 */
async function countStatements(latticeUrl: string, config: DatabaseConfig, flows: number) {
  let step = 'startup';
  const counts = new Map<string, number>();
  const database = createDatabase(config);
  const counting: KeylinkDatabase = {
    kind: database.kind,
    prepare: () => database.prepare(),
    destroy: () => database.destroy(),
    db: database.db.withPlugin({
      transformQuery: (args) => {
        counts.set(step, (counts.get(step) ?? 0) + 1);
        return args.node;
      },
      transformResult: async (args) => args.result,
    }),
  };
  const keylink = createKeylinkServer({
    database: counting,
    secretKey,
    encryptionKeys: [generateEncryptionKey()],
    connectors: { lattice: createLatticeConnector({ baseUrl: latticeUrl }) },
    logger: createLogger({ level: 'warn' }),
    // As the command in the benchmark runs: a limit on verify per session, none on the rest.
    rateLimits: { sessionsPerSecretKeyPerMinute: 0, verifyPerAddressPerMinute: 0 },
  });
  await keylink.ready;
  const listening = await listen((request) => keylink.fetch(request));
  try {
    // One flow first: the background jobs' first rounds are not a flow's statements.
    await oneFlow(listening.url, 'warm');
    await keylink.idle();
    counts.clear();
    for (let flow = 0; flow < flows; flow += 1) {
      step = 'session';
      const token = await createSession(listening.url, `org_count_${randomUUID()}`);
      step = 'verify';
      await verify(listening.url, token, sandboxKeys.smallCompanyAdmin);
      step = 'walk';
      await keylink.idle();
      step = 'confirm';
      await confirm(listening.url, token, randomUUID());
      step = 'after';
      await keylink.idle();
    }
  } finally {
    await listening.close();
    await keylink.close();
    await database.destroy();
  }
  const perFlow = (name: string) => round((counts.get(name) ?? 0) / flows, 1);
  const steps = { session: perFlow('session'), verify: perFlow('verify'), walk: perFlow('walk') };
  const rest = { confirm: perFlow('confirm'), afterConfirm: perFlow('after') };
  const total = round([...counts.values()].reduce((sum, n) => sum + n, 0) / flows, 1);
  return { ...steps, ...rest, total };
}

interface Target {
  /** `floor`: bench/floorServer.ts, the flow's HTTP and Lattice calls and nothing else. */
  name: 'sqlite' | 'postgres' | 'floor';
  server: { url: string; pid: number; close(): Promise<void> };
  /** The database whose statements are counted (none for the floor). */
  config?: DatabaseConfig;
  windows: Window[];
  drop?: () => Promise<void>;
}

function figuresOf(target: Target, concurrency: number) {
  const sum = (pick: (window: Window) => number) =>
    target.windows.reduce((total, window) => total + pick(window), 0);
  const ms = sum((window) => window.ms);
  // Flows per second: flows that ended in the windows (the clients are never idle, so this is
  // the server's rate); the latencies are those of flows that began and ended in a window.
  const ended = sum((window) => window.ended);
  return {
    concurrency,
    flows: ended,
    failures: sum((window) => window.failures),
    flowsPerSecond: round(ended / (ms / 1000), 1),
    flowMs: summarize(target.windows.flatMap((window) => window.latencies)),
    cpuMsPerFlow: round(sum((window) => window.cpuMs) / Math.max(1, ended), 2),
    /**
     * Every process's CPU per flow. On a machine with few cores, their sum bounds the rate:
     * flows/s ≤ cores × 1000 ÷ total, whatever the server does on its own.
     */
    cpuMsPerFlowByProcess: Object.fromEntries(
      (['server', 'database', 'lattice', 'clients'] as const).map((part) => [
        part,
        round(sum((window) => window.cpuMsByProcess[part]) / Math.max(1, ended), 2),
      ]),
    ) as Record<keyof CpuByProcess, number>,
    flowsPerSecondByRound: target.windows.map((window) =>
      round(window.ended / (window.ms / 1000), 1),
    ),
  };
}

export async function throughput(options: ThroughputOptions) {
  const rounds = options.rounds ?? 4;
  const sandbox = await spawnSandbox(0);
  if (sandbox.pid === undefined) throw new Error('The sandbox has no pid.');
  const dir = tempDir();
  const targets: Target[] = [];
  const results: Record<string, unknown> = {};
  const rows = [];
  const cpuRows = [];
  const cores = availableParallelism();
  try {
    const sqliteFile = join(dir.path, 'count.db');
    targets.push({
      name: 'sqlite',
      server: await spawnKeylink(sandbox.url, undefined, options.serverCommand),
      config: { kind: 'sqlite', file: sqliteFile },
      windows: [],
    });
    const sqlite = targets[0];
    if (sqlite !== undefined) {
      const answers = await flowAnswers(
        sqlite.server.url,
        'org_floor_answers',
        sandboxKeys.smallCompanyAdmin,
      );
      targets.push({
        name: 'floor',
        server: await spawnFloor(sandbox.url, answers),
        windows: [],
      });
    }
    try {
      const database = await isolatedPostgres(options.postgresUrl);
      targets.push({
        name: 'postgres',
        server: await spawnKeylink(sandbox.url, database.url, options.serverCommand),
        config: { kind: 'postgres', url: database.url, schema: 'counted' },
        windows: [],
        drop: database.drop,
      });
    } catch (error) {
      console.warn(
        `[bench] Postgres at ${options.postgresUrl} is not reachable: SKIPPED (${String(error)})`,
      );
    }
    for (let turn = 0; turn < rounds; turn += 1) {
      // ABBA: each database goes first as often as second.
      const order = turn % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) {
        // Later turns only refill the clients' pipeline: the process is warm already.
        const warmupMs = target.windows.length === 0 ? options.warmupMs : turnWarmupMs;
        target.windows.push(
          await measureWindow(
            target.server,
            sandbox.pid,
            options.concurrency,
            warmupMs,
            options.durationMs / rounds,
          ),
        );
      }
    }
    for (const target of targets) {
      // The floor has no database: no statements to count.
      const statementsPerFlow =
        target.config === undefined
          ? undefined
          : await countStatements(sandbox.url, target.config, options.countedFlows ?? 20);
      const figures = { ...figuresOf(target, options.concurrency), statementsPerFlow };
      results[target.name] = figures;
      const label = target.name === 'floor' ? 'floor (HTTP + Lattice only)' : target.name;
      rows.push({
        database: label,
        clients: options.concurrency,
        'flows/s': figures.flowsPerSecond,
        'by round': figures.flowsPerSecondByRound.join(' / '),
        'flow p50 ms': figures.flowMs.p50,
        'flow p95 ms': figures.flowMs.p95,
        'server CPU ms/flow': figures.cpuMsPerFlow,
        'statements/flow': statementsPerFlow?.total ?? '-',
        flows: figures.flows,
        failures: figures.failures,
      });
      const cpu = figures.cpuMsPerFlowByProcess;
      const total = cpu.server + cpu.database + cpu.lattice + cpu.clients;
      cpuRows.push({
        database: label,
        'keylink-server': cpu.server,
        // On SQLite the database is inside keylink-server: Postgres here is only what runs anyway.
        'Postgres processes': cpu.database,
        'Lattice sandbox': cpu.lattice,
        'bench clients': cpu.clients,
        total: round(total, 2),
        [`flows/s bound (${cores} cores)`]: round((cores * 1000) / total, 1),
      });
    }
  } finally {
    for (const target of targets) {
      await target.server.close();
      await target.drop?.();
    }
    await sandbox.close();
    dir.remove();
  }
  printTable(
    `Throughput: complete link flows (session → verify → confirm) through keylink-server, ${options.durationMs / 1000} s each in ${rounds} turns`,
    rows,
  );
  printTable('CPU per complete flow, by process (ms of user + system time)', cpuRows);
  const figures = {
    latticeLatencyMs: 0,
    durationMs: options.durationMs,
    rounds,
    ...results,
    verdicts: verdictsOf(results),
  };
  writeResult('throughput', figures);
  return figures;
}

function verdictsOf(results: Record<string, unknown>): Verdict[] {
  const of = (name: string, key: 'flowsPerSecond' | 'cpuMsPerFlow'): number | undefined => {
    const figures = results[name];
    if (typeof figures !== 'object' || figures === null || !(key in figures)) return undefined;
    const value: unknown = Reflect.get(figures, key);
    return typeof value === 'number' ? value : undefined;
  };
  const verdicts: Verdict[] = [];
  const sqliteRate = of('sqlite', 'flowsPerSecond');
  const postgresRate = of('postgres', 'flowsPerSecond');
  if (sqliteRate !== undefined && postgresRate !== undefined && sqliteRate > 0) {
    const ratio = postgresRate / sqliteRate;
    verdicts.push({
      name: 'Postgres flows/s ÷ SQLite flows/s, same run (16 clients)',
      target: `≥ ${throughputTargets.postgresOverSqlite}×`,
      measured: `${round(ratio, 2)}× (${postgresRate} / ${sqliteRate})`,
      met: ratio >= throughputTargets.postgresOverSqlite,
    });
  }
  const sqliteCpu = of('sqlite', 'cpuMsPerFlow');
  const floorCpu = of('floor', 'cpuMsPerFlow');
  if (sqliteCpu !== undefined) {
    verdicts.push({
      name: 'server CPU per complete flow, SQLite',
      target: `≤ ${throughputTargets.sqliteCpuMsPerFlow} ms`,
      measured:
        floorCpu === undefined
          ? `${sqliteCpu} ms`
          : `${sqliteCpu} ms; a server doing only the flow's HTTP and Lattice calls: ${floorCpu} ms`,
      met: sqliteCpu <= throughputTargets.sqliteCpuMsPerFlow,
    });
  }
  return verdicts;
}
