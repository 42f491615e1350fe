import type { Kysely } from 'kysely';
import type { KeylinkTables } from './db/schema';
import type { Encryption } from './encryption';
import { accountAad, sessionAad } from './credentials';

const checkName = 'encryption_check';
const checkAad = 'keylink:encryption-check';
const checkText = 'keylink encryption check';

function refusal(keyId: string, encryption: Encryption): Error {
  return new Error(
    `Keylink will not start: the stored credentials were encrypted with key ${keyId}, which is not among the configured encryption keys (the current one is ${encryption.currentKeyId}). Set KEYLINK_ENCRYPTION_KEY to that key, or add it to KEYLINK_ENCRYPTION_KEYS_OLD (the server's encryptionKeys) to rotate away from it.`,
  );
}

/** Whether `encryption` opens `ciphertext`; throws the start-up refusal when it does not. */
function assertOpens(encryption: Encryption, ciphertext: string, aad: string, what: string): void {
  let keyId: string;
  try {
    keyId = encryption.keyIdOf(ciphertext);
  } catch {
    throw new Error(`Keylink will not start: the stored ${what} is not in a format it can read.`);
  }
  try {
    encryption.decrypt(ciphertext, aad);
  } catch {
    throw refusal(keyId, encryption);
  }
}

/**
 * Refuses to start with keys that open none of the stored credentials, naming the key id that is
 * needed. A check value (a constant sealed with the current key) is written at first start; an
 * existing database without one is first checked against a stored credential. A check value
 * sealed with an older, still configured key is re-sealed with the current one.
 */
export async function checkEncryptionKeys(
  db: Kysely<KeylinkTables>,
  encryption: Encryption,
): Promise<void> {
  let row = await db
    .selectFrom('keylink_meta')
    .select('value')
    .where('name', '=', checkName)
    .executeTakeFirst();
  if (row === undefined) {
    // Upgraded from a version without the check value: a stored credential is the witness.
    const account = await db
      .selectFrom('keylink_accounts')
      .select(['id', 'credential'])
      .limit(1)
      .executeTakeFirst();
    if (account !== undefined) {
      assertOpens(encryption, account.credential, accountAad(account.id), 'credential');
    } else {
      const session = await db
        .selectFrom('keylink_sessions')
        .select(['id', 'credential'])
        .where('credential', 'is not', null)
        .limit(1)
        .executeTakeFirst();
      if (session?.credential != null) {
        assertOpens(encryption, session.credential, sessionAad(session.id), 'credential');
      }
    }
    await db
      .insertInto('keylink_meta')
      .values({ name: checkName, value: encryption.encrypt(checkText, checkAad) })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    row = await db
      .selectFrom('keylink_meta')
      .select('value')
      .where('name', '=', checkName)
      .executeTakeFirstOrThrow();
  }
  assertOpens(encryption, row.value, checkAad, 'encryption check value');
  await resealCheck(db, encryption, row.value);
}

/** Re-seals the check value under the current key (rotation); a no-op when it already is. */
export async function resealCheck(
  db: Kysely<KeylinkTables>,
  encryption: Encryption,
  current?: string,
): Promise<number> {
  const value =
    current ??
    (
      await db
        .selectFrom('keylink_meta')
        .select('value')
        .where('name', '=', checkName)
        .executeTakeFirst()
    )?.value;
  if (value === undefined || encryption.keyIdOf(value) === encryption.currentKeyId) return 0;
  const next = encryption.encrypt(encryption.decrypt(value, checkAad), checkAad);
  const updated = await db
    .updateTable('keylink_meta')
    .set({ value: next })
    .where('name', '=', checkName)
    .where('value', '=', value)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows);
}
