import { ErrorBody } from '@keylink/contract';
import type { HttpError } from './HttpError';

/** The JSON answer of a typed error: its status, its body and, when set, Retry-After. */
export function errorResponse(error: HttpError, requestId: string | undefined): Response {
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' });
  if (error.details.retryAfterSeconds !== undefined) {
    headers.set('Retry-After', String(error.details.retryAfterSeconds));
  }
  return new Response(JSON.stringify(ErrorBody.parse(error.body(requestId))), {
    status: error.status,
    headers,
  });
}
