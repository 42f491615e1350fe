// The server's Vitest config as StrykerJS runs it. Stryker's Vitest runner runs the tests in
// worker threads, where process.umask() cannot be set, so the one test that sets it (file modes
// under a permissive umask, in databaseFiles.test.ts) is left out here: it covers none of the
// mutated modules, and `npm test` still runs it. Its root is the folder Stryker runs it in (its
// sandbox copy of packages/server), never the package itself.
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import server from '../packages/server/vitest.config.ts';

export default mergeConfig(
  server,
  defineConfig({
    root: process.cwd(),
    test: { exclude: [...configDefaults.exclude, 'src/databaseFiles.test.ts'] },
  }),
);
