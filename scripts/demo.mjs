// `npm run demo`: installs what is missing, starts every process of the demo, prints the one URL
// to open, and stops them all on Ctrl-C (or when any of them dies).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bootstrap, root } from './bootstrap.mjs';

if (!process.argv.includes('--no-install')) bootstrap();

const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 5173);

/**
 * Each process of the demo: a name for its log prefix, where it runs, and the command that
 * starts it. Commands run node directly (no pnpm wrapper) so a signal reaches the process that
 * does the work.
 */
const services = [
  {
    name: 'playground',
    cwd: 'apps/playground',
    command: [
      process.execPath,
      'node_modules/vite/bin/vite.js',
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
  // The children share this process's group, so a runner that kills the group (Playwright's
  // webServer does) ends them too; a signal to this process alone ends them here.
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

for (const { name, cwd, command, env } of services) {
  const [file, ...args] = command;
  const child = spawn(file, args, {
    cwd: join(root, cwd),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const prefix = (stream, target) =>
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) {
        if (line.trim()) target.write(`[${name}] ${line}\n`);
      }
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

console.log(
  `\n  Keylink demo: open http://127.0.0.1:${playgroundPort}\n  (Ctrl-C stops everything)\n`,
);
