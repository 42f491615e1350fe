// `npm run screenshots`: rewrites the README's pictures from two end-to-end journeys: the
// preview on a desktop in English (docs/widget.png, from the happy path) and on a phone in French
// and dark mode (docs/widget-phone-fr.png, from the languages suite). The tests themselves only
// attach them to their report and never write tracked files; this is the one explicit way to.
// The names in the pictures include Chinese ones: the machine needs a CJK font (Debian:
// fonts-noto-cjk), or they show as empty boxes.
import { spawnSync } from 'node:child_process';
import { bootstrap, root } from './bootstrap.mjs';

const { chromiumPath } = bootstrap({ browser: true });
const { status } = spawnSync(
  'pnpm',
  [
    'exec',
    'playwright',
    'test',
    'e2e/happyPath.spec.ts',
    'e2e/languages.spec.ts',
    '--grep',
    'small company .* \\(light\\)|on a phone in fr:',
  ],
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
    '\n[screenshots] docs/widget.png and docs/widget-phone-fr.png rewritten: review them before committing.',
  );
process.exit(status ?? 1);
