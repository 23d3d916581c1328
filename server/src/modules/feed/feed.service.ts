import { isConnectionError } from '../../db/db-errors';
import { decodeCursor, encodeCursor, START } from '../../realtime/event-cursor';
import { type LoggedEvent, readEventsAfter, readEventsBefore } from '../../realtime/event-reader';
import { requireReader } from '../../shared/access';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { type AssignmentView, getAssignmentsOfDepartment, getAssignmentsOfLineage } from '../assignment';
import { getDepartmentByCode, getDepartmentById } from '../department';
import { EventType } from '../event';
import { getGoalsOfPlan } from '../goal';
import { getMeasureByCode, getMeasureById } from '../measure';
import { canSeePlan, getPlanByCode, getPlanById } from '../plan';
import type { PlanEventFilter } from './feed.input';

export const MAX_PAGE = 500;

type EventCursorArg = ReturnType<typeof decodeCursor>;

/** One page of a plan's log, read in either direction: access, page-size check, the read, the next cursor. */
async function pageOfEvents(
  scope: RequestScope,
  planCode: string,
  cursor: string | null | undefined,
  first: number,
  read: (planId: number, from: EventCursorArg | null, limit: number) => Promise<LoggedEvent[]>,
) {
  requireReader(scope);
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new DomainError('BAD_USER_INPUT', { field: 'first', reason: `每页条数须在 1 至 ${MAX_PAGE} 之间` });
  }
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  const rows = await read(plan.id, cursor ? decodeCursor(cursor) : null, first + 1);
  const events = rows.slice(0, first);
  const last = events[events.length - 1];
  return { events, endCursor: last ? encodeCursor(last.cursor) : (cursor ?? null), hasMore: rows.length > first };
}

/** A plan's events after a cursor, oldest first (the activity feed), for any signed-in reader. */
export function getPlanEvents(scope: RequestScope, planCode: string, after: string | null | undefined, first: number) {
  return pageOfEvents(scope, planCode, after, first, (planId, from, limit) =>
    readEventsAfter(scope.db, from ?? START, limit, planId),
  );
}

/** A plan's newest events before a cursor (or the newest of all), newest first: the recent-activity list. */
export function getRecentPlanEvents(
  scope: RequestScope,
  planCode: string,
  before: string | null | undefined,
  first: number,
) {
  return pageOfEvents(scope, planCode, before, first, (planId, from, limit) =>
    readEventsBefore(scope.db, from, limit, planId),
  );
}

/** Resolves a filter's codes to a predicate over events. */
async function matcher(scope: RequestScope, planId: number, filter: PlanEventFilter | null | undefined) {
  const department = filter?.departmentCode
    ? await getDepartmentByCode(scope, filter.departmentCode, 'filter.departmentCode')
    : null;
  const measure = filter?.measureCode
    ? await getMeasureByCode(scope, planId, filter.measureCode, 'filter.measureCode')
    : null;
  let goalId: number | null = null;
  if (filter?.goalCode) {
    const goal = (await getGoalsOfPlan(scope, planId)).find((g) => g.code === filter.goalCode);
    if (!goal)
      throw new DomainError('NOT_FOUND', {
        field: 'filter.goalCode',
        reason: `未找到编码为「${filter.goalCode}」的目标`,
        detail: 'GOAL_NOT_FOUND',
      });
    goalId = goal.id;
  }
  const types = filter?.types?.length ? new Set(filter.types) : null;
  return ({ row }: LoggedEvent) =>
    (!department || row.departmentId === department.id) &&
    (!measure || row.measureId === measure.id) &&
    (goalId === null || row.goalId === goalId) &&
    (!types || types.has(row.type));
}

/**
 * A plan's events as they happen. With `after`, what was missed since that cursor comes first; then live
 * events, in order, without gap or repeat.
 */
