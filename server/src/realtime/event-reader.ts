import { sql } from 'drizzle-orm';
import { type Db, executeRows } from '../db/client';
import type { EventRow } from '../db/schema';
import type { EventCursor } from './event-cursor';

export interface LoggedEvent {
  cursor: EventCursor;
  row: EventRow;
}

// The text form of the transaction id is selected as `txid`, never as `transaction_id`: ORDER BY prefers an output
// column to a table column of the same name, and ordering xid8 as text puts 1000 before 999.
interface RawEvent {
  id: number | string;
  txid: string;
  plan_id: number | null;
  type: EventRow['type'];
  measure_id: number | null;
  goal_id: number | null;
  department_id: number | null;
  indicator_id: number | null;
  actor_user_id: number | null;
  occurred_at: string | Date;
  payload: Record<string, unknown> | string;
}

function toLoggedEvent(raw: RawEvent): LoggedEvent {
  return {
    cursor: { transactionId: BigInt(raw.txid), id: Number(raw.id) },
    row: {
      id: Number(raw.id),
      transactionId: raw.txid,
      planId: raw.plan_id,
      type: raw.type,
      measureId: raw.measure_id,
      goalId: raw.goal_id,
      departmentId: raw.department_id,
      indicatorId: raw.indicator_id,
      actorUserId: raw.actor_user_id,
      occurredAt: new Date(raw.occurred_at),
      payload: typeof raw.payload === 'string' ? (JSON.parse(raw.payload) as Record<string, unknown>) : raw.payload,
    },
  };
}

/**
 * Committed events after `cursor`, in cursor order, up to the horizon: only transactions older than the oldest
 * one still running, so that nothing can later commit in front of what is returned.
 */
export async function readEventsAfter(
  db: Db,
  cursor: EventCursor,
  limit: number,
  planId?: number,
): Promise<LoggedEvent[]> {
  const rows = await executeRows<RawEvent>(
    db,
    sql`
    select id, transaction_id::text as txid, plan_id, type, measure_id, goal_id, department_id,
           indicator_id, actor_user_id, occurred_at, payload
    from events
    where (transaction_id, id) > (${cursor.transactionId.toString()}::xid8, ${cursor.id})
      and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      ${planId === undefined ? sql`` : sql`and plan_id = ${planId}`}
    order by events.transaction_id, events.id
    limit ${limit}`,
  );
  return rows.map(toLoggedEvent);
}

/** The position after every event visible now: where a live-only reader starts. */
export async function readHead(db: Db): Promise<EventCursor> {
  const rows = await executeRows<RawEvent>(
    db,
    sql`
    select transaction_id::text as txid, id from events
    where transaction_id < pg_snapshot_xmin(pg_current_snapshot())
    order by events.transaction_id desc, events.id desc limit 1`,
  );
  const [row] = rows;
  return row ? { transactionId: BigInt(row.txid), id: Number(row.id) } : { transactionId: 0n, id: 0 };
}

/**
 * The newest committed events of a plan before `cursor` (or the newest of all), newest first, up to the same
 * horizon as `readEventsAfter`: the recent-activity list, paged backwards.
 */
export async function readEventsBefore(
  db: Db,
  cursor: EventCursor | null,
  limit: number,
  planId: number,
): Promise<LoggedEvent[]> {
  const rows = await executeRows<RawEvent>(
    db,
    sql`
    select id, transaction_id::text as txid, plan_id, type, measure_id, goal_id, department_id,
           indicator_id, actor_user_id, occurred_at, payload
    from events
    where plan_id = ${planId}
      and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      ${cursor ? sql`and (transaction_id, id) < (${cursor.transactionId.toString()}::xid8, ${cursor.id})` : sql``}
    order by events.transaction_id desc, events.id desc
    limit ${limit}`,
  );
  return rows.map(toLoggedEvent);
}
