import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @keylink packages resolve to their source (tsconfig.base.json's paths), not to dist/.
  resolve: { tsconfigPaths: true },
  test: {
    // A forgotten it.only fails the run everywhere, not only where CI is set.
    allowOnly: false,
    // A limit for hung tests, not a timing check: a loaded two-core machine (CI, mutation runs)
    // takes several times longer than a quiet laptop for the 10,000-person walks.
    testTimeout: 20_000,
    name: 'lattice',
    include: ['src/**/*.test.ts'],
  },
});
