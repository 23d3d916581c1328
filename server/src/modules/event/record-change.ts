import type { Db } from '../../db/client';
import type { Change } from '../../db/versioned-update';
import { appendEvents } from './event.repository';

/** One event as appendEvents takes it: whatever shape the event catalogue gives it. */
export type AppendedEvent = Parameters<typeof appendEvents>[1][number];

/**
 * Records a change in one call: waits for the write (a repository's insert, or its `versionedUpdate`, which
 * give back before and after), appends the event `describe` builds from them in the same transaction, and returns
 * the row as written. `tx` must be the write's own transaction.
 */
export async function recordChange<C extends Change<unknown>>(
  tx: Db,
  write: Promise<C> | C,
  describe: (change: C) => AppendedEvent,
): Promise<C['after']> {
  const change = await write;
  await appendEvents(tx, [describe(change)]);
  return change.after;
}
