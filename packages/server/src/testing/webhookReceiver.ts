import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A fresh Standard Webhooks secret, as a host would make one. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export interface ReceivedWebhook {
  id: string;
  headers: Record<string, string>;
  body: string;
  /** What the receiver answered ('hang': nothing). */
  answered: number | 'hang';
  /** What the library's verifier said: the parsed body, or its error's message. */
  verified: { ok: true; payload: unknown } | { ok: false; error: string };
}

/** How the receiver answers its n-th request (0-based): a status, or never ('hang'). */
export type Answer = (n: number) => number | 'hang';

/**
 * A host's webhook endpoint on 127.0.0.1: records every request and checks each signature with
 * standardwebhooks' own verifier, as a host would.
 */
export async function startWebhookReceiver(secret: string, answer: Answer = () => 204) {
  const received: ReceivedWebhook[] = [];
  const hanging = new Set<ServerResponse>();
  const verifier = new Webhook(secret);
  const waiters: (() => void)[] = [];
  let answerWith = answer;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(
        Object.entries(request.headers).flatMap(([name, value]) =>
          typeof value === 'string' ? [[name, value]] : [],
        ),
      );
      let verified: ReceivedWebhook['verified'];
      try {
        verified = { ok: true, payload: verifier.verify(body, headers) };
      } catch (error) {
        verified = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      const n = received.length;
      const status = answerWith(n);
      received.push({ id: headers['webhook-id'] ?? '', headers, body, verified, answered: status });
      for (const wake of waiters.splice(0)) wake();
      if (status === 'hang') {
        hanging.add(response);
        return;
      }
      // A body the sender must never copy into its logs.
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(`receiver-body-${n}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  const { port } = address;

  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    port,
    received,
    answer(next: Answer) {
      answerWith = next;
    },
    /** Resolves once `count` requests arrived (the test's own timeout bounds it). */
    async waitFor(count: number): Promise<ReceivedWebhook[]> {
      while (received.length < count) await new Promise<void>((wake) => waiters.push(wake));
      return received;
    },
    /** Resolves once every id was answered with a 2xx. */
    async waitForDelivered(ids: readonly string[]): Promise<void> {
      const done = () =>
        ids.every((id) =>
          received.some((r) => r.id === id && typeof r.answered === 'number' && r.answered < 300),
        );
      while (!done()) await new Promise<void>((wake) => waiters.push(wake));
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
