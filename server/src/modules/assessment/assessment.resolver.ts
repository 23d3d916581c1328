import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import { Plan, type PlanRow } from '../plan';
import { SetAssessmentWeightsInput } from './assessment.input';
import {
  type AssessmentView,
  getAssessmentWeights,
  getDepartmentAssessment,
  setAssessmentWeights,
  type WeightsView,
} from './assessment.service';
import { Assessment, AssessmentWeights } from './assessment.type';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => Assessment, {
    description:
      '考核: the departments of a plan scored and ranked for a period (any signed-in user; REPORTER: own row).',
  })
  departmentAssessment(
    @Arg('planCode', () => String, { description: 'The plan’s code.' }) planCode: string,
    @Arg('period', () => String, {
      nullable: true,
      description: 'A year (2024), quarter (2024-Q3) or half (2024-H1); omitted: the whole term up to today.',
    })
    period: string | null,
    @Ctx() ctx: Context,
  ): Promise<AssessmentView> {
    return getDepartmentAssessment(ctx.scope, planCode, period);
  }

  @Mutation(() => AssessmentWeights, { description: '考核权重: set how the four parts weigh (LEADER, ADMIN).' })
  setAssessmentWeights(
    @Arg('input', () => SetAssessmentWeightsInput) input: SetAssessmentWeightsInput,
    @Ctx() ctx: Context,
  ): Promise<WeightsView> {
    return setAssessmentWeights(ctx.scope, input);
  }
}

@Resolver(() => Plan)
export class PlanAssessmentWeightsResolver {
  @FieldResolver(() => AssessmentWeights, { description: '考核权重: the office’s, or the defaults 30 / 30 / 20 / 20.' })
  assessmentWeights(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<WeightsView> {
    return getAssessmentWeights(ctx.scope, plan);
  }
}
