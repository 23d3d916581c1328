import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { encodeCursor } from '../../realtime/event-cursor';
import type { LoggedEvent } from '../../realtime/event-reader';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Assignment, type AssignmentView } from '../assignment';
import { Department, type DepartmentRow, getDepartmentById } from '../department';
import { EventType, type ObservationSnapshot, type ProgressReportSnapshot, payloadOf, type Stored } from '../event';
import { Goal, type GoalRow, getGoalById } from '../goal';
import { getIndicatorById, Indicator, type IndicatorRow } from '../indicator';
import { canSeeInstruction, Instruction, type InstructionRow } from '../instruction';
import { getMeasureById, Measure, type MeasureRow } from '../measure';
import { getPlanById, Plan, type PlanRow } from '../plan';
import {
  backfillNote,
  IndicatorObservation,
  ProgressReport,
  type ProgressReportReviewRow,
  ReportReview,
  ReviewDecision,
  reportedOnOf,
} from '../progress';
import { getUserById, User, type UserRow } from '../user';
import { PlanEventFilter } from './feed.input';
import { revive } from './feed.rules';
import {
  getAssignmentsTouchedBy,
  getPlanEvents,
  getRecentPlanEvents,
  subscribePlanEvents,
  subscribePlanListEvents,
} from './feed.service';
import { PlanEvent, PlanEventPage, ReportSnapshot } from './feed.type';

const REPORT_EVENTS = [
  EventType.PROGRESS_REPORTED,
  EventType.PROGRESS_REPORT_EDITED,
  EventType.PROGRESS_REPORT_WITHDRAWN,
  EventType.PROGRESS_REPORT_ACCEPTED,
  EventType.PROGRESS_REPORT_RETURNED,
] as const;

const INSTRUCTION_EVENTS = [EventType.INSTRUCTION_ISSUED, EventType.INSTRUCTION_READ] as const;

