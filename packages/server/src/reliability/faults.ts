// The Lattice failures the fault matrix injects through the sandbox's `intercept`, each with
// what the person must see and the retry policy the connector documents (3 attempts of 429, 5xx
// and network failures; Retry-After honoured unless it ends past the deadline; nothing else
// retried).
import type { ErrorCode } from '@keylink/contract';

export interface Fault {
  name: string;
  /** Lattice's answer to every request; throwing makes the connector's fetch reject. */
  answer: (request: Request) => Response | Promise<Response>;
  code: ErrorCode;
  status: number;
  /** Requests each of /v1/me and /v1/users receives. */
  attemptsPerPath: number;
  /** The waits between attempts the connector asks for, sorted (both paths together). */
  waits: number[];
  retryAfterSeconds?: number;
  /** What the person is told, when the fault has words of its own. */
  message?: RegExp;
}

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain', ...headers } });

const jsonText = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'application/json' } });

/** Rejects once the request is aborted: a Lattice that never answers. */
const never = (request: Request) =>
  new Promise<Response>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });

/** Headers at once, then a body that never ends (one chunk, never closed). */
const endlessBody = () =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"object":"list","data":['));
      },
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  );

const megabyte = new TextEncoder().encode(`${' '.repeat(1024 * 1024 - 1)}x`);

/** 20 MB of a 200 answer, streamed a megabyte at a time; it is not JSON (a stray x per MB). */
const hugeBody = () => {
  let sent = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 20) {
          controller.close();
          return;
        }
        sent += 1;
        controller.enqueue(megabyte);
      },
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  );
};

// With random() = 0.5 the backoff is 3/4 of 500 ms, then of 1000 ms ("equal jitter").
const backoffWaits = [375, 375, 750, 750];
const retried = { attemptsPerPath: 3, waits: backoffWaits };
const once = { attemptsPerPath: 1, waits: [] };

export const faults: readonly Fault[] = [
  {
    name: '401',
    answer: () => text(401, 'Unauthorized'),
    code: 'invalid_credentials',
    status: 422,
    ...once,
  },
  // A 403 on every call, /v1/me included: Lattice refuses the key everywhere, which is what it
  // does before it turns on a company's API access.
  {
    name: '403',
    answer: () => text(403, 'Forbidden'),
    code: 'api_not_enabled',
    status: 422,
    ...once,
  },
  // /v1/me and /v1/users always exist: a 404 during verify means the wrong host or a changed
  // API, so the connector answers provider_bad_response (was not_found, "could not be found",
  // which told the person nothing) and suggests the other region.
  {
    name: '404',
    answer: () => jsonText(404, '{"error":"Not found."}'),
    code: 'provider_bad_response',
    status: 502,
    ...once,
    message: /unexpected way.*other region/,
  },
  {
    name: '429 with Retry-After: 1',
    answer: () => text(429, 'Too Many Requests', { 'retry-after': '1' }),
    code: 'provider_rate_limited',
    status: 429,
    attemptsPerPath: 3,
    waits: [1000, 1000, 1000, 1000],
    retryAfterSeconds: 1,
  },
  {
    name: '429 with a Retry-After past the deadline',
    answer: () => text(429, 'Too Many Requests', { 'retry-after': '120' }),
    code: 'provider_rate_limited',
    status: 429,
    ...once,
    retryAfterSeconds: 120,
  },
  {
    name: '429 without Retry-After',
    answer: () => text(429, 'Too Many Requests'),
    code: 'provider_rate_limited',
    status: 429,
    ...retried,
  },
  {
    name: '500',
    answer: () => jsonText(500, '{"error":"Internal Server Error"}'),
    code: 'provider_unavailable',
    status: 502,
    ...retried,
  },
  {
    name: '502',
    answer: () => text(502, 'Bad Gateway'),
    code: 'provider_unavailable',
    status: 502,
    ...retried,
  },
  {
    name: '503',
    answer: () => text(503, 'Service Unavailable'),
    code: 'provider_unavailable',
    status: 502,
    ...retried,
  },
  // A proxy (or Lattice) that echoes the Authorization header in its error text: the key must
  // not come back in the message (the matrix's last test greps every answer and log line).
  {
    name: '500 echoing the Authorization header',
    answer: (request) =>
      jsonText(
        500,
        JSON.stringify({
          error: `upstream refused ${request.headers.get('authorization') ?? ''} ${'and more '.repeat(100)}`,
        }),
      ),
    code: 'provider_unavailable',
    status: 502,
    ...retried,
  },
  {
    name: '400 quoting the bare key',
    answer: (request) =>
      jsonText(
        400,
        JSON.stringify({
          error: `key ${(request.headers.get('authorization') ?? '').replace(/^Bearer /, '')} is not valid here`,
        }),
      ),
    code: 'provider_bad_response',
    status: 502,
    ...once,
  },
  // Nonsense numbers: clamped to a day (past the deadline, so not waited for), never a 500.
  {
    name: '429 with a Retry-After of 10^20 seconds',
    answer: () => text(429, 'Too Many Requests', { 'retry-after': '100000000000000000000' }),
    code: 'provider_rate_limited',
    status: 429,
    ...once,
    retryAfterSeconds: 86_400,
  },
  { name: 'a timeout', answer: never, code: 'provider_timeout', status: 504, ...once },
  {
    name: 'a connection reset',
    answer: () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      });
    },
    code: 'provider_unavailable',
    status: 502,
    ...retried,
  },
  {
    name: 'malformed JSON',
    answer: () => jsonText(200, '{"object":"list","hasMore":tru'),
    code: 'provider_bad_response',
    status: 502,
    ...once,
  },
  {
    name: 'a body that is not JSON',
    answer: () => text(200, '<html><body>Maintenance</body></html>'),
    code: 'provider_bad_response',
    status: 502,
    ...once,
  },
  {
    name: 'a body that never ends',
    answer: endlessBody,
    code: 'provider_timeout',
    status: 504,
    ...once,
  },
  // Refused once 5 MB (the connector's cap) has streamed in, not buffered whole; never retried.
  {
    name: 'a 20 MB body',
    answer: hugeBody,
    code: 'provider_bad_response',
    status: 502,
    ...once,
    message: /unexpectedly large answer/,
  },
];
