import { z } from 'zod/mini';
import { HttpError } from './http/HttpError';

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
  const cursor = { list: 'iamUsers', accountId, provider: providerCursor };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The provider's cursor inside one of ours, or invalid_request when it belongs to another listing. */
export function unwrapIamCursor(accountId: string, cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  const refuse = (message: string) =>
    new HttpError(
      'invalid_request',
      `${message} Pass nextCursor back unchanged, on the listing that gave it out.`,
      { issues: [{ path: 'cursor', message }] },
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('This cursor is not one this API gave out.');
  }
  const result = IamUsersCursor.safeParse(parsed);
  if (!result.success) throw refuse('This cursor is not one of a user listing.');
  if (result.data.accountId !== accountId)
    throw refuse('This cursor pages through another account.');
  return result.data.provider;
}
