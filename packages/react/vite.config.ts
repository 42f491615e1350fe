import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const src = (file: string) => resolve(import.meta.dirname, 'src', file);

// The stylesheet is imported by hosts (`@keylink/react/styles.css`), never by the widget's code,
// so the bundler does not see it: ship it as is.
function shipStyles(): Plugin {
  return {
    name: 'keylink-ship-styles',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(src('styles.css')),
      });
    },
  };
}

// Library build for hosts: ESM with react and react-dom left to the host; everything else
// (the contract's schemas, TanStack Query, react-hook-form, zod) bundled, so the widget brings
// its own copies and never shares state with the host's.
export default defineConfig({
  plugins: [shipStyles()],
  build: {
    lib: {
      entry: { index: src('index.ts'), mount: src('mount.tsx') },
      formats: ['es'],
    },
    rollupOptions: {
      external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
      // The bundled libraries' own "use client" lines cannot survive bundling; the widget's
      // entries get one instead, so React Server Components hosts treat them as client code.
      output: { banner: '"use client";' },
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
    sourcemap: true,
    emptyOutDir: true,
  },
});
