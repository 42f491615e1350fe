import { Hono } from 'hono';
import type { SandboxKeyStore } from '../keyStore';
import { createKeyApi } from './keyApi';

export interface ConsoleOptions {
  keys: SandboxKeyStore;
}

/** Lattice's web app as the sandbox plays it, under /app (same process as the API). */
export function createConsoleApp({ keys }: ConsoleOptions): Hono {
  const app = new Hono().basePath('/app');
  app.route('/api/keys', createKeyApi(keys));
  app.notFound((c) => c.json({ error: 'Not found.' }, 404));
  app.onError((error, c) => {
    console.error('lattice-sandbox console: unexpected error', error);
    return c.json({ error: 'Internal Server Error' }, 500);
  });
  return app;
}
