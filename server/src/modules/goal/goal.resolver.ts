import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Plan, type PlanRow } from '../plan';
import { getGoalsOfPlan } from './goal.service';
import type { GoalRow } from './goal.table';
import { Goal } from './goal.type';

@Resolver(() => Plan)
export class PlanGoalsResolver {
  @FieldResolver(() => [Goal], { description: 'The plan’s goals in document order.' })
  goals(@Root() plan: PlanRow, @Ctx() ctx: Context): MaybePromise<GoalRow[]> {
    return getGoalsOfPlan(ctx.scope, plan.id);
  }
}
