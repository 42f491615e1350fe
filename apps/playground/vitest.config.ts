import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @keylink packages resolve to their source (tsconfig.base.json's paths), not to dist/.
  resolve: { tsconfigPaths: true },
  test: {
    // A forgotten it.only fails the run everywhere, not only where CI is set.
    allowOnly: false,
    name: 'playground',
    include: ['server/**/*.test.ts', 'src/**/*.test.ts'],
  },
});
