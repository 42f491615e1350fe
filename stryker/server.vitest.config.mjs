// The server's Vitest config under StrykerJS. Stryker's Vitest runner runs tests in worker threads,
// where process.umask() cannot be set, so the one test that sets it (file modes under a permissive
// umask, in databaseFiles.test.ts) is left out: it covers none of the mutated modules.
import server from '../packages/server/vitest.config.ts';
import { strykerVitestConfig } from './vitestConfig.mjs';

export default strykerVitestConfig(server, ['src/databaseFiles.test.ts']);
