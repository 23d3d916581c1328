import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { LoggedEvent } from '../../realtime/event-reader';
import { today as todayOf } from '../../shared/clock';
import type { Context } from '../../shared/context';
import { Assignment, type AssignmentView } from '../assignment';
import { Department, type DepartmentRow } from '../department';
import { EventType, payloadOf } from '../event';
import { PlanEvent } from '../feed';
import { Goal, type GoalRow } from '../goal';
import { Indicator, type IndicatorRow } from '../indicator';
import { Measure, type MeasureRow } from '../measure';
import { ReportingCycle } from '../period';
import { getPlanByCode, Plan, type PlanRow } from '../plan';
import type { IndicatorAssessmentResult } from './indicator-assessment.rules';
import { SetReportingCycleInput } from './supervision.input';
import {
  participantVerdict,
  type ReportingState,
  verdictOf,
  type WarningCounts as WarningCountsShape,
} from './supervision.rules';
import {
  type DepartmentStandingCounts,
  getAssignmentOwesReports,
  getAssignmentReporting,
  getAssignmentWarning,
  getDepartmentStanding,
  getDepartmentVerdictWarning,
  getDepartmentWarning,
  getGoalWarning,
  getIndicatorAssessment,
  getMeasureReporting,
  getMeasureWarning,
  getPlanOverview,
  getPlanSchedule,
  getPlanWarning,
  getPlanWarningCounts,
  type PlanOverview as PlanOverviewShape,
  type ReportingCycleSetting,
  setReportingCycle,
  type Warning as WarningShape,
} from './supervision.service';
import {
  DepartmentStanding,
  IndicatorAssessment,
  PlanOverview,
  ReportingCycleSettingType,
  ReportingStatus,
  Verdict,
  Warning,
  WarningChange,
  WarningCounts,
} from './supervision.type';

const VERDICT_DESCRIPTION = '研判: the one verdict a leader sees first (docs/SUPERVISION.md, “One supervision model”).';

/** The verdict of a warning, with the day it holds for. */
const verdict = (warning: WarningShape): Verdict => ({ ...verdictOf(warning), asOf: warning.asOf });

function toStatus(state: ReportingState | null): ReportingStatus | null {
  if (!state) return null;
  return {
    cycle: state.cycle,
    dueWorkingDay: state.dueWorkingDay,
    currentPeriod: state.currentPeriod,
    currentDueOn: state.currentDueOn,
    currentReported: state.currentReported,
    nextDuePeriod: state.nextDue?.period ?? null,
    nextDueOn: state.nextDue?.dueOn ?? null,
    nextDueWorkingDaysLeft: state.nextDue?.workingDaysLeft ?? null,
    overdue: state.overdue,
    filingPeriods: state.filingPeriods,
  };
}

@Resolver(() => Measure)
export class MeasureSupervisionResolver {
  @FieldResolver(() => Warning, {
    description: '三色预警 today, with its reason (a project: the roll-up of its measures).',
  })
  warning(@Root() measure: MeasureRow, @Ctx() ctx: Context): Promise<WarningShape> {
    return getMeasureWarning(ctx.scope, measure);
  }

  @FieldResolver(() => Verdict, { description: VERDICT_DESCRIPTION })
  async verdict(@Root() measure: MeasureRow, @Ctx() ctx: Context): Promise<Verdict> {
    return verdict(await getMeasureWarning(ctx.scope, measure));
  }

  @FieldResolver(() => ReportingStatus, {
    nullable: true,
    description: '报送情况 of its lead departments; null for a project (it reports through its measures).',
  })
  async reporting(@Root() measure: MeasureRow, @Ctx() ctx: Context): Promise<ReportingStatus | null> {
    return toStatus(await getMeasureReporting(ctx.scope, measure));
  }
}

@Resolver(() => Assignment)
export class AssignmentSupervisionResolver {
  @FieldResolver(() => Warning, {
    description: '三色预警 of this department’s part: a lead by its own reports; a participant shares the measure’s.',
  })
  warning(@Root() assignment: AssignmentView, @Ctx() ctx: Context): Promise<WarningShape> {
    return getAssignmentWarning(ctx.scope, assignment);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether this part owes reports of its own: a lead does (or any assigned department when none leads); a ' +
      'participant beside a lead does not (配合单位不单独报送) and may still post progress, which counts for the ' +
      'measure. A member unit holding a group’s part owes what the group owes, and any member’s report settles it.',
  })
  owesReports(@Root() assignment: AssignmentView, @Ctx() ctx: Context): Promise<boolean> {
    return getAssignmentOwesReports(ctx.scope, assignment);
  }

  @FieldResolver(() => Verdict, { description: VERDICT_DESCRIPTION })
  async verdict(@Root() assignment: AssignmentView, @Ctx() ctx: Context): Promise<Verdict> {
    return verdict(await getAssignmentWarning(ctx.scope, assignment));
  }

  @FieldResolver(() => ReportingStatus, {
    nullable: true,
    description: '报送情况 of this department on the measure; null on a project.',
  })
  async reporting(@Root() assignment: AssignmentView, @Ctx() ctx: Context): Promise<ReportingStatus | null> {
    return toStatus(await getAssignmentReporting(ctx.scope, assignment));
  }
}

@Resolver(() => Goal)
export class GoalSupervisionResolver {
  @FieldResolver(() => Warning, { description: '三色预警: the roll-up of the projects serving it.' })
  warning(@Root() goal: GoalRow, @Ctx() ctx: Context): Promise<WarningShape> {
    return getGoalWarning(ctx.scope, goal.planId, goal.id);
  }

