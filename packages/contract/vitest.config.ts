import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @keylink packages resolve to their source (tsconfig.base.json's paths), not to dist/.
  resolve: { tsconfigPaths: true },
  test: {
    name: 'contract',
    include: ['src/**/*.test.ts'],
  },
});
