// `prepack` of every published package: packs only a fresh build. Run by `pnpm pack` and
// `pnpm publish` in the package's directory. Builds (tsdown) unless dist/ is newer than every
// source file, so packing right after `pnpm build` does not build twice.
//
// npm is refused: `npm pack`/`npm publish` keep `workspace:*` in dependencies, which no
// registry can resolve, so a tarball made by npm would not install.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const agent = process.env.npm_config_user_agent ?? '';
if (agent.startsWith('npm/')) {
  console.error(
    'Pack and publish Keylink packages with pnpm (`pnpm pack`, `pnpm publish`): npm keeps the\n' +
      '`workspace:*` versions of the other @keylink packages, so its tarball would not install.',
  );
  process.exit(1);
}

const cwd = process.cwd();
/** Every file's modification time under a directory (or of a file), newest or oldest. */
function times(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [statSync(path).mtimeMs];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(path, name)))
    .filter((stat) => stat.isFile())
    .map((stat) => stat.mtimeMs);
}
const inputs = ['src', 'package.json', 'tsdown.config.ts', '../../tsconfig.base.json'].flatMap(
  (path) => times(join(cwd, path)),
);
const outputs = times(join(cwd, 'dist'));
if (outputs.length > 0 && Math.min(...outputs) > Math.max(...inputs)) {
  console.log('[prepack] dist/ is newer than every source file: packing it as built');
  process.exit(0);
}
const built = spawnSync('pnpm', ['run', 'build'], { cwd, stdio: 'inherit' });
process.exit(built.status ?? 1);
