import type { SQL } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client';

/** Runs raw SQL and returns its rows, whether the database is PGlite (`{ rows }`) or PostgreSQL (an array). */
export async function sqlRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