export async function subscribePlanEvents(
  scope: RequestScope,
  planCode: string,
  after: string | null | undefined,
  filter: PlanEventFilter | null | undefined,
): Promise<AsyncIterable<LoggedEvent>> {
  requireReader(scope);
  return whileUnreachable(async () => {
    // A failed attempt may have left rejected loads behind: each attempt reads afresh.
    scope.renew();
    const plan = await getPlanByCode(scope, planCode, 'planCode');
    const cursor = after ? decodeCursor(after) : null;
    const accept = await matcher(scope, plan.id, filter);
    const stream = scope.eventStream;
    if (!stream) throw new Error('no event stream in this process');
    return stream.subscribe(scope.db, plan.id, cursor, accept);
  });
}

/** How long a subscription being set up waits, in all, for a database that is briefly out of reach. */
const SUBSCRIBE_PATIENCE_MS = 30_000;

/**
 * Sets a subscription up, trying again while the database is out of reach (a dropped connection, a restart): a
 * subscription refused at its start ends for good (the socket is fine, so no client retries it), and the events
 * it would have carried are lost to the screen. Waits with back-off up to SUBSCRIBE_PATIENCE_MS, then gives up
 * with SERVICE_UNAVAILABLE as before.
 */
async function whileUnreachable<T>(setUp: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await setUp();
    } catch (error) {
      const unreachable =
        isConnectionError(error) || (error instanceof DomainError && error.extensions.code === 'SERVICE_UNAVAILABLE');
      if (!unreachable || Date.now() - started > SUBSCRIBE_PATIENCE_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** attempt)));
    }
  }
}

/** What changes the list of plans a viewer sees, or what a plan assigns: imported, published, revised, archived. */
export const PLAN_LIST_EVENTS: ReadonlySet<EventType> = new Set([
  EventType.PLAN_IMPORTED,
  EventType.PLAN_PUBLISHED,
  EventType.PLAN_REVISED,
  EventType.PLAN_ARCHIVED,
]);

/**
 * Every plan's list-changing events (PLAN_LIST_EVENTS) from now on (with `after`, first those since), each only if the viewer may see its plan as the
 * event left it: a department's clerk learns of a plan published that assigns it work, and of no other.
 */
export async function subscribePlanListEvents(
  scope: RequestScope,
  after: string | null | undefined,
): Promise<AsyncIterable<LoggedEvent>> {
  requireReader(scope);
  const cursor = after ? decodeCursor(after) : null;
  const stream = scope.eventStream;
  if (!stream) throw new Error('no event stream in this process');
  const events = await whileUnreachable(() =>
    stream.subscribe(scope.db, null, cursor, ({ row }) => row.planId !== null && PLAN_LIST_EVENTS.has(row.type)),
  );
  const visible = (async function* () {
    for await (const event of events) {
      // Each event is judged on the data as it left it, not the loaders' memory of the last one.
      scope.renew();
      const plan = await getPlanById(scope, event.row.planId as number);
      if (await canSeePlan(scope, plan)) yield event;
    }
  })();
  // Ending the subscription ends the stream's subscriber first, so that it ends even while it waits for an event.
  const iterator: AsyncIterableIterator<LoggedEvent> = {
    next: () => visible.next(),
    return: async () => {
      await events.return?.();
      return visible.return(undefined);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * The assignments whose state an event may have moved, for its live selection: for an event on a measure, those of
 * the measure's lineage (getAssignmentsOfLineage); for one on a department alone, the department's, as its desk
 * lists them; none otherwise. What a live event carries is then proportional to what it changed, not to how many
 * duties its department holds.
 */
export async function getAssignmentsTouchedBy(scope: RequestScope, event: LoggedEvent): Promise<AssignmentView[]> {
  const { planId, measureId, departmentId } = event.row;
  if (planId === null) return [];
  if (measureId !== null) return getAssignmentsOfLineage(scope, await getMeasureById(scope, planId, measureId));
  if (departmentId === null) return [];
  const department = await getDepartmentById(scope, departmentId);
  return getAssignmentsOfDepartment(scope, department, { planId, inherited: true, throughGroups: true });
}
