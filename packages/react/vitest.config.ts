import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @keylink packages resolve to their source (tsconfig.base.json's paths), not to dist/.
  resolve: { tsconfigPaths: true },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
