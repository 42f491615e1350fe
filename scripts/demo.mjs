// `npm run demo`: installs what is missing, starts every process of the demo, prints the one URL
// to open, and stops them all on Ctrl-C (or when any of them dies).
import { spawn } from 'node:child_process';
import { bootstrap, root } from './bootstrap.mjs';

if (!process.argv.includes('--no-install')) bootstrap();

const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 5173);

/** Each process of the demo: a name for its log prefix, and the command that starts it. */
const services = [
  {
    name: 'playground',
    command: [
      'pnpm',
      '--filter',
      '@keylink/playground',
      'exec',
      'vite',
      '--port',
      String(playgroundPort),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
  },
];

const children = new Set();
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    // Each child leads its own process group, so this also ends what it started.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 500).unref();
}

for (const {
  name,
  command: [command, ...args],
  env,
} of services) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  const prefix = (stream, target) =>
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n'))
        if (line.trim()) target.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`[demo] ${name} stopped (${signal ?? `exit ${code}`}); stopping the demo`);
      stopAll(1);
    }
  });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(0));
process.on('exit', () => stopAll(0));

console.log(
  `\n  Keylink demo: open http://127.0.0.1:${playgroundPort}\n  (Ctrl-C stops everything)\n`,
);
