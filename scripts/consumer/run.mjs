// `npm test`'s consumer check (also `node scripts/consumer/run.mjs`): what a new user gets from
// the published packages, outside this workspace. Packs every package with pnpm, installs the
// tarballs with npm into temporary projects outside the repository, and proves:
//   - publint and attw (esm-only profile) are clean on every tarball;
//   - a plain Node ESM host links an account over HTTP (node-host/flow.mjs);
//   - the installed `lattice-sandbox` and `keylink-server` commands start and answer;
//   - a React 19 host and a React 18.3 host type-check (strict; moduleResolution bundler and
//     nodenext), build with Vite, and link an account in Chromium against those commands, as
//     does a page without a bundler that loads the standalone script (dist/standalone).
// Independent parts run at once. Exits 1 when any part fails; --keep leaves the projects.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkInBrowser, serveStatic } from './browser.mjs';
import { root, run, startCommand, step } from './process.mjs';

const here = import.meta.dirname;
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'keylink-consumer-'));
const tarballs = join(work, 'tarballs');
// One npm cache across runs and projects: a warm run downloads nothing.
const npmCache = join(root, 'node_modules', '.cache', 'keylink-consumer-npm');
const packages = ['contract', 'lattice', 'server', 'react'];
const tarball = (name) => join(tarballs, `keylink-${name}-0.1.0.tgz`);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = [];
let failed;

const version = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

/**
 * better-sqlite3's native binding for a project installed with --ignore-scripts. Compiling it
 * takes from one minute to many on a loaded machine, so when the workspace compiled the very same
 * version for this very Node, its binding is copied; otherwise npm compiles it (`npm rebuild`).
 */
