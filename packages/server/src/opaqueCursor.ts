import { z } from 'zod/mini';
import { HttpError } from './http/HttpError';

// The API's cursors are opaque to callers: base64url of a small JSON position that names its
// listing, so a cursor from one listing (or filter, or account) is refused on another.

/** A position as the cursor a listing gives out. */
export function writeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** invalid_request about the `cursor` parameter: what is wrong, then how to put it right. */
export function cursorRefusal(message: string, fix: string): HttpError {
  return new HttpError('invalid_request', `${message} ${fix}`, {
    issues: [{ path: 'cursor', message }],
  });
}

/**
 * The position inside one of our cursors, or a refusal when it is not one we gave out or not one
 * of this listing (`notThisListing` says which listing it should have been).
 */
export function readCursor<T>(
  cursor: string,
  schema: z.core.$ZodType<T>,
  texts: { notThisListing: string; fix: string },
): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorRefusal('This cursor is not one this API gave out.', texts.fix);
  }
  const position = z.safeParse(schema, parsed);
  if (!position.success) throw cursorRefusal(texts.notThisListing, texts.fix);
  return position.data;
}
