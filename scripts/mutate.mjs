// `npm run mutate [server|lattice]`: mutation testing with StrykerJS (its Vitest runner) on the
// modules whose tests must catch real bugs. On demand only, not in `npm test`: it reruns the
// covering tests once per mutant, minutes per package on two cores. Reports land in
// reports/mutation/<package>.json; the score prints at the end of each run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bootstrap, root } from './bootstrap.mjs';

bootstrap({ browser: false });
const packages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['server', 'lattice'];
let failed = false;
for (const name of packages) {
  console.log(`\n=== mutation testing: packages/${name}`);
  const { status } = spawnSync(
    'pnpm',
    ['exec', 'stryker', 'run', join(root, 'stryker', `${name}.config.mjs`)],
    { cwd: join(root, 'packages', name), stdio: 'inherit' },
  );
  failed ||= status !== 0;
}
process.exit(failed ? 1 : 0);
