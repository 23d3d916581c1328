import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { today } from '../../shared/clock';
import type { Context } from '../../shared/context';
import { andThen, type MaybePromise } from '../../shared/loader';
import { Department, getDepartmentById } from '../department';
import { can } from '../policy';
import { PlanLifecycle, PlanPhase, PlanState } from './plan.enum';
import { planLifecycle, planPhase } from './plan.rules';
import { getPlanByCode, getPlans, planOfficeOf } from './plan.service';
import type { PlanRow } from './plan.table';
import { Plan, PlanViewerCan } from './plan.type';

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: 'Every plan.' })
  plans(@Ctx() ctx: Context): MaybePromise<PlanRow[]> {
    return getPlans(ctx.scope);
  }

  @Query(() => Plan, { nullable: true, description: 'One plan by its code; NOT_FOUND when there is none.' })
  plan(@Arg('code', () => String) code: string, @Ctx() ctx: Context): MaybePromise<PlanRow> {
    return getPlanByCode(ctx.scope, code);
  }

  @FieldResolver(() => Department, { nullable: true, description: '领导小组: the group that supervises the plan.' })
  leadingGroup(@Root() plan: PlanRow, @Ctx() ctx: Context) {
    return plan.leadingGroupId === null ? null : getDepartmentById(ctx.scope, plan.leadingGroupId);
  }

  @FieldResolver(() => PlanPhase, {
    description:
      '方案阶段 today by the server’s clock (the same date as Plan.today): before, during or after the plan.',
  })
  phase(@Root() plan: PlanRow, @Ctx() ctx: Context): PlanPhase {
    return planPhase(plan, today(ctx.scope.clock));
  }

  @FieldResolver(() => PlanLifecycle, {
    description:
      '方案状态 today by the server’s clock: 草稿, 实施中, 已结束 (past its end date, in evaluation) or 已归档 (read-only).',
  })
  lifecycle(@Root() plan: PlanRow, @Ctx() ctx: Context): PlanLifecycle {
    return planLifecycle(plan, today(ctx.scope.clock));
  }

  @FieldResolver(() => PlanViewerCan, { description: 'What the viewer may do on this plan (the server’s policy).' })
  viewerCan(@Root() plan: PlanRow, @Ctx() ctx: Context): MaybePromise<PlanViewerCan> {
    const { scope } = ctx;
    const edit =
      plan.state === PlanState.DRAFT
        ? can(scope, 'plan.edit', {
            departmentId: () => andThen(planOfficeOf(scope, plan), (office): number | number[] => office ?? []),
          })
        : false;
    return andThen(edit, (mayEdit) => ({
      issueUrgeNotice: can(scope, 'urge.issue'),
      issueInstruction: can(scope, 'instruction.issue'),
      setAssessmentWeights: can(scope, 'assessment.setWeights'),
      setReportingCycle: can(scope, 'reportingCycle.set'),
      backfillProgressReport: can(scope, 'progress.backfill'),
      reviewProgressReports: can(scope, 'progress.accept') && can(scope, 'progress.return'),
      superviseNotices: can(scope, 'urge.close') && can(scope, 'urge.return'),
      edit: mayEdit,
      createPlan: can(scope, 'plan.create'),
    }));
  }
}
