import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    // A worker per core. Vitest's default is one fewer, which on two cores runs one file at a
    // time, while most files wait on sockets, timers and Postgres more than they compute: a second
    // worker took `vitest run` from 243 s to 162–184 s on a shared two-core machine.
    maxWorkers: '100%',
  },
});
