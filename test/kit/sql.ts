import { type SQL, sql } from 'drizzle-orm';
import { type Db, executeRows } from '../../server/src/db/client';

/** Runs raw SQL and returns its rows, whether the database is PGlite (`{ rows }`) or PostgreSQL (an array). */
export function sqlRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return executeRows<T>(db, query);
}

/**
 * Every row of every table of the app, as one digest per table: a write that should not have happened changes it.
 * Derived from the catalogue, so a new table is covered without anyone adding it. Sign-in bookkeeping (sessions'
 * last use, failed-login counters) is left out where `except` says so.
 */
export async function databaseFingerprint(db: Db, except: string[] = []): Promise<Record<string, string>> {
  const tables = await sqlRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const [row] = await sqlRows<{ digest: string }>(
      db,
      sql.raw(`select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as digest
               from "${name}" t`),
    );
    digests[name] = row?.digest ?? '';
  }
  return digests;
}
