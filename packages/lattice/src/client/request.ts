import { redactSecrets } from '@keylink/contract';
import type { z } from 'zod';
import { LatticeErrorBody } from '../wire';
import { parseRetryAfter, retryDelayMs } from './backoff';
import type { RetryPolicy } from './backoff';
import { apiKeyCharacterProblem } from './apiKeyCharacters';
import {
  abortedError,
  LatticeError,
  errorForStatus,
  isLatticeError,
  malformedResponseError,
  networkError,
  timeoutError,
} from './errors';
import type { CallOptions, FetchFunction, SleepFunction } from './options';
import { readBody } from './readBody';

/** Everything a request needs, resolved from the client's options. */
export interface RequestConfig {
  baseUrl: string;
  apiKey: string;
  fetch: FetchFunction;
  timeoutMs: number;
  deadlineMs: number;
  maxResponseBytes: number;
  retry: RetryPolicy;
  sleep: SleepFunction;
  random: () => number;
  now: () => number;
  signal: AbortSignal | undefined;
}

export type Query = Readonly<Record<string, string | number | undefined>>;

/**
 * GETs `path` and parses the JSON body with `schema`. Retries 429, 5xx and network failures with
 * backoff (GETs are idempotent), and never starts an attempt or a wait that would end past the
 * deadline: then the last error is thrown at once, so a caller is never kept waiting for nothing.
 */
export async function getJson<T>(
  config: RequestConfig,
  path: string,
  query: Query,
  schema: z.ZodType<T>,
  call: CallOptions = {},
): Promise<T> {
  const request = `GET ${path}`;
  const unsendable = apiKeyCharacterProblem(config.apiKey);
  if (unsendable !== undefined) {
    throw new LatticeError('invalid_credentials', unsendable, { request });
  }
  const url = buildUrl(config.baseUrl, path, query);
  const deadlineAt = call.deadlineAt ?? config.now() + config.deadlineMs;
  const signals = [config.signal, call.signal].filter((s): s is AbortSignal => s !== undefined);
  const signal = signals.length > 0 ? AbortSignal.any(signals) : undefined;

  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) throw abortedError(request, signal.reason);
    const remaining = deadlineAt - config.now();
    if (remaining <= 0) throw timeoutError(request, config.deadlineMs);
    try {
      return await attemptOnce(
        config,
        request,
        url,
        schema,
        Math.min(config.timeoutMs, remaining),
        signal,
      );
    } catch (error) {
      if (!isLatticeError(error) || !error.retryable || attempt >= config.retry.maxAttempts) {
        throw error;
      }
      const delay = retryDelayMs(config.retry, attempt, error.retryAfterSeconds, config.random);
      if (config.now() + delay >= deadlineAt) throw error;
      try {
        await config.sleep(delay, signal);
      } catch (cause) {
        throw abortedError(request, cause);
      }
    }
  }
}

function buildUrl(baseUrl: string, path: string, query: Query): string {
  const url = new URL(path, `${baseUrl}/`);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

async function attemptOnce<T>(
  config: RequestConfig,
  request: string,
  url: string,
  schema: z.ZodType<T>,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  // A fetch that ignores its signal must still not hold us: race it against the abort.
  let rejectAborted: (reason: unknown) => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    rejectAborted = reject;
  });
  const onAbort = () => rejectAborted(controller.signal.reason);
  aborted.catch(() => undefined);
  controller.signal.addEventListener('abort', onAbort, { once: true });

  // What the HTTP library threw may quote what it was sent (undici names a bad header value):
  // only a copy with the key blanked travels on as the cause.
  const failure = (thrown: unknown): LatticeError => {
    const cause = withoutKey(thrown, config.apiKey);
    if (timedOut) return timeoutError(request, timeoutMs);
    if (callerSignal?.aborted) return abortedError(request, cause);
    return networkError(request, cause);
  };

  try {
    let response: Response;
    try {
      response = await Promise.race([
        config.fetch(url, {
          method: 'GET',
          headers: { authorization: `Bearer ${config.apiKey}`, accept: 'application/json' },
          signal: controller.signal,
        }),
        aborted,
      ]);
    } catch (cause) {
      throw failure(cause);
    }
    let text: string;
    try {
      text = await Promise.race([
        readBody(response, request, config.maxResponseBytes, controller.signal),
        aborted,
      ]);
    } catch (cause) {
      if (isLatticeError(cause)) throw cause;
      throw failure(cause);
    }
    if (!response.ok) {
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), config.now());
      throw errorForStatus(response.status, request, errorDetail(text, config.apiKey), retryAfter);
    }
    return parseBody(request, text, schema);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
    // The signal outlives the attempt (undici holds it until a finalizer runs, two full GCs
    // later): left on it, this listener would keep `aborted` and, through the races' reactions,
    // the whole body text of every page read, megabytes over a walk.
    controller.signal.removeEventListener('abort', onAbort);
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function parseBody<T>(request: string, text: string, schema: z.ZodType<T>): T {
  const json = parseJson(text);
  if (!json.ok) throw malformedResponseError(request, 'the body is not JSON');
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'the body' : issue.path.join('.');
  throw malformedResponseError(request, `${where}: ${issue?.message ?? 'unexpected shape'}`);
}

/**
 * Lattice's `{"error": "…"}` text, when the body has that shape (401/403 bodies are unknown),
 * with the key blanked: a proxy in between may echo the Authorization header it was sent.
 */
function errorDetail(text: string, apiKey: string): string | undefined {
  const json = parseJson(text);
  if (!json.ok) return undefined;
  const body = LatticeErrorBody.safeParse(json.value);
  return body.success ? redactSecrets(body.data.error, [apiKey]) : undefined;
}

/** A thrown value as an Error whose message and stack hold no trace of the key. */
function withoutKey(thrown: unknown, apiKey: string): Error {
  const source = thrown instanceof Error ? thrown : new Error(String(thrown));
  const copy = new Error(redactSecrets(source.message, [apiKey]));
  copy.name = source.name;
  copy.stack = redactSecrets(source.stack ?? '', [apiKey]);
  return copy;
}
