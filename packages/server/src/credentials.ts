import type { Credentials } from '@keylink/contract';
import type { Deps } from './context';

/** Associated data binding a ciphertext to its row: a copied ciphertext will not decrypt elsewhere. */
export const sessionAad = (sessionId: string) => `keylink:session:${sessionId}`;
export const accountAad = (accountId: string) => `keylink:account:${accountId}`;

export function sealCredentials(deps: Deps, credentials: Credentials, aad: string): string {
  return deps.encryption.encrypt(JSON.stringify(credentials), aad);
}

export function openCredentials(deps: Deps, ciphertext: string, aad: string): Credentials {
  const parsed: unknown = JSON.parse(deps.encryption.decrypt(ciphertext, aad));
  if (typeof parsed !== 'object' || parsed === null) {
    throw new Error('A stored credential did not decrypt to an object.');
  }
  return Object.fromEntries(
    Object.entries(parsed).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
