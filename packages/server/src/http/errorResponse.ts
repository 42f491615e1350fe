import { ErrorBody } from '@keylink/contract';
import type { HttpError } from './HttpError';

/**
 * The JSON answer of a typed error: its status, its body, its own headers and, when set,
 * Retry-After. With a request id, X-Request-Id too (answers made outside the app need it).
 */
export function errorResponse(error: HttpError, requestId: string | undefined): Response {
  const headers = new Headers({
    ...error.headers,
    'content-type': 'application/json; charset=utf-8',
  });
  if (requestId !== undefined) headers.set('X-Request-Id', requestId);
  if (error.details.retryAfterSeconds !== undefined) {
    headers.set('Retry-After', String(error.details.retryAfterSeconds));
  }
  return new Response(JSON.stringify(ErrorBody.parse(error.body(requestId))), {
    status: error.status,
    headers,
  });
}
