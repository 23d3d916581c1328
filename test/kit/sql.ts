import type { SQL } from 'drizzle-orm';
import { type Db, executeRows } from '../../server/src/db/client';

/** Runs raw SQL and returns its rows, whether the database is PGlite (`{ rows }`) or PostgreSQL (an array). */
export function sqlRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return executeRows<T>(db, query);
}
