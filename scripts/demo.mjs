// `npm run demo`: installs what is missing, starts every process of the demo (the Lattice
// sandbox, keylink-server, the playground's backend and the playground), waits until each
// answers, prints the one URL to open, and stops them all on Ctrl-C (or when any of them dies).
// Flags: --no-install (skip the bootstrap), --verbose (show every process's output), --fresh
// (start with an empty database: the end-to-end tests use it).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { bootstrap, root } from './bootstrap.mjs';

if (!process.argv.includes('--no-install')) bootstrap();
// The processes' own output goes to log files, so the terminal shows the one URL; --verbose
// shows it too.
const verbose = process.argv.includes('--verbose');

// Every port can be moved (tests, or a machine where one is taken).
const port = (name, fallback) => Number(process.env[name] ?? fallback);
const ports = {
  sandbox: port('LATTICE_SANDBOX_PORT', 4010),
  server: port('KEYLINK_SERVER_PORT', 4000),
  api: port('PLAYGROUND_API_PORT', 4020),
  playground: port('PLAYGROUND_PORT', 5173),
};
const local = (p) => `http://127.0.0.1:${p}`;
const playgroundUrl = local(ports.playground);
const dataDir = resolve(root, process.env.KEYLINK_DATA_DIR ?? '.keylink/demo');
if (process.argv.includes('--fresh')) {
  // Only the demo's own files: the data dir may be one a person chose.
  for (const file of ['keylink.db', 'keylink.db-wal', 'keylink.db-shm']) {
    rmSync(join(dataDir, file), { force: true });
  }
}

/**
 * The host's secret key, shared by keylink-server and the playground's backend through their
 * environment only: the browser never sees it. Kept in the data dir so the demo's database and
 * its key stay a pair across runs.
 */
function demoSecretKey() {
  if (process.env.KEYLINK_SECRET_KEY) return process.env.KEYLINK_SECRET_KEY;
  const file = join(dataDir, 'demo-secret-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = `kl_sk_demo_${randomBytes(24).toString('base64url')}`;
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
const secretKey = demoSecretKey();
// keylink-server signs the account webhooks it sends the playground's backend with this secret
// (Standard Webhooks: whsec_ + base64); a fresh one each run is fine, both get it from here.
const webhookSecret =
  process.env.KEYLINK_WEBHOOK_SECRET ?? `whsec_${randomBytes(32).toString('base64')}`;
// Short in the demo, so a key revoked in the sandbox shows as "needs reconnect" within a minute
// (the server's own default is 6 hours).
const keyHealthIntervalSeconds = process.env.KEYLINK_KEY_HEALTH_INTERVAL_SECONDS ?? '30';
const logDir = join(dataDir, 'logs');
mkdirSync(logDir, { recursive: true });

/**
 * Each process of the demo: a name for its log prefix, where it runs, the command that starts it
 * and a URL that answers once it is ready. Commands run node directly (no pnpm wrapper) so a
 * signal reaches the process that does the work. Everything runs from source (tsx, with the
 * tsconfig's paths to every @keylink package), so the demo needs no build; the built commands are
 * what the consumer tests (scripts/consumer) run.
 */
const services = [
  {
    name: 'lattice-sandbox',
    cwd: '.',
    // A Lattice a little way off, as the real one is: a 10,000-person walk then takes a few
    // seconds, long enough for a person (and the end-to-end tests) to see its progress.
    command: [
      'packages/lattice/scripts/lattice-sandbox-dev.mjs',
      '--port',
      String(ports.sandbox),
      '--latency-ms',
      process.env.LATTICE_SANDBOX_LATENCY_MS ?? '30',
      // Each key's request budget, as a real API would have one: 600 at once, then 10 a second.
      // A 10,000-person walk (about 100 pages, 400 read status by status) stays inside the burst,
      // so no normal flow meets it; the tightBudget key shows what a rate limit looks like.
      '--request-budget',
      process.env.LATTICE_SANDBOX_REQUEST_BUDGET ?? '600:10',
    ],
    // Any answer will do: without a key the sandbox says 401, like Lattice.
    ready: { url: `${local(ports.sandbox)}/v1/me`, anyStatus: true },
  },
  {
    name: 'keylink-server',
    cwd: '.',
    command: ['packages/server/scripts/keylink-server-dev.mjs'],
    env: {
      PORT: String(ports.server),
      HOST: '127.0.0.1',
      KEYLINK_SECRET_KEY: secretKey,
      KEYLINK_DATA_DIR: dataDir,
      KEYLINK_LATTICE_BASE_URL: local(ports.sandbox),
      KEYLINK_ALLOWED_ORIGINS: `${playgroundUrl},http://localhost:${ports.playground}`,
      // Every browser of a demo (and of the end-to-end suite) is 127.0.0.1: one address doing
      // what many people would. Its verify limit is raised (not off) unless set.
      KEYLINK_RATE_LIMIT_VERIFY_PER_ADDRESS_PER_MINUTE:
        process.env.KEYLINK_RATE_LIMIT_VERIFY_PER_ADDRESS_PER_MINUTE ?? '600',
      KEYLINK_WEBHOOK_URL: `${local(ports.api)}/api/webhooks`,
      KEYLINK_WEBHOOK_SECRET: webhookSecret,
      KEYLINK_KEY_HEALTH_INTERVAL_SECONDS: keyHealthIntervalSeconds,
    },
    ready: { url: `${local(ports.server)}/healthz` },
    secret: true,
  },
  {
    name: 'playground-api',
    cwd: 'apps/playground',
    command: ['--import', 'tsx', 'server/main.ts'],
    env: {
      PLAYGROUND_API_PORT: String(ports.api),
      KEYLINK_SECRET_KEY: secretKey,
      KEYLINK_SERVER_URL: local(ports.server),
      KEYLINK_LATTICE_BASE_URL: local(ports.sandbox),
      KEYLINK_WEBHOOK_SECRET: webhookSecret,
    },
    ready: { url: `${local(ports.api)}/api/health` },
    secret: true,
  },
  {
    name: 'playground',
    cwd: 'apps/playground',
    command: [
      'node_modules/vite/bin/vite.js',
      '--port',
      String(ports.playground),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    env: { PLAYGROUND_API_PORT: String(ports.api) },
    ready: { url: playgroundUrl },
  },
];

const children = new Set();
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  // The children share this process's group, so a runner that kills the group (Playwright's
  // webServer does) ends them too; a signal to this process alone ends them here.
  for (const child of children) child.kill('SIGTERM');
  const exit = () => process.exit(code);
  if (children.size === 0) exit();
  // Wait for each to go; one that ignores SIGTERM is killed after a grace period.
  const force = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    setTimeout(exit, 200).unref();
  }, 5000);
  force.unref();
  for (const child of children) child.on('exit', () => children.size === 0 && exit());
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(0));

