import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Library build for hosts: ESM, react and react-dom left to the host.
export default defineConfig({
  build: {
    lib: {
      entry: { index: resolve(import.meta.dirname, 'src/index.ts') },
      formats: ['es'],
    },
    rollupOptions: {
      external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    },
    sourcemap: true,
  },
});
