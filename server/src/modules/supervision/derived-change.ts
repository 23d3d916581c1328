import { compareCursors, type EventCursor } from '../../realtime/event-cursor';
import { readEventsAfter } from '../../realtime/event-reader';
import { type DerivedChange, type Standing, setDerivedChangeReader } from '../../shared/derived-cache';
import type { RequestScope } from '../../shared/request-scope';
import { EventType } from '../event';
import { getMeasureIndex } from '../measure';

/** Events that change reported data only: derived state of the measures (or indicators) they name, and above. */
const REPORTED = new Set<EventType>([
  EventType.PROGRESS_REPORTED,
  EventType.PROGRESS_REPORT_EDITED,
  EventType.PROGRESS_REPORT_WITHDRAWN,
  EventType.PROGRESS_REPORT_ACCEPTED,
  EventType.PROGRESS_REPORT_RETURNED,
  EventType.INDICATOR_VALUE_RECORDED,
]);

/**
 * Events that change nothing derived state is made of: urging notices, instructions, the sweep's record of warnings,
 * accounts, assessment weights (考核 reads them itself).
 */
const UNRELATED = new Set<EventType>([
  EventType.WARNING_CHANGED,
  EventType.URGE_NOTICE_ISSUED,
  EventType.URGE_NOTICE_ACKNOWLEDGED,
  EventType.URGE_NOTICE_RESPONDED,
  EventType.URGE_NOTICE_CLOSED,
  EventType.URGE_NOTICE_RETURNED,
  EventType.URGE_NOTICE_ESCALATED,
  EventType.EXTENSION_REQUESTED,
  EventType.EXTENSION_APPROVED,
  EventType.EXTENSION_REFUSED,
  EventType.INSTRUCTION_ISSUED,
  EventType.INSTRUCTION_READ,
  EventType.USER_CREATED,
  EventType.USER_PASSWORD_RESET,
  EventType.USER_DISABLED,
  EventType.ASSESSMENT_WEIGHTS_SET,
  // Messages and their settings (modules/message): who is told what, never what is so.
  EventType.MESSAGES_QUEUED,
  EventType.REMINDER_SETTINGS_SET,
  EventType.CONTACT_SET,
  EventType.MESSAGE_PREFERENCES_SET,
]);

/** More events than this between two standings: start over rather than read them all. */
const MOST = 64;

const cursorOf = (standing: Standing): EventCursor => ({ transactionId: standing.transactionId, id: standing.eventId });

/**
 * What changed between two standings, for RequestScope.derived: the events between them (one statement), each
 * either reported data (its measure and the measure's ancestors, its indicator, its plan) or unrelated. Any other
 * event (a revision, a cycle, the calendar, the register, a plan's lifecycle) changes what every rule reads: null.
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
    if (UNRELATED.has(row.type)) continue;
    if (!REPORTED.has(row.type) || row.planId === null) return null;
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
