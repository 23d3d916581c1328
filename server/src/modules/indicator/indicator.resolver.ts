import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Department, type DepartmentRow, getDepartmentById } from '../department';
import { Goal, type GoalRow, getGoalById } from '../goal';
import { getMeasureById, Measure, type MeasureRow } from '../measure';
import { getPlanByCode, Plan, type PlanRow } from '../plan';
import { baselineText } from './indicator.rules';
import {
  getIndicatorsOfDepartment,
  getIndicatorsOfGoal,
  getIndicatorsOfMeasure,
  getIndicatorsOfPlan,
} from './indicator.service';
import type { IndicatorRow } from './indicator.table';
import { Indicator } from './indicator.type';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Goal, { description: 'The goal the indicator measures.' })
  goal(@Root() indicator: IndicatorRow, @Ctx() ctx: Context): MaybePromise<GoalRow> {
    return getGoalById(ctx.scope, indicator.planId, indicator.goalId);
  }

  @FieldResolver(() => Measure, { nullable: true, description: 'The measure the indicator belongs to, if any.' })
  measure(@Root() indicator: IndicatorRow, @Ctx() ctx: Context): MaybePromise<MeasureRow> | null {
    return indicator.measureId === null ? null : getMeasureById(ctx.scope, indicator.planId, indicator.measureId);
  }

  @FieldResolver(() => String, {
    description:
      '基期值 in words for every screen: the value, unit and year the document gives, 文件未给出 when it gives none, ' +
      'or 定性目标，无基期值 for a target in words.',
  })
  baselineText(@Root() indicator: IndicatorRow): string {
    return baselineText(indicator);
  }

  @FieldResolver(() => Department, { description: 'The department that reports its values.' })
  department(@Root() indicator: IndicatorRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> {
    return getDepartmentById(ctx.scope, indicator.departmentId);
  }
}

@Resolver(() => Plan)
export class PlanIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: 'Every indicator of the plan, in document order.' })
  indicators(@Root() plan: PlanRow, @Ctx() ctx: Context): MaybePromise<IndicatorRow[]> {
    return getIndicatorsOfPlan(ctx.scope, plan.id);
  }
}

@Resolver(() => Goal)
export class GoalIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: 'The indicators that measure this goal.' })
  indicators(@Root() goal: GoalRow, @Ctx() ctx: Context): MaybePromise<IndicatorRow[]> {
    return getIndicatorsOfGoal(ctx.scope, goal.planId, goal.id);
  }
}

@Resolver(() => Measure)
export class MeasureIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: 'The indicators tied to this measure.' })
  indicators(@Root() measure: MeasureRow, @Ctx() ctx: Context): MaybePromise<IndicatorRow[]> {
    return getIndicatorsOfMeasure(ctx.scope, measure.planId, measure.id);
  }
}

@Resolver(() => Department)
export class DepartmentIndicatorsResolver {
  @FieldResolver(() => [Indicator], {
    nullable: true,
    description: 'The indicators this department reports, in one plan or all.',
  })
  async indicators(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String, { nullable: true, description: 'Only this plan’s indicators.' })
    planCode: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<IndicatorRow[]> {
    const plan = planCode == null ? undefined : await getPlanByCode(ctx.scope, planCode, 'planCode');
    return getIndicatorsOfDepartment(ctx.scope, department.id, plan?.id);
  }
}
