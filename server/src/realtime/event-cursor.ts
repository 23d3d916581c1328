import { DomainError } from '../shared/errors';

/**
 * A position in the event log: (transaction id, event id). Events are read in this order and only up to the
 * oldest transaction still running, so an event whose transaction commits late is never skipped: its
 * transaction id is below every later reader's horizon until it commits, and it sorts before what came after.
 */
export interface EventCursor {
  transactionId: bigint;
  id: number;
}

export const START: EventCursor = { transactionId: 0n, id: 0 };

export function encodeCursor(cursor: EventCursor): string {
  return Buffer.from(`${cursor.transactionId}:${cursor.id}`).toString('base64url');
}

export function decodeCursor(value: string, field = 'after'): EventCursor {
  const match = /^(\d{1,20}):(\d{1,16})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) throw new DomainError('BAD_USER_INPUT', { field, reason: '事件游标无效', detail: 'BAD_CURSOR' });
  return { transactionId: BigInt(match[1] ?? '0'), id: Number(match[2]) };
}

/** Negative, zero or positive as a is before, at or after b. */
export function compareCursors(a: EventCursor, b: EventCursor): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  return a.id - b.id;
}
