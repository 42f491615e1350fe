// Installs what a fresh clone is missing, and nothing more: the pinned pnpm, the workspace's
// dependencies, and (for the browser tests) a Chromium. Node built-ins only: this runs before
// any dependency exists. Every step is a no-op when its work is already done.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinnedPnpm = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];

/** Runs a command in the repository root, inheriting the terminal; throws when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

function installedPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** pnpm at the version package.json pins: a different one fails --frozen-lockfile. */
function ensurePnpm() {
  const found = installedPnpmVersion();
  if (found === pinnedPnpm) return;
  console.log(`[bootstrap] installing pnpm ${pinnedPnpm} (found ${found ?? 'none'})`);
  run('npm', ['install', '--global', '--allow-scripts=pnpm', `pnpm@${pinnedPnpm}`]);
}

/** The workspace's dependencies, exactly as the lockfile has them. */
function ensureDependencies() {
  // better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded; point
  // node-gyp at the system's Node headers when they exist (pnpm ignores nodedir in ~/.npmrc).
  if (!process.env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) {
    process.env.npm_config_nodedir = '/usr';
  }
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
}

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else the system's, else Playwright's
 * own download (where the network allows it). Returns the path to give Playwright, or
 * undefined to let Playwright use its own.
 */
function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  console.log('[bootstrap] no system Chromium found: asking Playwright to install its own');
  run('pnpm', ['exec', 'playwright', 'install', 'chromium']);
  return undefined;
}

export function bootstrap({ browser = false } = {}) {
  ensurePnpm();
  ensureDependencies();
  if (!browser) return {};
  return { chromiumPath: ensureChromium() };
}
