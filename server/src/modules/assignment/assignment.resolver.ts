import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Department, type DepartmentRow, getDepartmentById } from '../department';
import { getMeasureById, Measure, type MeasureRow } from '../measure';
import { getPlanByCode, Plan, type PlanRow } from '../plan';
import { AssignmentRole } from './assignment.enum';
import {
  type AssignmentView,
  assignmentKey,
  getAssignmentsOfDepartment,
  getAssignmentsOfMeasure,
  getDepartmentsOfMeasure,
  getDepartmentsOfPlan,
  getEndedDutiesOfDepartment,
} from './assignment.service';
import type { EndedAssignmentRow } from './assignment.table';
import { Assignment, EndedDuty } from './assignment.type';

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => ID, {
    description:
      'The same for the same duty however it is reached (through its measure, its department, or a live event): ' +
      'the measure, the department holding it, its role, and the member unit it is listed for.',
  })
  key(@Root() assignment: AssignmentView): string {
    return assignmentKey(assignment);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the measure takes this assignment from its project rather than naming it itself.',
  })
  inherited(@Root() assignment: AssignmentView): boolean {
    return assignment.inheritedFromMeasureId !== null;
  }

  @FieldResolver(() => Measure, { description: 'The measure.' })
  measure(@Root() assignment: AssignmentView, @Ctx() ctx: Context): MaybePromise<MeasureRow> {
    return getMeasureById(ctx.scope, assignment.planId, assignment.measureId);
  }

  @FieldResolver(() => Department, { description: 'The department.' })
  department(@Root() assignment: AssignmentView, @Ctx() ctx: Context): MaybePromise<DepartmentRow> {
    return getDepartmentById(ctx.scope, assignment.departmentId);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description:
      'When listed for a member unit of the assigned group (a town of 各镇、街道): the group, through which the unit ' +
      'holds this assignment and for which it reports; null for the department’s own assignments.',
  })
  heldThrough(@Root() assignment: AssignmentView, @Ctx() ctx: Context): MaybePromise<DepartmentRow> | null {
    return assignment.forMemberId === null ? null : getDepartmentById(ctx.scope, assignment.departmentId);
  }

  @FieldResolver(() => Measure, {
    nullable: true,
    description: 'For an inherited assignment: the project the document names it on.',
  })
  inheritedFrom(@Root() assignment: AssignmentView, @Ctx() ctx: Context): MaybePromise<MeasureRow> | null {
    return assignment.inheritedFromMeasureId === null
      ? null
      : getMeasureById(ctx.scope, assignment.planId, assignment.inheritedFromMeasureId);
  }
}

@Resolver(() => EndedDuty)
export class EndedDutyResolver {
  @FieldResolver(() => Measure, { description: 'The measure.' })
  measure(@Root() duty: EndedAssignmentRow, @Ctx() ctx: Context): MaybePromise<MeasureRow> {
    return getMeasureById(ctx.scope, duty.planId, duty.measureId);
  }
}

@Resolver(() => Measure)
export class MeasureAssignmentsResolver {
  @FieldResolver(() => [Assignment], { description: 'Departments’ parts in this measure, own or inherited.' })
  assignments(@Root() measure: MeasureRow, @Ctx() ctx: Context): MaybePromise<AssignmentView[]> {
    return getAssignmentsOfMeasure(ctx.scope, measure);
  }

  @FieldResolver(() => [Department], { description: '责任部门: the lead departments.' })
  leadDepartments(@Root() measure: MeasureRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow[]> {
    return getDepartmentsOfMeasure(ctx.scope, measure, AssignmentRole.LEAD);
  }

  @FieldResolver(() => [Department], { description: '参与部门: the participating departments.' })
  participatingDepartments(@Root() measure: MeasureRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow[]> {
    return getDepartmentsOfMeasure(ctx.scope, measure, AssignmentRole.PARTICIPANT);
  }
}

@Resolver(() => Department)
export class DepartmentAssignmentsResolver {
  @FieldResolver(() => [Assignment], {
    nullable: true,
    description:
      'The department’s assignments as the documents name them, in one plan or in all; for a member unit, also ' +
      'those of its groups.',
  })
  async assignments(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String, { nullable: true, description: 'Only this plan’s assignments.' })
    planCode: string | null | undefined,
    @Arg('inherited', () => Boolean, {
      defaultValue: false,
      description: 'Also list each measure that inherits a project assignment.',
    })
    inherited: boolean,
    @Arg('throughGroups', () => Boolean, {
      defaultValue: true,
      description:
        'For a member unit (a town): also its groups’ assignments (各镇、街道), marked with `heldThrough`. It acts ' +
        'for the group: it reports, answers notices and reads instructions for it.',
    })
    throughGroups: boolean,
    @Ctx() ctx: Context,
  ): Promise<AssignmentView[]> {
    const plan = planCode == null ? undefined : await getPlanByCode(ctx.scope, planCode, 'planCode');
    return getAssignmentsOfDepartment(ctx.scope, department, { planId: plan?.id, inherited, throughGroups });
  }
}

@Resolver(() => Department)
export class DepartmentEndedDutiesResolver {
  @FieldResolver(() => [EndedDuty], {
    description:
      '原牵头 / 原配合: the duties a revision (方案调整) ended for this department in the plan, with their spans.',
  })
  async endedDuties(
    @Root() department: DepartmentRow,
    @Arg('planCode', () => String, { description: 'The plan.' }) planCode: string,
    @Ctx() ctx: Context,
  ): Promise<EndedAssignmentRow[]> {
    const plan = await getPlanByCode(ctx.scope, planCode, 'planCode');
    return getEndedDutiesOfDepartment(ctx.scope, department, plan.id);
  }
}

@Resolver(() => Plan)
export class PlanDepartmentsResolver {
  @FieldResolver(() => [Department], { description: 'Departments that take part in the plan, in order of mention.' })
  departments(@Root() plan: PlanRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow[]> {
    return getDepartmentsOfPlan(ctx.scope, plan.id);
  }
}