/** Answers when something already listens there: a demo left running, or another program. */
async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

const taken = [];
for (const { name, ready } of services) {
  if (await answers(ready.url)) taken.push(`${name} (${new URL(ready.url).host})`);
}
if (taken.length > 0) {
  console.error(
    `[demo] something already answers on the port of: ${taken.join(', ')}.\n` +
      '[demo] Stop the demo that is still running, or move the ports with LATTICE_SANDBOX_PORT,\n' +
      '[demo] KEYLINK_SERVER_PORT, PLAYGROUND_API_PORT and PLAYGROUND_PORT.',
  );
  process.exit(1);
}

function start({ name, cwd, command, env, secret = false }) {
  const childEnv = { ...process.env, ...env };
  // Only the processes that need the secrets get them (never Vite, which serves the browser).
  if (!secret) {
    delete childEnv.KEYLINK_SECRET_KEY;
    delete childEnv.KEYLINK_WEBHOOK_SECRET;
  }
  const child = spawn(process.execPath, command, {
    cwd: join(root, cwd),
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const log = createWriteStream(join(logDir, `${name}.log`));
  const recent = [];
  const capture = (stream, target) =>
    stream.on('data', (chunk) => {
      log.write(chunk);
      for (const line of String(chunk).split('\n')) {
        if (!line.trim()) continue;
        recent.push(line);
        if (recent.length > 15) recent.shift();
        if (verbose) target.write(`[${name}] ${line}\n`);
      }
    });
  capture(child.stdout, process.stdout);
  capture(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`[demo] ${name} stopped (${signal ?? `exit ${code}`}); stopping the demo`);
      if (!verbose) for (const line of recent) console.error(`[${name}] ${line}`);
      stopAll(1);
    }
  });
}

/** Polls until the service answers (2xx, or any status when `anyStatus`), or gives up. */
async function waitUntilReady({ name, ready }) {
  const deadline = Date.now() + 90_000;
  while (!stopping && Date.now() < deadline) {
    try {
      const response = await fetch(ready.url, { signal: AbortSignal.timeout(2000) });
      if (ready.anyStatus || response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  if (!stopping) throw new Error(`${name} did not answer on ${ready.url} within 90 s`);
}

try {
  // The playground starts last, so its URL answering means the whole demo is ready (Playwright's
  // webServer waits for that URL).
  const backends = services.slice(0, -1);
  for (const service of backends) start(service);
  await Promise.all(backends.map(waitUntilReady));
  const playground = services.at(-1);
  if (!stopping) start(playground);
  await waitUntilReady(playground);
} catch (error) {
  console.error(`[demo] ${error.message}; stopping the demo`);
  stopAll(1);
}

if (!stopping) {
  console.log(
    `\n  Keylink demo: open ${playgroundUrl}\n\n` +
      `  Lattice sandbox console (where the guide's "Open Lattice" leads): ${local(ports.sandbox)}/app\n` +
      `  Logs of the sandbox, keylink-server and the playground: ${logDir}\n` +
      '  (Ctrl-C stops everything)\n',
  );
}
