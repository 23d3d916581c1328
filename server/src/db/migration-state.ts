import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, executeRows, migrationsFolder } from './client';

/** The migrations this program was built with: their count and the timestamp of the newest (drizzle's journal). */
export interface MigrationJournal {
  count: number;
  newest: number;
  newestTag: string;
}

/** Reads drizzle/meta/_journal.json once. */
export function readMigrationJournal(folder: string = migrationsFolder): MigrationJournal {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number; tag: string }[];
  };
  const last = journal.entries.at(-1);
  return { count: journal.entries.length, newest: last?.when ?? 0, newestTag: last?.tag ?? '' };
}

/**
 * What the database says it has applied (drizzle's own table: one row a migration, `created_at` the journal's
 * timestamp), against the journal: `current`, `behind` (migrations missing: the start-up migration did not run or
 * failed), or `ahead` (a database from a newer release). One statement; it also proves the database answers.
 */
export async function migrationState(
  db: Db,
  journal: MigrationJournal,
): Promise<{ state: 'current' | 'behind' | 'ahead'; applied: number; expected: number }> {
  const [row] = await executeRows<{ applied: number | string; newest: string | null }>(
    db,
    sql`select count(*) as applied, max(created_at)::text as newest from drizzle.__drizzle_migrations`,
  ).catch((error: unknown) => {
    // No migration table (or schema) at all: nothing was ever applied.
    const code = ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string })).code;
    if (code === '42P01' || code === '3F000') return [{ applied: 0, newest: null }];
    throw error;
  });
  const applied = Number(row?.applied ?? 0);
  const newest = Number(row?.newest ?? 0);
  const state =
    newest > journal.newest || applied > journal.count
      ? 'ahead'
      : newest < journal.newest || applied < journal.count
        ? 'behind'
        : 'current';
  return { state, applied, expected: journal.count };
}
