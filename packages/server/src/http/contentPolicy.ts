import type { RouteDefinition } from '@keylink/contract';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../context';
import { HttpError } from './HttpError';
import { isJsonMediaType, unsupportedMediaType } from './validate';

// `request.body` is read only when the headers cannot answer: behind @hono/node-server, touching
// it builds a whole web Request (a stream, abort listeners) for a body the route then reads
// directly from the socket (about 6 % of the server's CPU time per link flow, profiled).

/** Whether the request carries at least one byte of body (reads no more than the first chunk). */
async function hasBody(request: Request): Promise<boolean> {
  const length = request.headers.get('content-length');
  if (length !== null && length.trim() !== '0') return true;
  // The Fetch API gives a GET or HEAD no body, whatever came with it.
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  if (request.body === null) return false;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * What a route accepts as a body, from its contract: JSON of at most `limitBytes` where it takes
 * one (413, 415 for another media type), nothing where it takes none (415). Registered for every
 * route of the table, so a new route gets the same rules.
 */
export function contentPolicy(
  route: RouteDefinition,
  limitBytes: number,
): MiddlewareHandler<AppEnv> {
  if (route.body === undefined) {
    return async (c, next) => {
      if (await hasBody(c.req.raw)) {
        throw unsupportedMediaType(
          `${route.method} ${route.path} takes no request body: send it without one.`,
        );
      }
      await next();
    };
  }
  const tooLarge = () =>
    new HttpError('payload_too_large', `The request body is larger than ${limitBytes} bytes.`);
  const limit = bodyLimit({
    maxSize: limitBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
    const contentType = c.req.header('content-type');
    if (contentType !== undefined && !isJsonMediaType(contentType)) {
      throw unsupportedMediaType(
        'The body must be JSON, sent with the header "Content-Type: application/json".',
      );
    }
    // A declared length decides at once, as in Hono's bodyLimit (Node's parser holds the body
    // to it); without one, bodyLimit counts the bytes as they stream.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number.parseInt(length, 10) > limitBytes) throw tooLarge();
      return next();
    }
    return limit(c, next);
  };
}
