import { compareCursors, type EventCursor } from '../../realtime/event-cursor';
import { readEventsAfter } from '../../realtime/event-reader';
import { type DerivedChange, type Standing, setDerivedChangeReader } from '../../shared/derived-cache';
import type { RequestScope } from '../../shared/request-scope';
import { DERIVED_EFFECT } from '../event';
import { getMeasureIndex } from '../measure';

/** More events than this between two standings: start over rather than read them all. */
const MOST = 64;

const cursorOf = (standing: Standing): EventCursor => ({ transactionId: standing.transactionId, id: standing.eventId });

/**
 * What changed between two standings, for RequestScope.derived: the events between them (one statement), each
 * either reported data (its measure and the measure's ancestors, its indicator, its plan) or unrelated, as the
 * event catalogue's DERIVED_EFFECT says. Any other event (a revision, a cycle, the calendar, the register, a plan's
 * lifecycle) changes what every rule reads: null.
 */
async function readChange(scope: RequestScope, from: Standing, to: Standing): Promise<DerivedChange | null> {
  const target = cursorOf(to);
  if (compareCursors(cursorOf(from), target) >= 0) return null;
  const events = await readEventsAfter(scope.db, cursorOf(from), MOST + 1);
  const between = events.filter((event) => compareCursors(event.cursor, target) <= 0);
  // Everything up to the new standing must have been read, and nothing may be missing in front of it.
  if (between.length === 0 || compareCursors(between.at(-1)!.cursor, target) !== 0 || between.length > MOST) {
    return null;
  }
  const planIds = new Set<number>();
  const measureIds = new Set<number>();
  const indicatorIds = new Set<number>();
  for (const { row } of between) {
    // Each type says what it does to derived state, in the event catalogue (DERIVED_EFFECT).
    const effect = DERIVED_EFFECT[row.type];
    if (effect === 'none') continue;
    if (effect === 'all' || row.planId === null) return null;
    planIds.add(row.planId);
    if (row.indicatorId !== null) indicatorIds.add(row.indicatorId);
    if (row.measureId !== null) {
      const index = await getMeasureIndex(scope, row.planId);
      const measure = index.byId.get(row.measureId);
      if (!measure) return null;
      for (const node of index.lineage(measure)) measureIds.add(node.id);
    }
  }
  return { planIds, measureIds, indicatorIds };
}

setDerivedChangeReader(readChange);
