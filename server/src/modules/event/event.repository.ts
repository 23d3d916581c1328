import { and, desc, eq, gte, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { EVENTS_CHANNEL } from '../../realtime/event-channel';
import type { NewEvent } from './event.catalogue';
import { followEvents } from './event.consequence';
import type { EventType } from './event.enum';
import { events, type NewEventRow } from './event.table';

/** Each column appendEvents writes, by its field: the compiler says when the table gains one this does not write. */
const APPENDED_COLUMNS = {
  planId: 'plan_id integer',
  type: 'type text',
  measureId: 'measure_id integer',
  goalId: 'goal_id integer',
  departmentId: 'department_id integer',
  indicatorId: 'indicator_id integer',
  actorUserId: 'actor_user_id integer',
  occurredAt: 'occurred_at timestamptz',
  payload: 'payload jsonb',
} satisfies Record<keyof Omit<NewEventRow, 'id' | 'transactionId'>, string>;
const FIELDS = Object.keys(APPENDED_COLUMNS) as (keyof typeof APPENDED_COLUMNS)[];
const COLUMNS = FIELDS.map((field) => APPENDED_COLUMNS[field].split(' ')[0]);

/**
 * The append, the same text whatever the events: they travel as one JSON parameter, unpacked by
 * jsonb_to_recordset in their order. One statement (the insert runs as a data-modifying WITH) that the
 * connection prepares once, where drizzle's insert builder would build its SQL again on every write.
 */
const APPEND = sql.raw(`with appended as (
  insert into events (${COLUMNS.join(', ')})
  select ${COLUMNS.map((c) => (c === 'occurred_at' ? 'coalesce(e.occurred_at, now())' : `e.${c}`)).join(', ')}
  from rows from (jsonb_to_recordset(`);
const APPEND_REST = sql.raw(`::jsonb) as (${FIELDS.map((f) => APPENDED_COLUMNS[f]).join(', ')}))
    with ordinality as e(${COLUMNS.join(', ')}, n)
  order by e.n
) select pg_notify(`);

/**
 * Appends events; call it with the transaction handle of the write it records. Also queues a NOTIFY, which
 * Postgres delivers only if and when the transaction commits: listeners wake, then read by cursor. One
 * statement, a round trip fewer on every write. Each row's payload is the one its type has in the event
 * catalogue (event.catalogue.ts). Then the consequences installed for their types (event.consequence.ts) write
 * what follows from them with the same `tx`, and the events they give back are appended after them.
 */
export async function appendEvents(tx: Db, rows: NewEvent[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map((row) => Object.fromEntries(FIELDS.map((field, i) => [COLUMNS[i], row[field] ?? null])));
  await tx.execute(sql`${APPEND}${JSON.stringify(records)}${APPEND_REST}${EVENTS_CHANNEL}, '')`);
  // What follows from them in the same transaction (event.consequence.ts: the outbox of messages).
  await appendEvents(tx, await followEvents(tx, rows));
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
