import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { today } from '../../shared/clock';
import type { Context } from '../../shared/context';
import { type MaybePromise } from '../../shared/loader';
import { Department, getDepartmentById } from '../department';
import { can } from '../policy';
import { PlanLifecycle, PlanPhase, PlanState } from './plan.enum';
import { planLifecycle, planPhase, planTakes } from './plan.rules';
import { archivePlan, getPlanByCode, getPlans, planOfficeTarget } from './plan.service';
import type { PlanRow } from './plan.table';
import { Plan, PlanViewerCan } from './plan.type';

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], {
    description:
      'The plans the viewer may see, earliest period first: every published plan for leaders, viewers and admins (drafts too for admins and the plan’s office); for a department’s clerk, the published plans that involve its department or one of its groups.',
  })
  plans(@Ctx() ctx: Context): MaybePromise<PlanRow[]> {
    return getPlans(ctx.scope);
  }

  @Query(() => Plan, {
    nullable: true,
    description: 'One plan by its code; NOT_FOUND when there is none or the viewer may not see it (as `plans`).',
  })
  plan(@Arg('code', () => String) code: string, @Ctx() ctx: Context): MaybePromise<PlanRow> {
    return getPlanByCode(ctx.scope, code);
  }

  @Mutation(() => Plan, {
    description:
      '归档: the plan office (or an ADMIN) closes an ended plan (已结束) after its evaluation; from then on it is read-only. CONFLICT PLAN_NOT_ENDED in any other state.',
  })
  archivePlan(@Arg('planCode', () => String) planCode: string, @Ctx() ctx: Context): Promise<PlanRow> {
    return archivePlan(ctx.scope, planCode);
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
  async viewerCan(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<PlanViewerCan> {
    const { scope } = ctx;
    const office = planOfficeTarget(scope, plan);
    // The editor changes drafts only; a plan in force changes by revision (方案调整).
    const edit = plan.state === PlanState.DRAFT && (await can(scope, 'plan.edit', office));
    const lifecycle = planLifecycle(plan, today(scope.clock));
    const revise = lifecycle === PlanLifecycle.ACTIVE && (await can(scope, 'plan.revise', office));
    const archive = lifecycle === PlanLifecycle.ENDED && (await can(scope, 'plan.archive', office));
    // The plan's state first: an archived plan takes no write, a draft no work (checkPlanWritable).
    const work = planTakes(plan, 'work');
    const settings = planTakes(plan, 'settings');
    return {
      edit,
      revise,
      archive,
      issueUrgeNotice: work && can(scope, 'urge.issue'),
      issueInstruction: work && can(scope, 'instruction.issue'),
      setAssessmentWeights: settings && can(scope, 'assessment.setWeights'),
      setReportingCycle: settings && can(scope, 'reportingCycle.set'),
      backfillProgressReport: work && can(scope, 'progress.backfill'),
      reviewProgressReports: work && can(scope, 'progress.accept') && can(scope, 'progress.return'),
      superviseNotices: work && can(scope, 'urge.close') && can(scope, 'urge.return'),
      createPlan: can(scope, 'plan.create'),
    };
  }
}
