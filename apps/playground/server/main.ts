// The playground backend as a process: `node --import tsx server/main.ts` (scripts/demo.mjs
// starts it). Configuration comes from the environment the demo script sets.
import { serve } from '@hono/node-server';
import { latticeAppUrl } from '@keylink/lattice';
import { createPlaygroundApi } from './createPlaygroundApi';
import { loadSandboxKeys } from './loadSandboxKeys';

const secretKey = process.env.KEYLINK_SECRET_KEY;
if (!secretKey) {
  console.error(
    'KEYLINK_SECRET_KEY is not set: the playground backend needs the key keylink-server accepts. Start it with `npm run demo`.',
  );
  process.exit(1);
}
const port = Number(process.env.PLAYGROUND_API_PORT ?? 4020);
const keylinkUrl = process.env.KEYLINK_SERVER_URL ?? 'http://127.0.0.1:4000';

const api = createPlaygroundApi({
  keylink: { baseUrl: keylinkUrl, secretKey },
  publicKeylinkUrl: process.env.KEYLINK_PUBLIC_URL ?? keylinkUrl,
  // keylink-server signs its webhooks with it (the demo gives both processes the same one).
  ...(process.env.KEYLINK_WEBHOOK_SECRET
    ? { webhookSecret: process.env.KEYLINK_WEBHOOK_SECRET }
    : {}),
  // Only against the sandbox: a real Lattice knows none of these keys.
  ...(process.env.KEYLINK_LATTICE_BASE_URL
    ? {
        sandboxKeys: loadSandboxKeys(),
        // The same link the widget's guide gives: the sandbox's console.
        sandboxConsoleUrl: latticeAppUrl({ baseUrl: process.env.KEYLINK_LATTICE_BASE_URL }),
      }
    : {}),
});

const server = serve({ fetch: api.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`playground backend listening on http://127.0.0.1:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
