import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @keylink packages resolve to their source (tsconfig.base.json's paths), not to dist/.
  resolve: { tsconfigPaths: true },
  test: {
    // A forgotten it.only fails the run everywhere, not only where CI is set.
    allowOnly: false,
    name: 'server',
    include: ['src/**/*.test.ts'],
    // Whole flows against the 10,000-person sandbox company take seconds on a busy machine; no
    // test asserts a duration, so a generous limit only keeps a hung test from passing silently.
    testTimeout: 30_000,
  },
});
