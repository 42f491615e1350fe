import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const src = (file: string) => resolve(import.meta.dirname, 'src', file);

// Library build for hosts: ESM with react and react-dom left to the host; everything else
// (the contract's schemas, TanStack Query, react-hook-form, zod) bundled, so the widget brings
// its own copies and never shares state with the host's.
export default defineConfig({
  build: {
    lib: {
      entry: {
        index: src('index.ts'),
        mount: src('mount.tsx'),
        // Each locale but English is its own entry: a host downloads only the ones it imports.
        'locales/fr': src('locales/fr.ts'),
        // The stylesheet is imported by hosts (`@keylink/react/styles.css`), never by the
        // widget's code: as an entry of its own it goes through Vite's CSS minifier (Lightning
        // CSS) into dist/styles.css, while src/styles.css stays readable.
        styles: src('styles.css'),
      },
      formats: ['es'],
    },
    // One stylesheet per CSS entry, named after it, rather than one for the whole library.
    cssCodeSplit: true,
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
