import { defineConfig } from 'tsdown';

// The published build (`pnpm build`, and `prepack`): ES modules for Node 20.19 and current
// browsers (the widget and the server both import the contract), with bundled declarations.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: 'esm',
  platform: 'neutral',
  target: ['node20.19', 'es2022'],
  fixedExtension: false,
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
});
