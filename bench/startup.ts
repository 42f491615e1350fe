// Startup: the built `keylink-server` command (plain node, dist/), a fresh process each run, on
// SQLite in an empty data directory: the time from spawn to its first 200 on /healthz, and its
// resident set once idle (one second after that answer, nothing asked of it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { generateEncryptionKey } from '@keylink/server';
import { memoryOf, secretKey, serverCommand, tempDir } from './lib/loopback';
import { printTable, verdict, writeResult } from './lib/report';
import { round, summarize } from './lib/stats';
import type { Verdict } from './lib/verdicts';

const targets = { healthzMs: 500, idleRssMb: 80 };
const mb = (bytes: number) => round(bytes / (1024 * 1024), 1);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A port free right now on loopback (polling /healthz needs the port before the process says it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function oneStart() {
  const port = await freePort();
  const dir = tempDir();
  const started = performance.now();
  const child = spawn(process.execPath, [serverCommand], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      KEYLINK_DATA_DIR: dir.path,
      KEYLINK_SECRET_KEY: secretKey,
      KEYLINK_ENCRYPTION_KEY: generateEncryptionKey(),
      KEYLINK_LATTICE_BASE_URL: 'http://127.0.0.1:9',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let healthzMs: number | undefined;
    while (healthzMs === undefined) {
      if (child.exitCode !== null) throw new Error(`keylink-server exited (${child.exitCode}).`);
      if (performance.now() - started > 30_000) throw new Error('No /healthz within 30 s.');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.ok) healthzMs = performance.now() - started;
      } catch {
        await sleep(5);
      }
    }
    await sleep(1000);
    if (child.pid === undefined) throw new Error('keylink-server has no pid.');
    return { healthzMs, idleRss: memoryOf(child.pid).rss };
  } finally {
    child.kill('SIGTERM');
    await exited;
    dir.remove();
  }
}

export async function startup(options: { runs: number }) {
  const healthz: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const sample = await oneStart();
    healthz.push(sample.healthzMs);
    rss.push(sample.idleRss);
  }
  const healthzMs = summarize(healthz);
  const idleRssMb = summarize(rss.map(mb));
  const figures = {
    command: 'node packages/server/bin/keylink-server.mjs (dist/cli.js)',
    runs: options.runs,
    timeToHealthzMs: healthzMs,
    idleRssMb,
    targets,
    healthzMet: healthzMs.p50 <= targets.healthzMs,
    idleRssMet: idleRssMb.p50 <= targets.idleRssMb,
  };
  const verdicts: Verdict[] = [
    {
      name: 'spawn → first 200 on /healthz, p50 (built command, SQLite)',
      target: `≤ ${targets.healthzMs} ms`,
      measured: `${healthzMs.p50} ms`,
      met: figures.healthzMet,
    },
    {
      name: 'idle resident set, p50',
      target: `≤ ${targets.idleRssMb} MB`,
      measured: `${idleRssMb.p50} MB`,
      met: figures.idleRssMet,
    },
  ];
  printTable('Startup of the built keylink-server command (fresh process, SQLite)', [
    {
      figure: 'spawn → first 200 on /healthz (ms)',
      p50: healthzMs.p50,
      max: healthzMs.max,
      target: `≤ ${targets.healthzMs}`,
      verdict: verdict(figures.healthzMet),
    },
    {
      figure: 'idle resident set (MB)',
      p50: idleRssMb.p50,
      max: idleRssMb.max,
      target: `≤ ${targets.idleRssMb}`,
      verdict: verdict(figures.idleRssMet),
    },
  ]);
  writeResult('startup', { ...figures, verdicts });
  return { ...figures, verdicts };
}
