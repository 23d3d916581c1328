import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Plan, type PlanRow } from '../plan';
import { StartSuccessorPlanInput } from './successor.input';
import { getPredecessor, getSuccessorCandidates, getSuccessors, startSuccessorPlan } from './successor.service';
import { SuccessorCandidates, type SuccessorCandidatesShape } from './successor.type';

/** 接续方案: an ended plan's office puts the next plan on the board, carrying what was not finished. */
@Resolver(() => Plan)
export class PlanSuccessorResolver {
  @Query(() => SuccessorCandidates, {
    description:
      '接续方案的候选: an ended plan’s unfinished measures and its indicators’ final values (the office or an ADMIN; ' +
      'CONFLICT PLAN_NOT_ENDED before the plan has ended).',
  })
  successorCandidates(
    @Arg('planCode', () => String, { description: 'The ended plan’s code.' }) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<SuccessorCandidatesShape> {
    return getSuccessorCandidates(ctx.scope, planCode);
  }

  @Mutation(() => Plan, {
    description:
      '启动接续方案: a draft successor of an ended (or archived) plan, kept by the same office, carrying the chosen ' +
      'unfinished measures with their units and the chosen indicators with their final values as baselines. The plan ' +
      'office or an ADMIN; refusals name their item and write nothing.',
  })
  startSuccessorPlan(
    @Arg('input', () => StartSuccessorPlanInput) input: StartSuccessorPlanInput,
    @Ctx() ctx: Context,
  ): Promise<PlanRow> {
    return startSuccessorPlan(ctx.scope, input);
  }

  @FieldResolver(() => Plan, {
    nullable: true,
    description: '接续自: the plan this one succeeds, if any (and visible).',
  })
  predecessor(@Root() plan: PlanRow, @Ctx() ctx: Context): MaybePromise<PlanRow | null> {
    return getPredecessor(ctx.scope, plan);
  }

  @FieldResolver(() => [Plan], { description: '接续方案: the plans started from this one that the viewer may see.' })
  successors(@Root() plan: PlanRow, @Ctx() ctx: Context): MaybePromise<PlanRow[]> {
    return getSuccessors(ctx.scope, plan);
  }
}
