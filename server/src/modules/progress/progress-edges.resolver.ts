import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { requireReader } from '../../shared/access';
import type { Context } from '../../shared/context';
import { DomainError } from '../../shared/errors';
import { Assignment, type AssignmentView } from '../assignment';
import { Department, type DepartmentRow } from '../department';
import { Goal, type GoalRow } from '../goal';
import { Indicator, type IndicatorRow } from '../indicator';
import { Measure, type MeasureRow } from '../measure';
import { reportingWindow } from '../period';
import { getPlanByCode, Plan, type PlanRow } from '../plan';
import { progressLoaders } from './progress.loader';
import {
  getDepartmentProgress,
  getGoalProgress,
  getLatestReport,
  getLatestReportOfAssignment,
  getMeasureProgress,
  getPlanProgress,
  type ProgressSummary,
} from './progress.rollup';
import type { IndicatorObservationRow, ProgressReportRow } from './progress.table';
import { IndicatorObservation, Progress, ProgressReport } from './progress.type';

const MAX_PAGE = 100;

function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new DomainError('BAD_USER_INPUT', { field: 'first', reason: `每页条数须在 1 至 ${MAX_PAGE} 之间` });
  }
  return first;
}

@Resolver(() => Measure)
export class MeasureProgressResolver {
  @FieldResolver(() => Progress, { description: 'Progress by the roll-up rule (see `rule`).' })
  progress(@Root() measure: MeasureRow, @Ctx() ctx: Context): Promise<ProgressSummary> {
    return getMeasureProgress(ctx.scope, measure);
  }

  @FieldResolver(() => ProgressReport, {
    nullable: true,
    description: 'The newest standing report, from any department.',
  })
  latestReport(@Root() measure: MeasureRow, @Ctx() ctx: Context): Promise<ProgressReportRow | null> {
    return getLatestReport(ctx.scope, measure);
  }

  @FieldResolver(() => [ProgressReport], {
    description: 'Its reports, newest first (withdrawn ones included, marked).',
  })
  reports(
    @Root() measure: MeasureRow,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100.' }) first: number,
    @Arg('after', () => ID, { nullable: true, description: 'The id of the last report of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProgressReportRow[]> {
    requireReader(ctx.scope);
    const before = after == null ? undefined : Number(after);
    if (before !== undefined && !Number.isSafeInteger(before)) {
      throw new DomainError('BAD_USER_INPUT', { field: 'after', reason: '分页游标无效', detail: 'BAD_CURSOR' });
    }
    return ctx.scope
      .get(progressLoaders)
      .reportsOf.load({ measureId: measure.id, first: pageSize(first), beforeId: before });
  }
}

@Resolver(() => Assignment)
export class AssignmentProgressResolver {
  @FieldResolver(() => ProgressReport, {
    nullable: true,
    description:
      'This department’s newest standing report on this measure; for a group (各镇、街道), the newest from any member.',
  })
  latestReport(@Root() assignment: AssignmentView, @Ctx() ctx: Context): Promise<ProgressReportRow | null> {
    return getLatestReportOfAssignment(ctx.scope, assignment);
  }
}

@Resolver(() => Goal)
export class GoalProgressResolver {
  @FieldResolver(() => Progress, { description: 'Progress by the roll-up rule (see `rule`).' })
  progress(@Root() goal: GoalRow, @Ctx() ctx: Context): Promise<ProgressSummary> {
    return getGoalProgress(ctx.scope, goal.planId, goal.id);
  }
}

@Resolver(() => Plan)
export class PlanProgressResolver {
  @FieldResolver(() => Progress, { description: 'Progress by the roll-up rule (see `rule`).' })
  progress(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<ProgressSummary> {
    return getPlanProgress(ctx.scope, plan.id);
  }

  @FieldResolver(() => LocalDateResolver, {
    description:
      'The last day reports and indicator values are taken: the end of the evaluation window (评估期) after the ' +
      'plan’s end date. Between the end date and this day the plan is ended but still in evaluation.',
  })
  reportingClosesOn(@Root() plan: PlanRow): string {
    return reportingWindow(plan).to;
  }
}

@Resolver(() => Department)
export class DepartmentProgressResolver {
  @FieldResolver(() => Progress, { nullable: true, description: 'The department’s progress in a plan.' })
  async progress(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<ProgressSummary> {
    const plan = await getPlanByCode(ctx.scope, planCode, 'planCode');
    return getDepartmentProgress(ctx.scope, department, plan.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorValuesResolver {
  @FieldResolver(() => [IndicatorObservation], { description: 'Recorded values, newest date first.' })
  async observations(
    @Root() indicator: IndicatorRow,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<IndicatorObservationRow[]> {
    return (await ctx.scope.get(progressLoaders).observationsOf.load(indicator.id)).slice(0, pageSize(first));
  }

  @FieldResolver(() => IndicatorObservation, { nullable: true, description: 'The value for the latest date.' })
  async latest(@Root() indicator: IndicatorRow, @Ctx() ctx: Context): Promise<IndicatorObservationRow | null> {
    return (await ctx.scope.get(progressLoaders).observationsOf.load(indicator.id))[0] ?? null;
  }
}