async function sqliteBinding(dir) {
  const installed = join(dir, 'node_modules', 'better-sqlite3');
  const workspace = dirname(
    createRequire(join(root, 'packages', 'server', 'package.json')).resolve(
      'better-sqlite3/package.json',
    ),
  );
  const binding = join('build', 'Release', 'better_sqlite3.node');
  if (existsSync(join(workspace, binding)) && version(workspace) === version(installed)) {
    mkdirSync(join(installed, 'build', 'Release'), { recursive: true });
    cpSync(join(workspace, binding), join(installed, binding));
    return;
  }
  await run('npm', ['rebuild', 'better-sqlite3', '--loglevel=error'], {
    cwd: dir,
    env: { npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' },
  });
}

/** An npm project outside the repository with the given tarballs and registry packages. */
async function project(name, local, registry) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2)}\n`,
  );
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      `--cache=${npmCache}`,
      // No package of a host needs an install script but better-sqlite3 (see sqliteBinding).
      '--ignore-scripts',
      ...local.map(tarball),
      ...registry,
    ],
    { cwd: dir },
  );
  if (local.includes('server')) await sqliteBinding(dir);
  return dir;
}

/** The host's own toolchain: TypeScript and Vite (which compiles JSX itself). */
const toolchain = ['typescript@5.9.3', 'vite@^8.3.8'];

/** Type-checks a React host under both resolutions, then builds it with Vite. */
async function reactHost(dir) {
  cpSync(join(here, 'react-host'), dir, { recursive: true });
  const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  await Promise.all(
    ['bundler', 'nodenext'].map((resolution) =>
      run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: dir }),
    ),
  );
  await run(process.execPath, [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: dir,
  });
  return join(dir, 'dist');
}

/** publint and attw on one tarball. */
async function lintTarball(name) {
  await run(bin('publint'), ['run', '--strict', tarball(name)]);
  const entrypoints =
    name === 'react'
      ? // A stylesheet has no types to check; the locales pattern is checked through its files.
        ['--exclude-entrypoints', './styles.css', '--include-entrypoints', './locales/fr']
      : [];
  await run(bin('attw'), [
    tarball(name),
    '--profile',
    'esm-only',
    '--format',
    'ascii',
    ...entrypoints,
  ]);
}

try {
  await step('pack (pnpm pack, each package builds in prepack when stale)', () =>
    Promise.all(
      packages.map((name) =>
        run('pnpm', ['pack', '--pack-destination', tarballs], {
          cwd: join(root, 'packages', name),
        }),
      ),
    ),
  );
  const found = readdirSync(tarballs);
  for (const name of packages) {
    if (!found.includes(`keylink-${name}-0.1.0.tgz`)) throw new Error(`No tarball for ${name}.`);
  }

  const lint = step('publint + attw on every tarball', async () => {
    for (const name of packages) await lintTarball(name);
  });
  const node19 = step('install: Node host + React 19 host (all four tarballs)', () =>
    project('react19', packages, [
      'react@^19.3.1',
      'react-dom@^19.3.1',
      '@types/react@^19.3.3',
      '@types/react-dom@^19.3.0',
      ...toolchain,
    ]),
  );
  const host18 = step('install: React 18.3 host (widget + contract tarballs)', () =>
    project(
      'react18',
      ['contract', 'react'],
      [
        'react@18.3.1',
        'react-dom@18.3.1',
        '@types/react@^18.3.12',
        '@types/react-dom@^18.3.1',
        ...toolchain,
      ],
    ),
  );

  const nodeFlow = node19.then((dir) =>
    step('plain Node ESM host: session -> verify -> preview -> confirm -> IAM read', async () => {
      cpSync(join(here, 'node-host', 'flow.mjs'), join(dir, 'flow.mjs'));
      const { stdout } = await run(process.execPath, ['flow.mjs'], { cwd: dir });
      console.log(`  ${stdout.trim()}`);
    }),
  );
  const built19 = node19.then((dir) =>
    step('React 19 host: tsc (bundler, nodenext) + vite build', () => reactHost(dir)),
  );
  const built18 = host18.then((dir) =>
    step('React 18.3 host: tsc (bundler, nodenext) + vite build', () => reactHost(dir)),
  );

  const browser = Promise.all([node19, built19, built18]).then(([dir, dist19, dist18]) =>
    step('installed commands + both hosts link an account in Chromium', async () => {
      // The standalone script as a page without a bundler serves it, from the installed package.
      const standalone = join(work, 'standalone');
      cpSync(join(here, 'standalone-host'), standalone, { recursive: true });
      const widgetDist = join(dir, 'node_modules', '@keylink', 'react', 'dist');
      cpSync(join(widgetDist, 'standalone', 'keylink.js'), join(standalone, 'keylink.js'));
      cpSync(join(widgetDist, 'styles.css'), join(standalone, 'styles.css'));
      const pages = await Promise.all([dist19, dist18, standalone].map(serveStatic));
      started.push(...pages);
      const sandbox = await startCommand(join(dir, 'node_modules', '.bin', 'lattice-sandbox'), {
        args: ['--port', '0', '--host', '127.0.0.1'],
        cwd: dir,
        ready: /listening on (http:\/\/\S+)/,
      });
      started.push(sandbox);
      const me = await fetch(`${sandbox.url}/v1/me`);
      if (me.status !== 401) throw new Error(`lattice-sandbox /v1/me without a key: ${me.status}`);
      const secretKey = `kl_sk_consumer_${Date.now()}_${process.pid}`;
      const server = await startCommand(join(dir, 'node_modules', '.bin', 'keylink-server'), {
        cwd: dir,
        env: {
          PORT: '0',
          HOST: '127.0.0.1',
          KEYLINK_DATA_DIR: join(dir, '.keylink'),
          KEYLINK_SECRET_KEY: secretKey,
          KEYLINK_LATTICE_BASE_URL: sandbox.url,
          KEYLINK_ALLOWED_ORIGINS: pages.map((page) => page.url).join(','),
          LOG_LEVEL: 'info',
        },
        ready: /listening on (http:\/\/[^"\s]+)/,
      });
      started.push(server);
      const health = await fetch(`${server.url}/healthz`);
      if (!health.ok) throw new Error(`keylink-server /healthz: ${health.status}`);
      // The key as a host reads it from the installed package.
      const { stdout: sandboxKey } = await run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "const { sandboxKeys } = await import('@keylink/lattice/sandbox'); console.log(sandboxKeys.smallCompanyAdmin);",
        ],
        { cwd: dir },
      );
      await linkInBrowser({
        sandboxKey: sandboxKey.trim(),
        pages: ['React 19', 'React 18.3', 'standalone script'].map((name, index) => ({
          name,
          url: pages[index].url,
        })),
        serverUrl: server.url,
        secretKey,
      });
    }),
  );

  const results = await Promise.allSettled([lint, nodeFlow, built19, built18, browser]);
  failed = results.some((result) => result.status === 'rejected');
} catch (error) {
  console.error(`[consumer] ${error instanceof Error ? error.message : String(error)}`);
  failed = true;
} finally {
  await Promise.all(started.map((running) => running.close()));
  if (keep) console.log(`[consumer] projects kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(failed ? '[consumer] FAILED' : '[consumer] every consumer check passed');
process.exit(failed ? 1 : 0);
