import { defineConfig } from 'tsdown';

// The published build (`pnpm build`, and `prepack`): ES modules for Node 20.19 with bundled
// declarations. The sandbox is its own entry (`@keylink/lattice/sandbox`), so a host that only
// uses the connector never loads it; the `lattice-sandbox` command runs dist/sandbox/cli.js.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'sandbox/index': 'src/sandbox/index.ts',
    'sandbox/cli': 'src/sandbox/cli.ts',
  },
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
});
