import { and, desc, eq, gte, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { EVENTS_CHANNEL } from '../../realtime/event-channel';
import type { NewEvent } from './event.catalogue';
import type { EventType } from './event.enum';
import { events } from './event.table';

/**
 * Appends events; call it with the transaction handle of the write it records. Also queues a NOTIFY, which
 * Postgres delivers only if and when the transaction commits: listeners wake, then read by cursor. One
 * statement (the insert runs as a data-modifying WITH): a round trip fewer on every write. Each row's payload is
 * the one its type has in the event catalogue (event.catalogue.ts).
 */
export async function appendEvents(tx: Db, rows: NewEvent[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(
    sql`with appended as (${tx.insert(events).values(rows).getSQL()}) select pg_notify(${EVENTS_CHANNEL}, '')`,
  );
}

export interface EventFilter {
  planId?: number;
  departmentId?: number;
  measureId?: number;
  actorUserId?: number;
  from?: Date;
  to?: Date;
  types?: EventType[];
  /** Only events with a smaller id (the page cursor, newest first). */
  beforeId?: number;
}

/** Events matching the filter, newest first. */
export function listEvents(db: Db, filter: EventFilter, limit: number) {
  const conditions: (SQL | undefined)[] = [
    filter.planId === undefined ? undefined : eq(events.planId, filter.planId),
    filter.departmentId === undefined ? undefined : eq(events.departmentId, filter.departmentId),
    filter.measureId === undefined ? undefined : eq(events.measureId, filter.measureId),
    filter.actorUserId === undefined ? undefined : eq(events.actorUserId, filter.actorUserId),
    filter.from === undefined ? undefined : gte(events.occurredAt, filter.from),
    filter.to === undefined ? undefined : lte(events.occurredAt, filter.to),
    filter.types?.length ? inArray(events.type, filter.types) : undefined,
    filter.beforeId === undefined ? undefined : lt(events.id, filter.beforeId),
  ];
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(desc(events.id))
    .limit(limit);
}
