import {
  ConfirmResponse,
  ErrorBody,
  LinkSession,
  PreviewResponse,
  VerifyResponse,
  routePaths,
} from '@keylink/contract';
import type { ConfirmRequest, VerifyRequest } from '@keylink/contract';
import type { z } from 'zod/mini';
import { LinkApiError, isAbortError, localError } from './LinkAccountError';

/** The four calls the widget makes, each parsed with the contract's schema. */
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
    schema: z.ZodMiniType<T>,
    route: { method: string; path: string },
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
    if (!response.ok) {
      const failure = ErrorBody.safeParse(body);
      if (!failure.success) {
        throw new LinkApiError(
          localError('unexpected_response', 'The server answered with an error.', response.status),
        );
      }
      const { code, message, retryAfterSeconds, issues, requestId, account } = failure.data.error;
      throw new LinkApiError({
        code,
        message,
        status: response.status,
        retryAfterSeconds: retryAfterSeconds ?? null,
        issues: issues ?? [],
        requestId: requestId ?? null,
        account: account ?? null,
      });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new LinkApiError(
        localError('unexpected_response', 'The server answered in an unexpected shape.', 200),
      );
    }
    return parsed.data;
  }

  return {
    getSession: (signal) => call(LinkSession, routePaths.getLinkSession, { signal }),
    verify: (body, signal) => call(VerifyResponse, routePaths.verify, { body, signal }),
    getPreview: (signal) => call(PreviewResponse, routePaths.getPreview, { signal }),
    confirm: (idempotencyKey, body = {}, signal) =>
      call(ConfirmResponse, routePaths.confirm, {
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        signal,
      }),
  };
}
