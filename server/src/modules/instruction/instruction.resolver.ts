import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { chinaDate } from '../../shared/clock';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Department, type DepartmentRow, getDepartmentById, getDepartmentsByIds } from '../department';
import { getMeasureById, Measure, type MeasureRow } from '../measure';
import { getPlanByCode, Plan, type PlanRow } from '../plan';
import { getReportById, ProgressReport, type ProgressReportRow } from '../progress';
import { getUserById, User, type UserRow } from '../user';
import { IssueInstructionInput } from './instruction.input';
import {
  getAddresseeIds,
  getInstructionsOfPlan,
  getInstructionViewerCan,
  getReadFor,
  getReadsOf,
  issueInstruction,
  markInstructionRead,
} from './instruction.service';
import type { InstructionReadRow, InstructionRow } from './instruction.table';
import { Instruction, InstructionRead, InstructionViewerCan } from './instruction.type';

@Resolver(() => Instruction)
export class InstructionResolver {
  @Mutation(() => Instruction, {
    description: '领导批示: a leader comments on a report, its problems or a measure (LEADER, ADMIN).',
  })
  issueInstruction(
    @Arg('input', () => IssueInstructionInput) input: IssueInstructionInput,
    @Ctx() ctx: Context,
  ): Promise<InstructionRow> {
    return issueInstruction(ctx.scope, input);
  }

  @Mutation(() => Instruction, {
    description: '已阅: an addressed department’s clerk marks an instruction read for its department (REPORTER).',
  })
  markInstructionRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InstructionRow> {
    return markInstructionRead(ctx.scope, id);
  }

  @FieldResolver(() => ID, { description: 'The instruction’s id.' })
  id(@Root() row: InstructionRow): string {
    return String(row.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The leader who issued it.' })
  issuedBy(@Root() row: InstructionRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    return getUserById(ctx.scope, row.issuedBy);
  }

  @FieldResolver(() => LocalDateResolver, {
    description: 'The day it was issued, in China (UTC+8): how the 调度会 page and the meeting brief date it.',
  })
  issuedOn(@Root() row: InstructionRow): string {
    return chinaDate(row.issuedAt);
  }

  @FieldResolver(() => InstructionViewerCan, { description: 'What the viewer may do with the instruction now.' })
  viewerCan(@Root() row: InstructionRow, @Ctx() ctx: Context): Promise<InstructionViewerCan> {
    return getInstructionViewerCan(ctx.scope, row);
  }

  @FieldResolver(() => DateTimeISOResolver, {
    nullable: true,
    description:
      '已阅: for a department’s clerk, when its department marked it read; for others, when the last addressee ' +
      'did (null while any has not). Each department’s mark is in `reads`.',
  })
  async readAt(@Root() row: InstructionRow, @Ctx() ctx: Context): Promise<Date | null> {
    return (await getReadFor(ctx.scope, row))?.readAt ?? null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the mark `readAt` gives.' })
  async readBy(@Root() row: InstructionRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    const read = await getReadFor(ctx.scope, row);
    return read ? getUserById(ctx.scope, read.readBy) : null;
  }

  @FieldResolver(() => [InstructionRead], { description: 'Every addressed department’s 已阅, first first.' })
  reads(@Root() row: InstructionRow, @Ctx() ctx: Context): Promise<InstructionReadRow[]> {
    return getReadsOf(ctx.scope, row);
  }

  @FieldResolver(() => Measure, { description: 'The measure (for a report, the report’s measure).' })
  measure(@Root() row: InstructionRow, @Ctx() ctx: Context): MaybePromise<MeasureRow> {
    return getMeasureById(ctx.scope, row.planId, row.measureId);
  }

  @FieldResolver(() => ProgressReport, { nullable: true, description: 'The report, for REPORT and PROBLEM.' })
  report(@Root() row: InstructionRow, @Ctx() ctx: Context): Promise<ProgressReportRow> | null {
    return row.reportId === null ? null : getReportById(ctx.scope, String(row.reportId), 'report');
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: 'The department addressed, for REPORT and PROBLEM; null for a measure (see `addressees`).',
  })
  department(@Root() row: InstructionRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> | null {
    return row.departmentId === null ? null : getDepartmentById(ctx.scope, row.departmentId);
  }

  @FieldResolver(() => [Department], {
    description: 'Every department it is addressed to: the report’s, or all assigned to the measure.',
  })
  async addressees(@Root() row: InstructionRow, @Ctx() ctx: Context): Promise<DepartmentRow[]> {
    return getDepartmentsByIds(ctx.scope, await getAddresseeIds(ctx.scope, row));
  }
}

@Resolver(() => Plan)
export class PlanInstructionsResolver {
  @FieldResolver(() => [Instruction], {
    description: '领导批示 on the plan, newest first (a department’s clerk sees only those addressed to it).',
  })
  instructions(
    @Root() plan: PlanRow,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<InstructionRow[]> {
    return getInstructionsOfPlan(ctx.scope, plan.id, { first });
  }
}

@Resolver(() => Measure)
export class MeasureInstructionsResolver {
  @FieldResolver(() => [Instruction], { description: '领导批示 on this measure and its reports, newest first.' })
  instructions(@Root() measure: MeasureRow, @Ctx() ctx: Context): Promise<InstructionRow[]> {
    return getInstructionsOfPlan(ctx.scope, measure.planId, { measureId: measure.id });
  }
}

@Resolver(() => ProgressReport)
export class ReportInstructionsResolver {
  @FieldResolver(() => [Instruction], { description: '领导批示 on this report or its problems, newest first.' })
  instructions(@Root() report: ProgressReportRow, @Ctx() ctx: Context): Promise<InstructionRow[]> {
    return getInstructionsOfPlan(ctx.scope, report.planId, { reportId: report.id });
  }
}

@Resolver(() => Department)
export class DepartmentInstructionsResolver {
  @FieldResolver(() => [Instruction], {
    description:
      '领导批示 addressed to this department in a plan, newest first: on its reports, and on measures it leads or ' +
      'takes part in (directly, by inheritance from a project, or as a member unit of an assigned group).',
  })
  async instructions(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String, { description: 'The plan’s code.' }) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<InstructionRow[]> {
    const plan = await getPlanByCode(ctx.scope, planCode, 'planCode');
    return getInstructionsOfPlan(ctx.scope, plan.id, { addressedTo: department.id });
  }
}

@Resolver(() => InstructionRead)
export class InstructionReadResolver {
  @FieldResolver(() => Department, { description: 'The department that read it.' })
  department(@Root() read: InstructionReadRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> {
    return getDepartmentById(ctx.scope, read.departmentId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Its clerk who marked it.' })
  readBy(@Root() read: InstructionReadRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    return getUserById(ctx.scope, read.readBy);
  }
}
