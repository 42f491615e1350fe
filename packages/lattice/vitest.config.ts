import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'lattice',
    include: ['src/**/*.test.ts'],
  },
});
