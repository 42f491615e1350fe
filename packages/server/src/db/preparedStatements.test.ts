import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../index';
import type { KeylinkDatabase } from '../index';
import { postgresStorage, postgresUrl } from '../testing/testDatabases';
import type { TestStorage } from '../testing/testDatabases';

// Statements this connection has prepared, by name and text (Postgres's own view of them).
const preparedHere = sql<{ name: string; statement: string }>`
  select name, statement from pg_prepared_statements where from_sql = false`;

describe.runIf(postgresUrl !== null)('Postgres statements', () => {
  let storage: TestStorage;
  let database: KeylinkDatabase;

  async function open() {
    storage = postgresStorage(postgresUrl ?? '', 1);
    database = createDatabase(storage.config());
    await database.prepare();
    await sql`create table probe (id int primary key, name text not null)`.execute(database.db);
    await sql`insert into probe values (1, 'one'), (2, 'two')`.execute(database.db);
    return database.db;
  }

  afterEach(async () => {
    await database.destroy();
    await storage.drop();
  });

  it('should prepare a statement with parameters once on its connection and reuse it', async () => {
    const db = await open();
    const byId = (id: number) => sql<{ name: string }>`select name from probe where id = ${id}`;

    const answers = [];
    for (const id of [1, 2, 1]) answers.push((await byId(id).execute(db)).rows);
    const prepared = (await preparedHere.execute(db)).rows;

    expect(answers).toEqual([[{ name: 'one' }], [{ name: 'two' }], [{ name: 'one' }]]);
    expect(prepared).toEqual([
      { name: 'keylink_1', statement: 'select name from probe where id = $1' },
    ]);
  });

  it('should leave statements without parameters and schema changes unprepared', async () => {
    const db = await open();

    await sql`select count(*) from probe`.execute(db);
    await sql`alter table probe add column note text`.execute(db);
    const prepared = (await preparedHere.execute(db)).rows;

    expect(prepared).toEqual([]);
  });

  it('should answer a prepared statement whose table changed under it, by preparing no more', async () => {
    const db = await open();
    const everything = (id: number) => sql`select * from probe where id = ${id}`;
    await everything(1).execute(db);

    // Another instance's migration adds a column: Postgres refuses the prepared plan.
    await sql`alter table probe add column note text`.execute(db);
    const after = (await everything(2).execute(db)).rows;

    expect(after).toEqual([{ id: 2, name: 'two', note: null }]);
  });
});
