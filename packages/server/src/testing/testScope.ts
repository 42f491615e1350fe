import { afterEach } from 'vitest';
import type { StorageTarget } from './testDatabases';
import { createTestDeployment } from './testServer';
import { newWebhookSecret, startWebhookReceiver } from './webhookReceiver';
import type { Answer } from './webhookReceiver';

/**
 * What each test of a suite opens on one storage target — deployments and webhook receivers —
 * closed after that test (afterEach), last opened first, whether it passed or not.
 */
export function createTestScope(target: StorageTarget) {
  const opened: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of opened.splice(0).reverse()) await close();
  });
  return {
    /** Servers on fresh storage (see createTestDeployment). */
    deployment() {
      const deployment = createTestDeployment(target.create());
      opened.push(deployment.close);
      return deployment;
    },
    /** A webhook endpoint with a fresh secret, and the server's settings that point at it. */
    async webhookReceiver(answer?: Answer) {
      const secret = newWebhookSecret();
      const receiver = await startWebhookReceiver(secret, answer);
      opened.push(receiver.close);
      return { secret, receiver, webhooks: { url: receiver.url, secret, pollIntervalMs: 50 } };
    },
  };
}
