import { and, eq, type InferSelectModel } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { DomainError } from '../shared/errors';
import type { Db } from './client';

/** A row before and after one write, for the event that records it: `before` is null for an insert. */
export interface Change<Row> {
  readonly before: Row | null;
  readonly after: Row;
}

/** A change to a row that existed: both sides are known. */
export interface Updated<Row> extends Change<Row> {
  readonly before: Row;
}

/** A table whose rows carry an integer `id` and an optimistic-lock `version` (1, then one more per write). */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

type VersionedRow<T extends VersionedTable> = InferSelectModel<T> & { id: number; version: number };

/** CONFLICT / STALE_VERSION: the row moved on since the caller read it; nothing was written. */
export function staleVersion(field?: string, reason = '数据已被修改，请刷新后重试'): DomainError {
  return new DomainError('CONFLICT', { field, reason, detail: 'STALE_VERSION' });
}

/**
 * The one way a versioned row changes: `update … set …, version = version + 1 where id = $ and version = $
 * returning *`, one statement. `before` is the row as the caller read it (usually locked `for update` in the same
 * transaction, where its access checks and rules ran); if another write moved the version on meanwhile, nothing
 * is written and `stale` is thrown (STALE_VERSION by default). Returns before and after for the event.
 */
export async function versionedUpdate<T extends VersionedTable, Row extends VersionedRow<T>>(
  tx: Db,
  table: T,
  before: Row,
  changes: PgUpdateSetSource<T>,
  stale: () => DomainError = () => staleVersion(),
): Promise<Updated<Row>> {
  const rows = (await tx
    .update(table)
    .set({ ...changes, version: before.version + 1 } as PgUpdateSetSource<T>)
    .where(and(eq(table.id, before.id), eq(table.version, before.version)))
    .returning()) as unknown as Row[];
  const [after] = rows;
  if (!after) throw stale();
  return { before, after };
}

/**
 * The one row an `insert … returning` (or an update of a row locked in the same transaction) gives back. Its
 * absence is a broken invariant, a bug rather than a user's error, so it is an internal error.
 */
export function writtenRow<Row>(rows: readonly Row[], statement: string): Row {
  const [row] = rows;
  if (!row) throw new Error(`${statement}: no row written`);
  return row;
}
