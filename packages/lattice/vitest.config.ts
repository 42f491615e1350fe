import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A forgotten it.only fails the run everywhere, not only where CI is set.
    allowOnly: false,
    name: 'lattice',
    include: ['src/**/*.test.ts'],
  },
});
