import { eq, sql } from 'drizzle-orm';
import type { SecuritySettings } from '../../config/env';
import { type Db, executeRows } from '../../db/client';
import type { CatalogCache } from '../../shared/catalog-cache';
import { type Clock, today as todayOf } from '../../shared/clock';
import { componentLog } from '../../shared/logger';
import { PeriodicSweep } from '../../shared/periodic-sweep';
import { RequestScope } from '../../shared/request-scope';
import { UserRole } from '../../shared/viewer';
import { getAssignmentsOfMeasure } from '../assignment';
import { getWorkingCalendar, type WorkingCalendar } from '../calendar';
import { appendEvents, EventType, events } from '../event';
import { getMeasureIndex } from '../measure';
import { PlanState, plans } from '../plan';
import { getAssignmentOwesReports, getAssignmentReporting, getMeasureWarning, WarningLevel } from '../supervision';
import { getUrgeNoticesOfPlan, UrgeNoticeState } from '../urge';
import { users } from '../user';
import { queuedEvents } from './message.consequence';
import { MessageKind, UrgeStep } from './message.enum';
import type { ReportDueFacts, WeeklyDigestFacts } from './message.facts';
import { listReminderSettings, type MessageItem, queueMessages } from './message.repository';
import { DEFAULT_REMINDER_LEAD_DAYS, digestWeekDue, mostOverdueFirst, reminderStepDue } from './message.rules';

const log = componentLog('message');
/** Items per queue statement: a 100× plan's ten thousand reminders go in a few statements. */
const QUEUE_CHUNK = 500;
/** Duties judged between two turns of the event loop: live requests are served while a big plan is swept. */
const YIELD_EVERY = 100;
/** Open notices whose reply date is this many working days away, or less, are reminded once. */
export const REPLY_NEAR_WORKING_DAYS = 1;
const DIGEST_LIST = 10;

/** What one sweep of one plan found to say. */
interface PlanSweep {
  items: MessageItem[];
  /** Departments with overdue reports, and how many (the digest's 谁在拖). */
  late: Map<number, number>;
}

/**
 * The reminders due today in one plan (issue 19, "what is sent … from the rules"): reporting reminders to each lead
 * department owing a report (N working days before its deadline, on the day, the first working day after it is
 * missed; one per department, period and step, naming each measure), urging notices whose reply date is near, and, on the first working day of a week, the weekly digest to
 * leaders. Every item carries its dedup key: a sweep run twice, or by two processes, queues each once.
 */
