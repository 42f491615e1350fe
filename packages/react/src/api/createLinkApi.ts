import { errorCodes, linkRoutePaths } from '@keylink/contract';
import type {
  ConfirmRequest,
  ConfirmResponse,
  ErrorBody,
  ErrorCode,
  LinkSession,
  PreviewResponse,
  VerifyRequest,
  VerifyResponse,
} from '@keylink/contract';
import { LinkApiError, isAbortError, localError } from './LinkAccountError';
import type { LinkAccountError } from './LinkAccountError';

/** The four calls the widget makes, typed by the contract. */
export interface LinkApi {
  getSession(signal?: AbortSignal): Promise<LinkSession>;
  verify(body: VerifyRequest, signal?: AbortSignal): Promise<VerifyResponse>;
  getPreview(signal?: AbortSignal): Promise<PreviewResponse>;
  confirm(
    idempotencyKey: string,
    body?: ConfirmRequest,
    signal?: AbortSignal,
  ): Promise<ConfirmResponse>;
}

export interface LinkApiOptions {
  serverUrl: string;
  sessionToken: string;
  /**
   * The widget's language tag, sent as Accept-Language on every call: the server answers the
   * provider's texts (guide, fields, roles…) in the best match it has.
   */
  language: string;
}

/**
 * A client for the widget's side of Keylink's API. `fetch` is read at call time, never at import,
 * so the module is safe to load during server rendering.
 *
 * @example
 * const api = createLinkApi({ serverUrl: 'https://keylink.example.com', sessionToken, language: 'fr' });
 * const session = await api.getSession();
 */
export function createLinkApi({ serverUrl, sessionToken, language }: LinkApiOptions): LinkApi {
  const base = serverUrl.replace(/\/+$/, '');

  async function call<T>(
    route: { method: string; path: string },
    parts: Record<string, 'object' | 'string'>,
    init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal | undefined },
  ): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': language,
      Authorization: `Bearer ${sessionToken}`,
      ...init.headers,
    };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${base}${route.path}`, {
        method: route.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
        credentials: 'omit',
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new LinkApiError(
        localError('network_error', 'The Keylink server could not be reached.'),
      );
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw new LinkApiError(readError(body, response.status));
    // Not parsed against the contract's schemas: the server parses every answer with them before
    // sending it (server/src/http/respond.ts), and parsing again here cost the widget 1.5 kB
    // (4.2 kB without the host's zod) and main-thread time before the guide. What is checked is
    // what a proxy or a version skew breaks: an answer that is not a JSON object, or lacks a part
    // the flow reads outside rendering, is `unexpected_response`; a step that throws while
    // rendering a missing detail is caught by RenderFailureBoundary as the same.
    if (!isRecord(body) || !hasParts(body, parts)) {
      throw new LinkApiError(
        localError(
          'unexpected_response',
          'The server answered in an unexpected shape.',
          response.status,
        ),
      );
    }
    return body as T;
  }

  return {
    getSession: (signal) =>
      call<LinkSession>(linkRoutePaths.getLinkSession, { provider: 'object' }, { signal }),
    verify: (body, signal) =>
      call<VerifyResponse>(
        linkRoutePaths.verify,
        { verification: 'object', preview: 'object' },
        { body, signal },
      ),
    getPreview: (signal) =>
      call<PreviewResponse>(linkRoutePaths.getPreview, { preview: 'object' }, { signal }),
    confirm: (idempotencyKey, body = {}, signal) =>
      call<ConfirmResponse>(
        linkRoutePaths.confirm,
        { accountId: 'string' },
        {
          body,
          headers: { 'Idempotency-Key': idempotencyKey },
          signal,
        },
      ),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasParts(body: Record<string, unknown>, parts: Record<string, 'object' | 'string'>) {
  return Object.entries(parts).every(([name, kind]) =>
    kind === 'object' ? isRecord(body[name]) : typeof body[name] === kind,
  );
}

/**
 * The contract's error envelope, read field by field: a code the widget does not know (a newer
 * server) or a body that is not the envelope (a proxy's page) is `unexpected_response`.
 */
function readError(body: unknown, status: number): LinkAccountError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code = error?.code;
  if (!error || !isErrorCode(code) || typeof error.message !== 'string') {
    return localError('unexpected_response', 'The server answered with an error.', status);
  }
  const { retryAfterSeconds, issues, requestId, account } = error as Partial<ErrorBody['error']>;
  return {
    code,
    message: error.message,
    status,
    retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : null,
    issues: Array.isArray(issues) ? issues : [],
    requestId: typeof requestId === 'string' ? requestId : null,
    account: isRecord(account) ? account : null,
  };
}

function isErrorCode(code: unknown): code is ErrorCode {
  return (errorCodes as readonly unknown[]).includes(code);
}
