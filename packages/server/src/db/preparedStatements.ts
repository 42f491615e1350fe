import type { PoolClient, QueryConfig, QueryResult } from 'pg';

/** How many distinct statements get a name: Keylink sends a few dozen shapes. */
const defaultCapacity = 256;

/** Statements worth preparing: data statements with parameters (not begin, commit or DDL). */
const preparable = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * Postgres's answer when a prepared statement's result columns changed under it (another
 * instance migrated the table): the statement must be parsed again.
 */
const cachedPlanChanged = '0A000';

/**
 * Makes every client of a pg pool send Keylink's statements as named prepared statements, so
 * Postgres parses and plans each one once per connection instead of on every call (Kysely sends
 * each query as unnamed text). The same SQL text always gets the same name; past `capacity`
 * texts, new ones go unnamed. A statement Postgres refuses because a migration changed its
 * result is sent again unnamed on that connection from then on.
 *
 * @example
 * pool.on('connect', preparingStatements());
 */
export function preparingStatements(capacity = defaultCapacity): (client: PoolClient) => void {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known !== undefined || names.size >= capacity || !preparable.test(text)) return known;
    const name = `keylink_${names.size + 1}`;
    names.set(text, name);
    return name;
  };

  return (client) => {
    // A query config (an object) passes through the replacement below to pg's own query.
    const query = (config: QueryConfig): Promise<QueryResult> => client.query(config);
    const stale = new Set<string>();
    const prepared = async (text: string, values: unknown[]) => {
      const name = values.length === 0 || stale.has(text) ? undefined : nameOf(text);
      if (name === undefined) return query({ text, values });
      try {
        return await query({ name, text, values });
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === cachedPlanChanged)) {
          throw error;
        }
        stale.add(text);
        return query({ text, values });
      }
    };
    // Kysely calls query(text, values) on a pooled client; anything else (a cursor, a config
    // object) goes through untouched.
    const original = client.query;
    client.query = function (this: PoolClient, ...args: unknown[]) {
      const [text, values] = args;
      if (typeof text === 'string' && Array.isArray(values) && args.length === 2) {
        return prepared(text, values);
      }
      return (original as (...all: unknown[]) => unknown).apply(this, args);
    } as PoolClient['query'];
  };
}
