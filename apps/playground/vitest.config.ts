import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'playground',
    include: ['server/**/*.test.ts', 'src/**/*.test.ts'],
  },
});
