import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import { Plan, type PlanRow } from '../plan';
import { PlanRevisionInput } from './plan-revision.input';
import { getPlanVersion, getRevisions, publishRevision } from './plan-revision.service';
import { PlanRevision, PlanRevisionResult, PlanVersion } from './plan-revision.type';

/** 方案调整: a plan in force changes only through a revision, published whole. */
@Resolver()
export class PlanRevisionResolver {
  @Mutation(() => PlanRevisionResult, {
    description:
      '方案调整: applies the changes in order to an ACTIVE plan in one transaction and records one PLAN_REVISED. ' +
      'The plan office or an ADMIN. dryRun: the same checks and lines, nothing written (revision null). Refusals ' +
      'name the change at fault (input.changes[i]…); nothing is written.',
  })
  publishRevision(
    @Arg('input', () => PlanRevisionInput) input: PlanRevisionInput,
    @Ctx() ctx: Context,
  ): Promise<PlanRevisionResult> {
    return publishRevision(ctx.scope, input);
  }
}

@Resolver(() => Plan)
export class PlanRevisionsResolver {
  @FieldResolver(() => [PlanRevision], {
    description: '版本历史: the plan’s revisions, newest first, each with its readable changes.',
  })
  revisions(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<PlanRevision[]> {
    return getRevisions(ctx.scope, plan);
  }

  @FieldResolver(() => PlanVersion, {
    description: 'The plan as it stood right after revision N (0: as published). NOT_FOUND for an unknown N.',
  })
  version(
    @Root() plan: PlanRow,
    @Arg('revision', () => Int) revision: number,
    @Ctx() ctx: Context,
  ): Promise<PlanVersion> {
    return getPlanVersion(ctx.scope, plan, revision);
  }
}
