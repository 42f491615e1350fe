import { z } from 'zod/mini';
import { cursorRefusal, readCursor, writeCursor } from './opaqueCursor';

const IamUsersCursor = z.strictObject({
  list: z.literal('iamUsers'),
  accountId: z.string(),
  provider: z.string(),
});

/**
 * The provider's cursor, wrapped with the account whose users it pages through: providers bind
 * cursors to their own listing at best, and two accounts may reach the same company.
 */
export function wrapIamCursor(accountId: string, providerCursor: string | null): string | null {
  if (providerCursor === null) return null;
  return writeCursor({ list: 'iamUsers', accountId, provider: providerCursor });
}

/** The provider's cursor inside one of ours, or invalid_request when it belongs to another listing. */
export function unwrapIamCursor(accountId: string, cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  const fix = 'Pass nextCursor back unchanged, on the listing that gave it out.';
  const position = readCursor(cursor, IamUsersCursor, {
    notThisListing: 'This cursor is not one of a user listing.',
    fix,
  });
  if (position.accountId !== accountId)
    throw cursorRefusal('This cursor pages through another account.', fix);
  return position.provider;
}
