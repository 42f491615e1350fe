// `npm test`: installs what is missing, then runs every check in turn and ends with a summary.
// Every check runs even after one fails, so one run shows everything that needs fixing.
import { spawnSync } from 'node:child_process';
import { bootstrap, root } from './bootstrap.mjs';

const { chromiumPath } = bootstrap({ browser: true });
const env = { ...process.env, ...(chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {}) };

if (!process.env.KEYLINK_TEST_POSTGRES_URL) {
  console.log(
    '\n[test] KEYLINK_TEST_POSTGRES_URL is not set: the Postgres half of the storage suite will be skipped.' +
      '\n[test] .ci/run sets it; locally: KEYLINK_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test npm test\n',
  );
}

const checks = [
  ['format', ['pnpm', 'exec', 'prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', ['pnpm', 'exec', 'eslint', '.', '--max-warnings', '0']],
  ['typecheck', ['pnpm', 'exec', 'tsc', '-b']],
  ['unit tests', ['pnpm', 'exec', 'vitest', 'run']],
  // Every package to dist/ (tsdown), then what hosts download, then the packed tarballs as a
  // new user installs them (npm, outside the repository; see scripts/consumer/run.mjs).
  ['build', ['pnpm', '-r', '--if-present', 'build']],
  ['size budget', ['node', 'bench/size-budget.mjs']],
  ['consumer', ['node', 'scripts/consumer/run.mjs']],
  ['end-to-end', ['pnpm', 'exec', 'playwright', 'test']],
];

const results = [];
for (const [name, [command, ...args]] of checks) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  results.push({ name, ok: status === 0, seconds: (performance.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
