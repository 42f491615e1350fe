import { AccountEventPayload, EventList } from '@keylink/contract';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { webhookRetryDelaysSeconds } from '../index';
import type { KeylinkServer } from '../index';
import { bodyOf, confirmOk, newSession, verifyOk } from '../testing/flow';
import { storageTargets } from '../testing/testDatabases';
import { createTestLattice, sandboxKeys } from '../testing/testLattice';
import { createTestScope } from '../testing/testScope';
import { createTestClock, createTestDeployment, hostRequest } from '../testing/testServer';
import { until } from '../testing/until';
import { newWebhookSecret } from '../testing/webhookReceiver';
import type { Answer } from '../testing/webhookReceiver';

async function link(server: KeylinkServer, key = sandboxKeys.smallCompanyAdmin) {
  const { token } = await newSession(server);
  await verifyOk(server, token, key);
  return confirmOk(server, token);
}

async function eventIds(server: KeylinkServer): Promise<string[]> {
  const list = EventList.parse(await bodyOf(await server.fetch(hostRequest('/v1/events'))));
  return list.data.map((event) => event.id);
}

const lines = (logLines: string[], message: string) =>
  logLines.filter((line) => line.includes(message));

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`webhooks on ${target.name}`, { timeout: 30_000 }, () => {
    const scope = createTestScope(target);
    /** A receiver answering as `answer`, and one server on a clock the test moves sending to it. */
    async function startSending(answer?: Answer, settings: { timeoutMs?: number } = {}) {
      const { secret, receiver, webhooks } = await scope.webhookReceiver(answer);
      const deployment = scope.deployment();
      const clock = createTestClock(Date.now());
      const { connector } = createTestLattice();
      const server = deployment.start({
        connectors: { lattice: connector },
        now: clock.now,
        webhooks: { ...webhooks, ...settings },
      });
      return { secret, receiver, deployment, clock, server };
    }

    it("should deliver every event signed so that standardwebhooks' verifier accepts it, with no credential in any delivery or log", async () => {
      const { secret, receiver, deployment, server } = await startSending();

      const { accountId } = await link(server);
      await server.fetch(hostRequest(`/v1/accounts/${accountId}`, { method: 'DELETE' }));
      const ids = await eventIds(server);
      expect(ids).toHaveLength(2);
      await receiver.waitForDelivered(ids);

      const deliveries = receiver.received;
      expect(deliveries.map((delivery) => delivery.id).sort()).toEqual([...ids].sort());
      for (const delivery of deliveries) {
        expect(delivery.verified).toMatchObject({ ok: true });
        expect(delivery.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
        expect(delivery.headers['content-type']).toBe('application/json');
        expect(delivery.headers.authorization).toBeUndefined();
      }
      const payloads = deliveries.map((delivery) =>
        AccountEventPayload.parse(JSON.parse(delivery.body)),
      );
      expect(payloads.map((payload) => payload.type).sort()).toEqual([
        'account.deleted',
        'account.linked',
      ]);
      expect(payloads[0]?.data).toMatchObject({ accountId, provider: 'lattice' });

      // A tampered body or a wrong secret fails the same verifier.
      const [first] = deliveries;
      if (first === undefined) throw new Error('no delivery');
      expect(() => new Webhook(secret).verify(`${first.body} `, first.headers)).toThrow();
      expect(() => new Webhook(newWebhookSecret()).verify(first.body, first.headers)).toThrow();

      const everything = [...deliveries.map((d) => JSON.stringify(d)), ...deployment.logLines];
      for (const text of everything) {
        for (const key of Object.values(sandboxKeys)) expect(text).not.toContain(key);
        expect(text).not.toContain(secret.slice('whsec_'.length));
      }
    });

    it('given a receiver that fails first then succeeds, should deliver the event twice with one webhook-id, logging only its status', async () => {
      const { receiver, deployment, clock, server } = await startSending((n) =>
        n === 0 ? 500 : 204,
      );

      await link(server);
      await receiver.waitFor(1);
      await until(() => lines(deployment.logLines, 'will retry').length === 1);
      // The first retry is due 5 s later: nothing is sent again before that.
      expect(webhookRetryDelaysSeconds[0]).toBeLessThanOrEqual(10);
      clock.advance(webhookRetryDelaysSeconds[0]! * 1000);
      const [failed, retried] = await receiver.waitFor(2);

      expect(retried?.id).toBe(failed?.id);
      expect(retried?.body).toBe(failed?.body);
      expect([failed?.verified.ok, retried?.verified.ok]).toEqual([true, true]);
      expect(await eventIds(server)).toEqual([failed?.id]);
      const [warning] = lines(deployment.logLines, 'will retry');
      expect(JSON.parse(warning ?? '{}')).toMatchObject({ status: 500, attempt: 1 });
      expect(deployment.logLines.join('\n')).not.toContain('receiver-body');
    });

    it('given no answer within the timeout, then a refused connection, should retry with growing delays for over a day and then give up', async () => {
      const { receiver, deployment, clock, server } = await startSending(() => 'hang', {
        timeoutMs: 300,
      });

      await link(server);
      await until(() => lines(deployment.logLines, 'will retry').length === 1);
      expect(lines(deployment.logLines, 'will retry')[0]).toContain('no answer within 300 ms');
      await receiver.close();

      const delays = webhookRetryDelaysSeconds;
      expect(delays.every((delay, i) => i === 0 || delay >= (delays[i - 1] ?? 0))).toBe(true);
      expect(delays.reduce((sum, delay) => sum + delay, 0)).toBeGreaterThan(86_400);
      for (const [index, delay] of delays.entries()) {
        clock.advance(delay * 1000);
        const attempts = index + 2;
        await until(
          () =>
            lines(deployment.logLines, 'will retry').length +
              lines(deployment.logLines, 'failed for good').length >=
            attempts,
        );
      }
      // (The first may fail on the kept-alive socket the closing receiver dropped.)
      expect(deployment.logLines.join('\n')).toContain('connection refused');
      expect(lines(deployment.logLines, 'failed for good')).toHaveLength(1);
      expect(lines(deployment.logLines, 'will retry')).toHaveLength(delays.length);
      // The event itself stays readable.
      expect(await eventIds(server)).toHaveLength(1);
    });
  });
}

describe('webhook settings', () => {
  it('should refuse a secret that is not whsec_ + base64 of 24–64 bytes, and a non-http URL', async () => {
    const { connector } = createTestLattice();
    const deployment = createTestDeployment(storageTargets[0]!.create());
    try {
      for (const webhooks of [
        { url: 'https://host.example/hooks', secret: 'not-a-secret' },
        { url: 'https://host.example/hooks', secret: 'whsec_c2hvcnQ=' },
        { url: 'ftp://host.example/hooks', secret: newWebhookSecret() },
      ]) {
        expect(() => deployment.start({ connectors: { lattice: connector }, webhooks })).toThrow(
          /whsec_|http/,
        );
      }
    } finally {
      await deployment.close();
    }
  });
});
