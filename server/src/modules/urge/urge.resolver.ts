import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Department, type DepartmentRow, getDepartmentById } from '../department';
import { getMeasureById, Measure, type MeasureRow } from '../measure';
import { getPlanByCode, Plan, type PlanRow } from '../plan';
import { getUserById, User, type UserRow } from '../user';
import { UrgeNoticeState } from './urge.enum';
import { IssueUrgeNoticeInput } from './urge.input';
import {
  acknowledgeUrgeNotice,
  closeUrgeNotice,
  getUrgeNoticesOfPlan,
  isOverdue,
  issueUrgeNotice,
  respondToUrgeNotice,
  returnUrgeNoticeForRevision,
} from './urge.service';
import type { UrgeNoticeRow } from './urge.table';
import { UrgeNotice } from './urge.type';

@Resolver(() => UrgeNotice)
export class UrgeNoticeResolver {
  @Mutation(() => UrgeNotice, {
    description: '督办: a leader issues a notice to a department on a measure (LEADER, ADMIN).',
  })
  issueUrgeNotice(
    @Arg('input', () => IssueUrgeNoticeInput) input: IssueUrgeNoticeInput,
    @Ctx() ctx: Context,
  ): Promise<UrgeNoticeRow> {
    return issueUrgeNotice(ctx.scope, input);
  }

  @Mutation(() => UrgeNotice, { description: '签收: the department signs for a notice.' })
  acknowledgeUrgeNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UrgeNoticeRow> {
    return acknowledgeUrgeNotice(ctx.scope, id);
  }

  @Mutation(() => UrgeNotice, { description: '反馈: the department replies (after signing, or after a return).' })
  respondToUrgeNotice(
    @Arg('id', () => ID) id: string,
    @Arg('response', () => String, { description: 'What was done (1–2000 characters).' }) response: string,
    @Ctx() ctx: Context,
  ): Promise<UrgeNoticeRow> {
    return respondToUrgeNotice(ctx.scope, id, response);
  }

  @Mutation(() => UrgeNotice, { description: '办结: the office closes a replied notice (LEADER, ADMIN).' })
  closeUrgeNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UrgeNoticeRow> {
    return closeUrgeNotice(ctx.scope, id);
  }

  @Mutation(() => UrgeNotice, { description: '退回: the office sends a reply back for revision (LEADER, ADMIN).' })
  returnUrgeNoticeForRevision(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: 'Why (1–2000 characters).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<UrgeNoticeRow> {
    return returnUrgeNoticeForRevision(ctx.scope, id, reason);
  }

  @FieldResolver(() => ID, { description: 'The notice’s id.' })
  id(@Root() notice: UrgeNoticeRow): string {
    return String(notice.id);
  }

  @FieldResolver(() => Boolean, { description: 'Past its reply date and not replied to (逾期).' })
  overdue(@Root() notice: UrgeNoticeRow, @Ctx() ctx: Context): boolean {
    return isOverdue(ctx.scope, notice);
  }

  @FieldResolver(() => Measure, { description: 'The measure.' })
  measure(@Root() notice: UrgeNoticeRow, @Ctx() ctx: Context): MaybePromise<MeasureRow> {
    return getMeasureById(ctx.scope, notice.planId, notice.measureId);
  }

  @FieldResolver(() => Department, { description: 'The department pressed.' })
  department(@Root() notice: UrgeNoticeRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> {
    return getDepartmentById(ctx.scope, notice.departmentId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who issued it.' })
  issuedBy(@Root() notice: UrgeNoticeRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    return getUserById(ctx.scope, notice.issuedBy);
  }
}

@Resolver(() => Plan)
export class PlanUrgeNoticesResolver {
  @FieldResolver(() => [UrgeNotice], { description: 'The plan’s urging notices, newest first.' })
  urgeNotices(
    @Root() plan: PlanRow,
    @Arg('state', () => UrgeNoticeState, { nullable: true, description: 'Only notices in this state.' })
    state: UrgeNoticeState | null,
    @Ctx() ctx: Context,
  ): Promise<UrgeNoticeRow[]> {
    return getUrgeNoticesOfPlan(ctx.scope, plan.id, { state });
  }
}

@Resolver(() => Measure)
export class MeasureUrgeNoticesResolver {
  @FieldResolver(() => [UrgeNotice], { description: 'Urging notices on this measure, newest first.' })
  urgeNotices(@Root() measure: MeasureRow, @Ctx() ctx: Context): Promise<UrgeNoticeRow[]> {
    return getUrgeNoticesOfPlan(ctx.scope, measure.planId, { measureId: measure.id });
  }
}

@Resolver(() => Department)
export class DepartmentUrgeNoticesResolver {
  @FieldResolver(() => [UrgeNotice], {
    description:
      'Urging notices this department answers in a plan, newest first: its own and, for a member unit (a town), ' +
      'those sent to its groups (各镇、街道).',
  })
  async urgeNotices(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String, { description: 'The plan’s code.' }) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<UrgeNoticeRow[]> {
    const plan = await getPlanByCode(ctx.scope, planCode, 'planCode');
    return getUrgeNoticesOfPlan(ctx.scope, plan.id, { handledBy: department.id });
  }
}
