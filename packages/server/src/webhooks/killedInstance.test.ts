import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EventList } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '../index';
import { bodyOf } from '../testing/flow';
import { storageTargets } from '../testing/testDatabases';
import { createTestLattice, sandboxKeys } from '../testing/testLattice';
import { createTestClock, createTestDeployment, hostRequest } from '../testing/testServer';
import { until } from '../testing/until';
import { newWebhookSecret, startWebhookReceiver } from '../testing/webhookReceiver';

const instanceScript = fileURLToPath(new URL('../testing/webhookInstance.ts', import.meta.url));
const serverPackage = fileURLToPath(new URL('../..', import.meta.url));

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`a killed instance on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment> | undefined;
    let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
    afterEach(async () => {
      await deployment?.close();
      await receiver?.close();
    });

    it('given an instance killed between writing events to the outbox and delivering them, should have another instance deliver every event', async () => {
      const secret = newWebhookSecret();
      // The endpoint takes the first request and never answers while the first instance lives.
      receiver = await startWebhookReceiver(secret, () => 'hang');
      const storage = target.create();
      const encryptionKeys = [generateEncryptionKey()];
      const child = spawn(process.execPath, ['--import', 'tsx', instanceScript], {
        cwd: serverPackage,
        env: {
          ...process.env,
          KEYLINK_TEST_INSTANCE: JSON.stringify({
            database: storage.config(),
            encryptionKeys,
            webhooks: { url: receiver.url, secret },
          }),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
      child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await until(() => output.includes('EVENTS-WRITTEN') || child.exitCode !== null);
      expect(output).toContain('EVENTS-WRITTEN');
      await receiver.waitFor(1);
      child.kill('SIGKILL');
      await exited;

      receiver.answer(() => 204);
      deployment = createTestDeployment(storage, encryptionKeys);
      // A minute on, the dead instance's leases (timeout + 20 s) have lapsed.
      const clock = createTestClock(Date.now() + 60_000);
      const { connector } = createTestLattice();
      const survivor = deployment.start({
        connectors: { lattice: connector },
        now: clock.now,
        webhooks: { url: receiver.url, secret, pollIntervalMs: 50 },
      });
      const events = EventList.parse(await bodyOf(await survivor.fetch(hostRequest('/v1/events'))));
      expect(events.data.map((event) => event.type)).toEqual([
        'account.linked',
        'account.linked',
        'account.linked',
        'account.deleted',
      ]);
      const ids = events.data.map((event) => event.id);
      await receiver.waitForDelivered(ids);
      expect(receiver.received.every((delivery) => delivery.verified.ok)).toBe(true);
      expect(new Set(receiver.received.map((delivery) => delivery.id))).toEqual(new Set(ids));

      for (const text of [output, ...deployment.logLines]) {
        for (const key of Object.values(sandboxKeys)) expect(text).not.toContain(key);
        expect(text).not.toContain(secret.slice('whsec_'.length));
      }
    }, 120_000);
  });
}
