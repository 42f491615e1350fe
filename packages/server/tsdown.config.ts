import { defineConfig } from 'tsdown';

const shared = {
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  sourcemap: true,
} as const;

export default defineConfig([
  // The library (`import … from '@keylink/server'`): ES modules with bundled declarations, its
  // dependencies left to the host's install.
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    dts: { sourcemap: true },
    clean: true,
  },
  // The `keylink-server` command (bin/keylink-server.mjs runs dist/cli.js with plain node): one
  // file with its pure-JavaScript dependencies inside. Loading one module instead of hundreds
  // makes it answer sooner and idle smaller (bench: `startup`). Left out: better-sqlite3 (native),
  // pg (loaded only for Postgres) and pino (it resolves its transports at run time).
  {
    ...shared,
    entry: { cli: 'src/cli.ts' },
    dts: false,
    // Its map would be mostly other packages' source.
    sourcemap: false,
    clean: false,
    deps: { alwaysBundle: [/^(?!(better-sqlite3|pg|pino)(\/|$))/], onlyBundle: false },
  },
]);