  @FieldResolver(() => Verdict, { description: VERDICT_DESCRIPTION })
  async verdict(@Root() goal: GoalRow, @Ctx() ctx: Context): Promise<Verdict> {
    return verdict(await getGoalWarning(ctx.scope, goal.planId, goal.id));
  }
}

@Resolver(() => Plan)
export class PlanSupervisionResolver {
  @FieldResolver(() => Warning, { description: '三色预警: the roll-up of its projects and safeguards.' })
  warning(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<WarningShape> {
    return getPlanWarning(ctx.scope, plan.id);
  }

  @FieldResolver(() => Verdict, { description: VERDICT_DESCRIPTION })
  async verdict(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<Verdict> {
    return verdict(await getPlanWarning(ctx.scope, plan.id));
  }

  @FieldResolver(() => PlanOverview, {
    description: 'The counts every screen shows (one scope, verdicts and departments’ own status), phase and period.',
  })
  overview(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<PlanOverviewShape> {
    return getPlanOverview(ctx.scope, plan.id);
  }

  @FieldResolver(() => WarningCounts, {
    description: 'How many of its measures (those that carry the work) are at each level.',
  })
  warningCounts(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<WarningCountsShape> {
    return getPlanWarningCounts(ctx.scope, plan.id);
  }

  @FieldResolver(() => Float, { description: '序时进度: the share of the plan’s period elapsed by today, 0–100.' })
  async expectedProgress(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<number> {
    return (await getPlanSchedule(ctx.scope, plan.id)).expectedProgress;
  }

  @FieldResolver(() => ReportingCycle, { description: '报送周期 by default (measures may differ).' })
  async reportingCycle(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<ReportingCycle> {
    return (await getPlanSchedule(ctx.scope, plan.id)).cycle;
  }

  @FieldResolver(() => String, {
    description:
      '本期 in the plan’s cycle: the period reports are filed for today (the one today falls in while the plan ' +
      'runs; its last after it ends, reports being taken in the evaluation window; its first before it starts).',
  })
  async filingPeriod(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<string> {
    return (await getPlanSchedule(ctx.scope, plan.id)).filingPeriod;
  }

  @FieldResolver(() => Int, { description: 'Reports are due on this working day of the month after their period.' })
  async dueWorkingDay(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<number> {
    return (await getPlanSchedule(ctx.scope, plan.id)).dueWorkingDay;
  }

  @FieldResolver(() => LocalDateResolver, {
    description: 'Today in Beijing by the server’s clock: the date every rule runs at (DUBAN_CLOCK may move it).',
  })
  today(@Ctx() ctx: Context): string {
    return todayOf(ctx.scope.clock);
  }
}

@Resolver(() => Department)
export class DepartmentSupervisionResolver {
  @FieldResolver(() => Warning, {
    description: '三色预警 of the department in a plan: the roll-up of the measures it leads.',
  })
  async warning(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String, { description: 'The plan’s code.' }) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<WarningShape> {
    const plan = await getPlanByCode(ctx.scope, planCode, 'planCode');
    return getDepartmentWarning(ctx.scope, department, plan.id);
  }

  @FieldResolver(() => Verdict, {
    description:
      '研判 of the department in a plan: the roll-up of every measure it answers for, those it leads by its own ' +
      'reports and those it takes part in by the measure’s.',
  })
  async verdict(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String, { description: 'The plan’s code.' }) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<Verdict> {
    const plan = await getPlanByCode(ctx.scope, planCode, 'planCode');
    const { warning, leads } = await getDepartmentVerdictWarning(ctx.scope, department, plan.id);
    const judged = verdict(warning);
    return leads ? judged : { ...participantVerdict(judged), asOf: judged.asOf };
  }

  @FieldResolver(() => DepartmentStanding, {
    description: 'The department’s record in a plan this period: counts of what it holds, owes, reported and risks.',
  })
  async standing(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String, { description: 'The plan’s code.' }) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<DepartmentStandingCounts> {
    const plan = await getPlanByCode(ctx.scope, planCode, 'planCode');
    return getDepartmentStanding(ctx.scope, department, plan.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorSupervisionResolver {
  @FieldResolver(() => IndicatorAssessment, {
    description:
      '指标评估 today: expected value on the path, latest value, projection at the target date, level and reason.',
  })
  assessment(
    @Root() indicator: IndicatorRow,
    @Ctx() ctx: Context,
  ): Promise<IndicatorAssessmentResult & { asOf: string }> {
    return getIndicatorAssessment(ctx.scope, indicator);
  }
}

@Resolver(() => ReportingCycleSettingType)
export class ReportingCycleResolver {
  @Mutation(() => ReportingCycleSettingType, {
    description: '报送周期: the plan office sets a plan’s or a measure’s cadence (LEADER, ADMIN).',
  })
  setReportingCycle(
    @Arg('input', () => SetReportingCycleInput) input: SetReportingCycleInput,
    @Ctx() ctx: Context,
  ): Promise<ReportingCycleSetting> {
    return setReportingCycle(ctx.scope, input);
  }
}

@Resolver(() => PlanEvent)
export class PlanEventWarningResolver {
  @FieldResolver(() => WarningChange, {
    nullable: true,
    description: 'For WARNING_CHANGED: the new level and the old.',
  })
  warningChange(@Root() event: LoggedEvent): WarningChange | null {
    const payload = payloadOf(event.row, EventType.WARNING_CHANGED);
    if (!payload) return null;
    const { before, after } = payload;
    return {
      level: after.level,
      reason: after.reason,
      asOf: after.asOf,
      previousLevel: before?.level ?? null,
      previousReason: before?.reason ?? null,
    };
  }
}
