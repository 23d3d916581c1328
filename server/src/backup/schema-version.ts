import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, executeRows, migrationsFolder } from '../db/client';

/** A migration as drizzle's journal (drizzle/meta/_journal.json) lists it: the schema version a database is at. */
export interface SchemaVersion {
  /** Its position in the journal, from 0. */
  index: number;
  /** The migration's file name without .sql, e.g. `0016_plan_import`. */
  tag: string;
  /** The journal's timestamp, which drizzle stores as `created_at` of each applied migration. */
  when: number;
}

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

/** Every migration this build knows, oldest first. */
export function knownMigrations(folder: string = migrationsFolder): SchemaVersion[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.map((e) => ({ index: e.idx, tag: e.tag, when: e.when }));
}

/** A raw query on whichever driver is at hand: PGlite's client, postgres.js (or its transaction), drizzle. */
export type RunQuery = (text: string) => Promise<Record<string, unknown>[]>;

/** RunQuery over the app's query builder. */
export function queryOn(db: Db): RunQuery {
  return (text) => executeRows<Record<string, unknown>>(db, sql.raw(text));
}

/**
 * The newest migration applied to a database, by drizzle's own record (`drizzle.__drizzle_migrations`), or null
 * for an empty one. A migration this build does not know (the database is newer) keeps its timestamp and an
 * `unknown` tag, so that the version check can still say it is newer.
 */
export async function appliedSchemaVersion(run: RunQuery, known = knownMigrations()): Promise<SchemaVersion | null> {
  const exists = await run(`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!exists[0]?.present) return null;
  const rows = await run(
    'select created_at::text as "when" from drizzle.__drizzle_migrations order by created_at desc limit 1',
  );
  if (!rows[0]) return null;
  const when = Number(rows[0].when);
  return known.find((m) => m.when === when) ?? { index: -1, tag: 'unknown', when };
}

export type SchemaFit = { fits: true; migrateFrom: SchemaVersion | null } | { fits: false; reason: string };

/**
 * Whether a backup at schema `backup` may be restored by a build that knows `known`: the same version, or an older
 * one (restored, then migrated forward). A newer version, or one this build has never heard of, is refused: the
 * older code would run against tables it does not understand.
 */
export function checkSchemaFit(backup: SchemaVersion, known: SchemaVersion[]): SchemaFit {
  const newest = known.at(-1);
  if (!newest) return { fits: false, reason: '本程序没有任何数据库迁移记录，无法判断备份的版本' };
  const match = known.find((m) => m.tag === backup.tag && m.when === backup.when);
  if (!match) {
    const newer = backup.when > newest.when;
    return {
      fits: false,
      reason: newer
        ? `备份来自较新的数据库结构 (${backup.tag})，本程序只认识到 ${newest.tag}：请先把督办升级到制作该备份的版本或更新的版本，再恢复`
        : `备份的数据库结构 (${backup.tag}) 不在本程序的迁移记录中：它不是这一版督办制作的备份`,
    };
  }
  return { fits: true, migrateFrom: match.index < newest.index ? match : null };
}
