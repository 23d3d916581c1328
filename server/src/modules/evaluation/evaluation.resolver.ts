import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context';
import { getPlanEvaluation, type PlanEvaluationShape } from './evaluation.service';
import { PlanEvaluation } from './evaluation.type';

@Resolver(() => PlanEvaluation)
export class PlanEvaluationResolver {
  @Query(() => PlanEvaluation, {
    description:
      '终期评估 of a plan: indicators against targets, measures’ completion, departments’ records, open items (any signed-in user).',
  })
  planEvaluation(
    @Arg('planCode', () => String, { description: 'The plan’s code.' }) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<PlanEvaluationShape> {
    return getPlanEvaluation(ctx.scope, planCode);
  }
}
