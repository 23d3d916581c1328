import type { Db } from '../../db/client';
import { events, type NewEventRow } from './event.table';

/** Appends events; call it with the transaction handle of the write it records. */
export async function appendEvents(tx: Db, rows: NewEventRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(events).values(rows);
}
