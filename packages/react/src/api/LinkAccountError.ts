import type { AccountSummary, ErrorCode } from '@keylink/contract';

/**
 * Every error the widget can meet: the server's codes, plus `network_error` (the request never
 * got an answer) and `unexpected_response` (an answer that does not fit the contract).
 */
export type LinkAccountErrorCode = ErrorCode | 'network_error' | 'unexpected_response';

/** An error as the widget reports it to the host. It never carries a credential. */
export interface LinkAccountError {
  code: LinkAccountErrorCode;
  /** The server's sentence (English), or the widget's own for network and shape problems. */
  message: string;
  /** The HTTP status, when there was an answer. */
  status: number | null;
  retryAfterSeconds: number | null;
  /** With `invalid_request`: which fields were wrong and why. */
  issues: { path: string; message: string }[];
  requestId: string | null;
  /** With `account_mismatch`: the account the key was refused for. */
  account: AccountSummary | null;
}

/** Thrown by the API client; `toJSON` gives the plain object hosts receive. */
export class LinkApiError extends Error {
  override readonly name = 'LinkApiError';
  readonly detail: LinkAccountError;

  constructor(detail: LinkAccountError) {
    super(detail.message);
    this.detail = detail;
  }
}

/** Builds the plain error for a failure that has no server body. */
export function localError(
  code: 'network_error' | 'unexpected_response',
  message: string,
  status: number | null = null,
): LinkAccountError {
  return {
    code,
    message,
    status,
    retryAfterSeconds: null,
    issues: [],
    requestId: null,
    account: null,
  };
}

/** Whatever was thrown, as a LinkAccountError (unknown throws become `unexpected_response`). */
export function toLinkAccountError(error: unknown): LinkAccountError {
  if (error instanceof LinkApiError) return error.detail;
  return localError('unexpected_response', 'The widget met an unexpected problem.');
}

/** Whether the failure came from an AbortController, i.e. the person cancelled. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
