import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import { andThen, type MaybePromise } from '../../shared/loader';
import { Goal, type GoalRow, getGoalById } from '../goal';
import { Plan, type PlanRow } from '../plan';
import { MeasureKind } from './measure.enum';
import { getChildren, getGoalIdOf, getMeasureById, getMeasuresOfPlan, getMeasuresServingGoal } from './measure.service';
import type { MeasureRow } from './measure.table';
import { Measure, Withdrawal } from './measure.type';

@Resolver(() => Measure)
export class MeasureResolver {
  @FieldResolver(() => Measure, { nullable: true, description: 'The project this measure belongs to.' })
  parent(@Root() measure: MeasureRow, @Ctx() ctx: Context): MaybePromise<MeasureRow> | null {
    return measure.parentId === null ? null : getMeasureById(ctx.scope, measure.planId, measure.parentId);
  }

  @FieldResolver(() => [Measure], { description: 'For a project: its measures in document order.' })
  children(@Root() measure: MeasureRow, @Ctx() ctx: Context): MaybePromise<MeasureRow[]> {
    return getChildren(ctx.scope, measure);
  }

  @FieldResolver(() => Withdrawal, {
    nullable: true,
    description:
      '撤销: set when a revision withdrew the measure (from `on`, it owes no reports and leaves every count); null otherwise.',
  })
  withdrawn(@Root() measure: MeasureRow): Withdrawal | null {
    return measure.withdrawnOn === null ? null : { on: measure.withdrawnOn, reason: measure.withdrawnReason ?? '' };
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'The goal served, its own or its project’s.' })
  goal(@Root() measure: MeasureRow, @Ctx() ctx: Context): MaybePromise<GoalRow | null> {
    return andThen(getGoalIdOf(ctx.scope, measure), (goalId) =>
      goalId === null ? null : getGoalById(ctx.scope, measure.planId, goalId),
    );
  }
}

@Resolver(() => Plan)
export class PlanMeasuresResolver {
  @FieldResolver(() => [Measure], { description: 'The plan’s projects, measures and safeguards in document order.' })
  measures(
    @Root() plan: PlanRow,
    @Arg('kind', () => MeasureKind, { nullable: true, description: 'Only nodes of this kind.' })
    kind: MeasureKind | null | undefined,
    @Ctx() ctx: Context,
  ): MaybePromise<MeasureRow[]> {
    return getMeasuresOfPlan(ctx.scope, plan.id, kind);
  }
}

@Resolver(() => Goal)
export class GoalMeasuresResolver {
  @FieldResolver(() => [Measure], { description: 'Projects serving the goal and, through them, their measures.' })
  measures(
    @Root() goal: GoalRow,
    @Arg('kind', () => MeasureKind, { nullable: true, description: 'Only nodes of this kind.' })
    kind: MeasureKind | null | undefined,
    @Ctx() ctx: Context,
  ): MaybePromise<MeasureRow[]> {
    return getMeasuresServingGoal(ctx.scope, goal.planId, goal.id, kind);
  }
}
