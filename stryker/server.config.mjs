// StrykerJS for packages/server (run by `npm run mutate`, from that package's folder). The Vitest
// runner is named by its resolved path: under pnpm, Stryker cannot find plugins beside itself.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...{
    packageManager: 'pnpm',
    testRunner: 'vitest',
    vitest: {
      configFile: 'vitest.config.ts',
    },
    coverageAnalysis: 'perTest',
    mutate: [
      'src/sessions.ts',
      'src/confirm.ts',
      'src/credentials.ts',
      'src/encryption.ts',
      'src/scrub.ts',
    ],
    ignorePatterns: ['dist', 'node_modules', '.stryker-tmp', 'reports'],
    concurrency: 2,
    timeoutMS: 20000,
    reporters: ['clear-text', 'progress', 'json'],
    jsonReporter: {
      fileName: '../../reports/mutation/server.json',
    },
    // Not under node_modules: Vitest skips test files there.
    tempDirName: '.stryker-tmp',
  },
  plugins: [import.meta.resolve('@stryker-mutator/vitest-runner')],
};