async function remindersOf(
  scope: RequestScope,
  plan: { id: number },
  calendar: WorkingCalendar,
  leadDays: number,
): Promise<PlanSweep> {
  const today = todayOf(scope.clock);
  const index = await getMeasureIndex(scope, plan.id);
  const items: MessageItem[] = [];
  const late = new Map<number, number>();
  const reminders = new Map<string, MessageItem>();
  if (!calendar.isWorkingDay(today)) return { items, late };
  let judged = 0;
  for (const measure of index.list) {
    if (!index.isLeaf(measure) || index.isWithdrawn(measure, today)) continue;
    for (const view of await getAssignmentsOfMeasure(scope, measure)) {
      if (++judged % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      if (!(await getAssignmentOwesReports(scope, view))) continue;
      const state = await getAssignmentReporting(scope, view);
      if (!state) continue;
      if (state.overdue.length > 0) late.set(view.departmentId, (late.get(view.departmentId) ?? 0) + 1);
      const due = reminderStepDue({ state, today, calendar, leadDays });
      if (!due) continue;
      // One reminder per department, period and step, naming every measure it owes then.
      const key = `due:${view.departmentId}:${due.period}:${due.step}`;
      const facts = reminders.get(key)?.facts as ReportDueFacts | undefined;
      if (facts) facts.measureIds = [...(facts.measureIds ?? [facts.measureId]), measure.id];
      else
        reminders.set(key, {
          planId: plan.id,
          kind: MessageKind.REPORT_DUE,
          departmentId: view.departmentId,
          key,
          facts: {
            kind: MessageKind.REPORT_DUE,
            step: due.step,
            measureId: measure.id,
            measureIds: [measure.id],
            departmentId: view.departmentId,
            period: due.period,
            dueOn: due.dueOn,
            ...(due.workingDaysLeft === undefined ? {} : { workingDaysLeft: due.workingDaysLeft }),
          },
        });
    }
  }
  items.push(...reminders.values());
  for (const notice of await getUrgeNoticesOfPlan(scope, plan.id)) {
    if (notice.state === UrgeNoticeState.CLOSED || notice.state === UrgeNoticeState.RESPONDED) continue;
    const replyBy = notice.agreedDueOn ?? notice.dueOn;
    if (replyBy < today || calendar.workingDaysBetween(today, replyBy) > REPLY_NEAR_WORKING_DAYS) continue;
    items.push({
      planId: plan.id,
      kind: MessageKind.URGE_NOTICE,
      departmentId: notice.departmentId,
      key: `urge:${notice.id}:near:${replyBy}`,
      facts: {
        kind: MessageKind.URGE_NOTICE,
        step: UrgeStep.REPLY_NEAR,
        urgeNoticeId: notice.id,
        measureId: notice.measureId,
        departmentId: notice.departmentId,
        level: notice.level,
        text: notice.text,
        replyBy,
      },
    });
  }
  return { items, late };
}

/** The weekly digest of a plan, to every leader, when today is the first working day of a week. */
async function digestOf(
  scope: RequestScope,
  plan: { id: number },
  calendar: WorkingCalendar,
  late: Map<number, number>,
): Promise<MessageItem[]> {
  const week = digestWeekDue(todayOf(scope.clock), calendar);
  if (!week) return [];
  const [counts] = await executeRows<Record<string, number>>(
    scope.db,
    sql`select
      count(*) filter (where type = ${EventType.PROGRESS_REPORTED})::integer as reports,
      count(*) filter (where type = ${EventType.INDICATOR_VALUE_RECORDED})::integer as values,
      count(*) filter (where type = ${EventType.URGE_NOTICE_ISSUED})::integer as issued,
      count(*) filter (where type = ${EventType.URGE_NOTICE_CLOSED})::integer as closed,
      (select coalesce(array_agg(id order by id), '{}') from ${users}
        where role = ${UserRole.LEADER} and disabled_at is null) as leaders
    from ${events}
    where plan_id = ${plan.id}
      and occurred_at >= (${week.from}::date)::timestamp at time zone 'Asia/Shanghai'
      and occurred_at < (${week.on}::date)::timestamp at time zone 'Asia/Shanghai'`,
  );
  const leaders = (counts?.leaders ?? []) as unknown as number[];
  if (leaders.length === 0) return [];
  const index = await getMeasureIndex(scope, plan.id);
  const reds: (WeeklyDigestFacts['red'][number] & { dueOn: string | null })[] = [];
  for (const measure of index.list) {
    if (!index.isLeaf(measure) || index.isWithdrawn(measure, week.on)) continue;
    const warning = await getMeasureWarning(scope, measure);
    if (warning.level === WarningLevel.RED) {
      reds.push({ measureId: measure.id, reason: warning.reason, dueOn: warning.dueOn });
    }
  }
  const red = mostOverdueFirst(reds).map(({ measureId, reason }) => ({ measureId, reason }));
  const lateList = [...late.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([departmentId, overdue]) => ({ departmentId, overdue }));
  const facts: WeeklyDigestFacts = {
    kind: MessageKind.WEEKLY_DIGEST,
    week: week.week,
    on: week.on,
    from: week.from,
    reports: counts?.reports ?? 0,
    indicatorValues: counts?.values ?? 0,
    noticesIssued: counts?.issued ?? 0,
    noticesClosed: counts?.closed ?? 0,
    red: red.slice(0, DIGEST_LIST),
    redTotal: red.length,
    late: lateList.slice(0, DIGEST_LIST),
    lateTotal: lateList.length,
  };
  return leaders.map((userId) => ({
    planId: plan.id,
    kind: MessageKind.WEEKLY_DIGEST,
    userId,
    key: `digest:${plan.id}:${week.week}`,
    facts,
  }));
}

/** Queues items in chunks, each chunk one transaction with its MESSAGES_QUEUED events; returns how many were new. */
export async function queueSwept(db: Db, items: readonly MessageItem[], now: Date): Promise<number> {
  let queued = 0;
  for (let i = 0; i < items.length; i += QUEUE_CHUNK) {
    // Each chunk its own short transaction, with a turn of the event loop between: live writes pass in between.
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const chunk = items.slice(i, i + QUEUE_CHUNK);
    queued += await db.transaction(async (tx) => {
      const groups = await queueMessages(tx, chunk, now);
      await appendEvents(tx, queuedEvents(groups, now));
      return groups.reduce((sum, group) => sum + group.count, 0);
    });
  }
  return queued;
}

export interface ReminderSweepDeps {
  db: Db;
  catalog: CatalogCache;
  settings: SecuritySettings;
  clock: Clock;
  onSwept?(sweep: { seconds: number; queued: number; failed: boolean }): void;
}

/**
 * Sweeps every plan in force for the reminders due today, once per day by the rules' clock (and at start): deadlines
 * fall on days. Two processes sweeping together queue each reminder once (the dedup key), so no lock is needed.
 */
export class ReminderSweeper {
  private lastDay: string | null = null;
  private readonly loop: PeriodicSweep;

  constructor(
    private readonly deps: ReminderSweepDeps,
    private readonly everyMs: number,
  ) {
    this.loop = new PeriodicSweep({
      label: '提醒巡检',
      log,
      sweep: () => this.sweepPlans(),
      onSwept: ({ seconds, count, failed }) => deps.onSwept?.({ seconds, queued: count, failed }),
    });
  }

  start(): void {
    this.loop.start(this.everyMs, () => this.tick());
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Sweeps when the day (Beijing time, by the clock) changed since the last sweep. */
  async tick(): Promise<number> {
    if (this.loop.busy) return 0;
    const day = todayOf(this.deps.clock);
    if (day === this.lastDay) return 0;
    const queued = await this.sweepNow();
    this.lastDay = day;
    return queued;
  }

  /** Sweeps every plan in force now; returns how many messages were new. Waits for a sweep under way first. */
  sweepNow(): Promise<number> {
    return this.loop.sweepNow();
  }

  private async sweepPlans(): Promise<number> {
    const { db, catalog, settings, clock } = this.deps;
    const active = await db
      .select({ id: plans.id })
      .from(plans)
      .where(eq(plans.state, PlanState.ACTIVE))
      .orderBy(plans.id);
    const configured = new Map(
      (
        await listReminderSettings(
          db,
          active.map((p) => p.id),
        )
      ).map((row) => [row.planId, row]),
    );
    let queued = 0;
    for (const plan of active) {
      // A fresh scope per plan, as the system: the reports as they are now.
      const scope = new RequestScope(db, catalog, settings, null, null, clock);
      const calendar = await getWorkingCalendar(scope);
      const setting = configured.get(plan.id);
      const { items, late } = await remindersOf(scope, plan, calendar, setting?.leadDays ?? DEFAULT_REMINDER_LEAD_DAYS);
      if (setting?.weeklyDigest ?? true) items.push(...(await digestOf(scope, plan, calendar, late)));
      queued += await queueSwept(db, items, clock.now());
    }
    return queued;
  }
}
