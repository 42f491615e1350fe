// `npm run screenshots`: rewrites the README's picture (docs/widget.png) from the happy-path
// journey. The tests themselves never write tracked files; this is the one explicit way to.
import { spawnSync } from 'node:child_process';
import { bootstrap, root } from './bootstrap.mjs';

const { chromiumPath } = bootstrap({ browser: true });
const { status } = spawnSync(
  'pnpm',
  ['exec', 'playwright', 'test', 'e2e/happyPath.spec.ts', '--grep', 'small company .* \\(light\\)'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...(chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {}),
      KEYLINK_UPDATE_SCREENSHOTS: '1',
    },
  },
);
if (status === 0)
  console.log(
    '\n[screenshots] docs/widget.png rewritten: review it with git diff before committing.',
  );
process.exit(status ?? 1);
