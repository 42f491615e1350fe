import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct statements stay prepared: Keylink sends a few dozen shapes. */
const defaultCapacity = 256;

/**
 * A SQLite connection for Kysely that prepares each distinct SQL text once. Kysely's SQLite
 * driver calls `prepare` for every query, and better-sqlite3's prepare (parsing and planning the
 * statement) costs about as much as running it. Reusing a statement is safe here: Kysely runs one
 * query at a time on the connection, and each call passes all its parameters. The least recently
 * used statement goes when more than `capacity` are kept.
 */
export function cachingStatements(
  database: SqliteDatabase,
  capacity = defaultCapacity,
): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    prepare(sql) {
      const cached = prepared.get(sql);
      if (cached !== undefined) {
        // Most recently used last: a Map keeps insertion order.
        prepared.delete(sql);
        prepared.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      prepared.set(sql, statement);
      if (prepared.size > capacity) {
        const oldest = prepared.keys().next();
        if (oldest.done !== true) prepared.delete(oldest.value);
      }
      return statement;
    },
    close() {
      prepared.clear();
      database.close();
    },
  };
}
