import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The page calls its own backend under /api (same origin, like a real host app); the widget
// talks to keylink-server directly, which allows this origin through KEYLINK_ALLOWED_ORIGINS.
const apiPort = process.env.PLAYGROUND_API_PORT ?? '4020';

export default defineConfig({
  plugins: [react()],
  // @keylink packages resolve to their source (tsconfig.base.json's paths), so the demo needs no
  // build and picks up every change at once.
  resolve: { tsconfigPaths: true },
  server: {
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
