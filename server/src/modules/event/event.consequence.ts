import type { Db } from '../../db/client';
import type { NewEvent } from './event.catalogue';
import type { EventType } from './event.enum';

/**
 * What follows from events in their own transaction: a module above this one (modules/message: the outbox) declares
 * the event types it follows and writes its rows with the events' `tx`, so that they commit or roll back together.
 * It may give back events of its own (MESSAGES_QUEUED), appended after the ones that caused them. A consequence is
 * never called for the events it gives back unless it follows their type.
 */
export interface EventConsequence {
  readonly name: string;
  readonly types: ReadonlySet<EventType>;
  follow(tx: Db, events: readonly NewEvent[]): Promise<NewEvent[]>;
}

const consequences = new Map<string, EventConsequence>();

/** Installs a consequence (by name: installing it again replaces it). The composition root installs them. */
export function installEventConsequence(consequence: EventConsequence): void {
  consequences.set(consequence.name, consequence);
}

/** The events that follow from `rows`, written by every consequence that follows any of their types. */
export async function followEvents(tx: Db, rows: readonly NewEvent[]): Promise<NewEvent[]> {
  if (consequences.size === 0) return [];
  const followed: NewEvent[] = [];
  for (const consequence of consequences.values()) {
    const mine = rows.filter((row) => consequence.types.has(row.type));
    if (mine.length > 0) followed.push(...(await consequence.follow(tx, mine)));
  }
  return followed;
}
