// What every package's StrykerJS run shares (`npm run mutate` runs it from the package's folder).
// The Vitest runner is named by its resolved path: under pnpm, Stryker cannot find plugins beside
// itself.

/**
 * @param {string} name the package folder under packages/
 * @param {string[]} mutate the files whose mutants its tests must kill
 * @param {string} [vitestConfig] its Vitest config: relative to the package folder, or absolute
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerConfig(name, mutate, vitestConfig = 'vitest.config.ts') {
  return {
    packageManager: 'pnpm',
    testRunner: 'vitest',
    vitest: { configFile: vitestConfig },
    coverageAnalysis: 'perTest',
    mutate,
    ignorePatterns: ['dist', 'node_modules', '.stryker-tmp', 'reports'],
    concurrency: 2,
    timeoutMS: 20000,
    // The first, unmutated run of the whole suite (the server's takes minutes on a busy machine).
    dryRunTimeoutMinutes: 60,
    reporters: ['clear-text', 'progress', 'json'],
    jsonReporter: { fileName: `../../reports/mutation/${name}.json` },
    // Not under node_modules: Vitest skips test files there.
    tempDirName: '.stryker-tmp',
    plugins: [import.meta.resolve('@stryker-mutator/vitest-runner')],
  };
}
