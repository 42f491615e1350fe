import {
  ConfirmResponse,
  ErrorBody,
  LinkSession,
  PreviewResponse,
  VerifyRequest,
  VerifyResponse,
  routes,
} from '@keylink/contract';
import type { ErrorCode } from '@keylink/contract';
import type { z } from 'zod/mini';
import { acmeSession, acmeVerified } from './acmeHr';

export const STUB_URL = 'https://keylink.test';
export const STUB_TOKEN = 'kls_test_token';

/** One answer of the stub: a JSON body with a status, a dropped connection, or no answer yet. */
export type StubReply =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'network_error' }
  | { kind: 'hang' }
  | { kind: 'after'; gate: Promise<void>; reply: StubReply };

/** A reply held back until `release()`: lets a test see the step that waits for it. */
export function gated(reply: StubReply): { reply: StubReply; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { reply: { kind: 'after', gate, reply }, release };
}

type RouteKey = 'getLinkSession' | 'verify' | 'getPreview' | 'confirm';

const schemas: Record<RouteKey, z.ZodMiniType> = {
  getLinkSession: LinkSession,
  verify: VerifyResponse,
  getPreview: PreviewResponse,
  confirm: ConfirmResponse,
};

/** A success reply, checked against the contract so the stub cannot drift from it. */
export function ok<K extends RouteKey>(route: K, body: z.input<(typeof schemas)[K]>): StubReply {
  return { kind: 'json', status: 200, body: schemas[route].parse(body) };
}

/** An error reply in the contract's ErrorBody shape. */
export function fail(
  status: number,
  code: ErrorCode,
  extra: Omit<ErrorBody['error'], 'code' | 'message'> = {},
): StubReply {
  const body = ErrorBody.parse({ error: { code, message: `Stub says ${code}.`, ...extra } });
  return { kind: 'json', status, body };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Headers;
  /** The raw body text: tests check where the key goes, and where it does not. */
  body: string | null;
}

export interface StubServer {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** Queues replies for a route; the last one repeats once the queue runs out. */
  reply(route: RouteKey, ...replies: StubReply[]): void;
  /** Requests made to one route. */
  calls(route: RouteKey): RecordedRequest[];
}

const routeOf = (method: string, path: string): RouteKey | null => {
  for (const key of ['getLinkSession', 'verify', 'getPreview', 'confirm'] as const) {
    if (routes[key].method === method && routes[key].path === path) return key;
  }
  return null;
};

/**
 * Keylink's widget API in memory: checks the session token and the request bodies with the
 * contract, records every request, and answers from per-route queues.
 */
export function createStubServer(): StubServer {
  const queues: Record<RouteKey, StubReply[]> = {
    getLinkSession: [ok('getLinkSession', acmeSession())],
    verify: [ok('verify', acmeVerified())],
    getPreview: [ok('getPreview', { preview: acmeVerified().preview })],
    confirm: [ok('confirm', { accountId: 'acc_1', provider: 'acme-hr', mode: 'create' })],
  };
  const requests: RecordedRequest[] = [];

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const stubResponse = (reply: StubReply) =>
    reply.kind === 'json' ? json(reply.status, reply.body) : json(500, null);

  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'GET' ? null : await request.text();
    const recorded = { method: request.method, path: url.pathname, headers: request.headers, body };
    requests.push(recorded);
    const route = routeOf(request.method, url.pathname);
    if (url.origin !== STUB_URL || !route) return stubResponse(fail(404, 'not_found'));
    if (request.headers.get('Authorization') !== `Bearer ${STUB_TOKEN}`) {
      return stubResponse(fail(401, 'unauthorized'));
    }
    if (route === 'verify') VerifyRequest.parse(JSON.parse(body ?? ''));
    if (route === 'confirm' && !request.headers.get('Idempotency-Key')) {
      return stubResponse(fail(400, 'invalid_request'));
    }
    const queue = queues[route];
    let next = (queue.length > 1 ? queue.shift() : queue[0]) ?? fail(500, 'internal_error');
    if (next.kind === 'after') {
      await next.gate;
      next = next.reply;
    }
    if (next.kind === 'after') throw new Error('Gated replies do not nest.');
    if (next.kind === 'network_error') throw new TypeError('Failed to fetch');
    if (next.kind === 'hang') {
      return new Promise((_, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        );
      });
    }
    return json(next.status, next.body);
  };

  return {
    fetch: handler,
    requests,
    reply(route, ...replies) {
      queues[route] = replies;
    },
    calls: (route) => requests.filter((r) => routeOf(r.method, r.path) === route),
  };
}