@Resolver(() => PlanEvent)
export class PlanEventResolver {
  @Query(() => PlanEventPage, { description: 'A plan’s events after a cursor, oldest first: the activity feed.' })
  async events(
    @Arg('planCode', () => String) planCode: string,
    @Arg('after', () => String, { nullable: true, description: 'Only events after this cursor.' }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 500.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return getPlanEvents(ctx.scope, planCode, after, first);
  }

  @Query(() => PlanEventPage, {
    description:
      'A plan’s newest events, newest first: the recent-activity list. Page back with `before` = `endCursor`; ' +
      'subscribe to `planEvents` with `after` = the first event’s cursor to continue live without a gap.',
  })
  recentEvents(
    @Arg('planCode', () => String) planCode: string,
    @Arg('before', () => String, { nullable: true, description: 'Only events before this cursor.' })
    before: string | null,
    @Arg('first', () => Int, { defaultValue: 30, description: 'Page size, at most 500.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return getRecentPlanEvents(ctx.scope, planCode, before, first);
  }

  @Subscription(() => PlanEvent, {
    description: 'A plan’s events as they happen. With `after`, what was missed comes first, in order, once each.',
    subscribe: ({ args, context }) =>
      subscribePlanEvents(
        (context as Context).scope,
        args.planCode as string,
        args.after as string | null,
        args.filter as PlanEventFilter | null,
      ),
  })
  planEvents(
    @Root() event: LoggedEvent,
    @Arg('planCode', () => String) _planCode: string,
    @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor.' }) _after: string | null,
    @Arg('filter', () => PlanEventFilter, { nullable: true }) _filter: PlanEventFilter | null,
    @Ctx() ctx: Context,
  ): LoggedEvent {
    // One execution per event, all with the subscription's context: fresh loaders for each.
    ctx.scope.renew();
    return event;
  }

  @Subscription(() => PlanEvent, {
    name: 'planListEvents',
    description:
      'Events that change the plans the viewer sees, across every plan, as they happen: PLAN_IMPORTED and ' +
      'PLAN_PUBLISHED (a plan now in force, with its assignments), PLAN_REVISED, PLAN_ARCHIVED; only those of ' +
      'plans the viewer may see. With `after`, what was missed comes first.',
    subscribe: ({ args, context }) => subscribePlanListEvents((context as Context).scope, args.after as string | null),
  })
  planListEvents(
    @Root() event: LoggedEvent,
    @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor.' }) _after: string | null,
    @Ctx() ctx: Context,
  ): LoggedEvent {
    ctx.scope.renew();
    return event;
  }

  @FieldResolver(() => String, { description: 'Its position in the log: resume after it with `after`.' })
  cursor(@Root() event: LoggedEvent): string {
    return encodeCursor(event.cursor);
  }

  @FieldResolver(() => EventType, { description: 'What happened, e.g. PROGRESS_REPORTED.' })
  type(@Root() event: LoggedEvent): EventType {
    return event.row.type;
  }

  @FieldResolver(() => DateTimeISOResolver, { description: 'When it was written.' })
  occurredAt(@Root() event: LoggedEvent): Date {
    return event.row.occurredAt;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for the system.' })
  actor(@Root() event: LoggedEvent, @Ctx() ctx: Context): Promise<UserRow | null> | null {
    return event.row.actorUserId === null ? null : getUserById(ctx.scope, event.row.actorUserId);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan.' })
  plan(@Root() event: LoggedEvent, @Ctx() ctx: Context): MaybePromise<PlanRow> | null {
    return event.row.planId === null ? null : getPlanById(ctx.scope, event.row.planId);
  }

  @FieldResolver(() => ProgressReport, { nullable: true, description: 'The report, as this event left it.' })
  report(@Root() event: LoggedEvent): ProgressReportSnapshot | null {
    const after = payloadOf(event.row, ...REPORT_EVENTS)?.after;
    return after ? revive<ProgressReportSnapshot>(after, ['submittedAt', 'withdrawnAt', 'reviewedAt']) : null;
  }

  @FieldResolver(() => ReportSnapshot, {
    nullable: true,
    description:
      'The report as this event left it, as a value of the event: what a client with a normalised cache shows per ' +
      'event (`report` is the report node, which such a cache keeps once per id).',
  })
  reportSnapshot(@Root() event: LoggedEvent): Stored<ProgressReportSnapshot> | null {
    return payloadOf(event.row, ...REPORT_EVENTS)?.after ?? null;
  }

  @FieldResolver(() => ReportReview, {
    nullable: true,
    description:
      'The review decision, for PROGRESS_REPORT_ACCEPTED and _RETURNED. The report itself is one node per id in a ' +
      'client cache (its latest state); the decision is its own node and keeps this event’s reason.',
  })
  review(@Root() event: LoggedEvent): ProgressReportReviewRow | null {
    const payload = payloadOf(event.row, EventType.PROGRESS_REPORT_ACCEPTED, EventType.PROGRESS_REPORT_RETURNED);
    if (!payload) return null;
    const decision =
      event.row.type === EventType.PROGRESS_REPORT_ACCEPTED ? ReviewDecision.ACCEPTED : ReviewDecision.RETURNED;
    const { reviewId, before, after } = payload;
    if (typeof reviewId !== 'number' || !before || !after) return null;
    return {
      id: reviewId,
      reportId: Number(after.id),
      reportVersion: Number(before.version),
      decision,
      note: after.reviewNote ?? null,
      reviewedBy: Number(after.reviewedBy),
      reviewedAt: new Date(String(after.reviewedAt)),
    };
  }

  @FieldResolver(() => Instruction, {
    nullable: true,
    description: '领导批示, as this event left it (null for a clerk of a department it is not addressed to).',
  })
  async instruction(@Root() event: LoggedEvent, @Ctx() ctx: Context): Promise<InstructionRow | null> {
    const after = payloadOf(event.row, ...INSTRUCTION_EVENTS)?.after;
    if (!after) return null;
    const row = revive<InstructionRow>(after, ['issuedAt']);
    return row && (await canSeeInstruction(ctx.scope, row)) ? row : null;
  }

  @FieldResolver(() => IndicatorObservation, { nullable: true, description: 'The value recorded.' })
  observation(@Root() event: LoggedEvent): ObservationSnapshot | null {
    const after = payloadOf(event.row, EventType.INDICATOR_VALUE_RECORDED)?.after;
    return after ? revive<ObservationSnapshot>(after, ['submittedAt']) : null;
  }

  @FieldResolver(() => Measure, { nullable: true, description: 'The measure it touches.' })
  measure(@Root() event: LoggedEvent, @Ctx() ctx: Context): MaybePromise<MeasureRow> | null {
    const { planId, measureId } = event.row;
    return planId === null || measureId === null ? null : getMeasureById(ctx.scope, planId, measureId);
  }

  @FieldResolver(() => [Assignment], {
    description:
      'The assignments whose latest report, warning or reporting status it may have moved: those of the measure it ' +
      'touches and of the projects above it (also as listed for a group’s member units), or, for an event on a ' +
      'department alone, the department’s. A live view selects these rather than every assignment it shows.',
  })
  assignments(@Root() event: LoggedEvent, @Ctx() ctx: Context): Promise<AssignmentView[]> {
    return getAssignmentsTouchedBy(ctx.scope, event);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department it touches.' })
  department(@Root() event: LoggedEvent, @Ctx() ctx: Context): MaybePromise<DepartmentRow> | null {
    return event.row.departmentId === null ? null : getDepartmentById(ctx.scope, event.row.departmentId);
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'The goal it touches.' })
  goal(@Root() event: LoggedEvent, @Ctx() ctx: Context): MaybePromise<GoalRow> | null {
    const { planId, goalId } = event.row;
    return planId === null || goalId === null ? null : getGoalById(ctx.scope, planId, goalId);
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'The indicator it touches.' })
  indicator(@Root() event: LoggedEvent, @Ctx() ctx: Context): MaybePromise<IndicatorRow> | null {
    const { planId, indicatorId } = event.row;
    return planId === null || indicatorId === null ? null : getIndicatorById(ctx.scope, planId, indicatorId);
  }
}

@Resolver(() => ReportSnapshot)
export class ReportSnapshotResolver {
  @FieldResolver(() => LocalDateResolver, {
    description: '报送日期: the original date for history the office backfilled, else the Beijing date of submission.',
  })
  reportedOn(@Root() snapshot: Stored<ProgressReportSnapshot>): string {
    // The snapshot is the event's JSON: submittedAt is a string there, and older events carry no reportedOn.
    return reportedOnOf({ reportedOn: snapshot.reportedOn ?? null, submittedAt: new Date(snapshot.submittedAt) });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For history the office backfilled: 办公室补录，原报送日期 2024-03-04; null otherwise.',
  })
  backfillNote(@Root() snapshot: Stored<ProgressReportSnapshot>): string | null {
    return backfillNote({ reportedOn: snapshot.reportedOn ?? null });
  }
}
