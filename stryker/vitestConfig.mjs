// A package's Vitest config as StrykerJS runs it:
//   - its root is the folder Stryker runs it in (Stryker's sandbox copy of the package), never the
//     package itself;
//   - hung tests get 2 minutes instead of 20–30 s: a mutation run keeps both cores busy, and its
//     instrumented code runs slower, so the 10,000-person walks take several times longer (no
//     test asserts a duration; the limit only stops a hang);
//   - tests that cannot run in Stryker's worker threads are left out (they still run in npm test).
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';

/**
 * @param {import('vitest/config').UserConfig} config the package's own Vitest config
 * @param {string[]} [exclude] test files to leave out, relative to the package
 */
export function strykerVitestConfig(config, exclude = []) {
  return mergeConfig(
    config,
    defineConfig({
      root: process.cwd(),
      test: { testTimeout: 120_000, exclude: [...configDefaults.exclude, ...exclude] },
    }),
  );
}
