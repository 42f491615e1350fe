import { defineConfig } from 'tsdown';

// The published build (`pnpm build`, and `prepack`): ES modules for Node 20.19 with bundled
// declarations. The `keylink-server` command runs dist/cli.js with plain node.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
});
