import type { KeylinkDatabase } from './db/createDatabase';
import { migrateToLatest } from './db/migrations';
import { accountAad, sessionAad } from './credentials';
import { createEncryption } from './encryption';
import { checkEncryptionKeys, resealCheck } from './encryptionCheck';

export interface RotationResult {
  accounts: number;
  sessions: number;
}

/**
 * Re-encrypts every stored credential under the newest key (the first of `encryptionKeys`), so
 * the older keys can then be retired. Each row is rewritten only if unchanged since it was read,
 * so it is safe while servers run, and running it twice does nothing the second time.
 *
 * @example
 * await rotateEncryptionKeys(createDatabase({ kind: 'sqlite', file }), [newKey, oldKey]);
 */
export async function rotateEncryptionKeys(
  database: KeylinkDatabase,
  encryptionKeys: readonly string[],
): Promise<RotationResult> {
  const encryption = createEncryption(encryptionKeys);
  await database.prepare();
  await migrateToLatest(database.db, database.kind);
  const { db } = database;
  // Refuses keys that open nothing stored, as the server would, before rewriting anything.
  await checkEncryptionKeys(db, encryption);
  const result: RotationResult = { accounts: 0, sessions: 0 };

  const accounts = await db.selectFrom('keylink_accounts').select(['id', 'credential']).execute();
  for (const row of accounts) {
    if (encryption.keyIdOf(row.credential) === encryption.currentKeyId) continue;
    const aad = accountAad(row.id);
    const next = encryption.encrypt(encryption.decrypt(row.credential, aad), aad);
    const updated = await db
      .updateTable('keylink_accounts')
      .set({ credential: next })
      .where('id', '=', row.id)
      .where('credential', '=', row.credential)
      .executeTakeFirst();
    result.accounts += Number(updated.numUpdatedRows);
  }

  const sessions = await db
    .selectFrom('keylink_sessions')
    .select(['id', 'credential'])
    .where('credential', 'is not', null)
    .execute();
  for (const row of sessions) {
    if (row.credential === null || encryption.keyIdOf(row.credential) === encryption.currentKeyId)
      continue;
    const aad = sessionAad(row.id);
    const next = encryption.encrypt(encryption.decrypt(row.credential, aad), aad);
    const updated = await db
      .updateTable('keylink_sessions')
      .set({ credential: next })
      .where('id', '=', row.id)
      .where('credential', '=', row.credential)
      .executeTakeFirst();
    result.sessions += Number(updated.numUpdatedRows);
  }
  // The start-up check value follows, so servers with only the newest key start.
  await resealCheck(db, encryption);
  return result;
}
