import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import { Department, type DepartmentRow } from '../department';
import {
  CreateDepartmentInput,
  MergeDepartmentInput,
  RenameDepartmentInput,
  RetireDepartmentInput,
  SetDepartmentAliasesInput,
  SetDepartmentMembersInput,
} from './department-admin.input';
import {
  createDepartment,
  getDepartmentViewerCan,
  getRegister,
  mergeDepartment,
  renameDepartment,
  retireDepartment,
  setDepartmentAliases,
  setDepartmentMembers,
} from './department-admin.service';
import { DepartmentRegister, DepartmentViewerCan } from './department-admin.type';

/** 部门管理: the department register's keeping (ADMIN), and the `viewerCan` it adds to Department. */
@Resolver(() => Department)
export class DepartmentAdminResolver {
  @Query(() => DepartmentRegister, {
    description: '部门管理: every unit, active and retired, and what the viewer may do to the register.',
  })
  async departmentRegister(@Ctx() ctx: Context): Promise<{ departments: DepartmentRow[]; viewerCan: object }> {
    const { departments, viewerCan } = getRegister(ctx.scope);
    return { departments: await departments, viewerCan };
  }

  @FieldResolver(() => DepartmentViewerCan, { description: 'What the viewer may do to this unit (部门管理).' })
  viewerCan(@Root() department: DepartmentRow, @Ctx() ctx: Context): DepartmentViewerCan {
    return getDepartmentViewerCan(ctx.scope, department);
  }

  @Mutation(() => Department, { description: 'Adds a unit to the department register (ADMIN).' })
  createDepartment(
    @Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput,
    @Ctx() ctx: Context,
  ): Promise<DepartmentRow> {
    return createDepartment(ctx.scope, input);
  }

  @Mutation(() => Department, {
    description: 'Renames a unit (ADMIN); it keeps its history, and the old name is kept as 原名 with the date.',
  })
  renameDepartment(
    @Arg('input', () => RenameDepartmentInput) input: RenameDepartmentInput,
    @Ctx() ctx: Context,
  ): Promise<DepartmentRow> {
    return renameDepartment(ctx.scope, input);
  }

  @Mutation(() => Department, {
    description:
      'Merges a unit into another (ADMIN, 机构改革): its duties and accounts move to the successor; it is retired and ' +
      'returned, pointing at the successor (`mergedInto`).',
  })
  mergeDepartment(
    @Arg('input', () => MergeDepartmentInput) input: MergeDepartmentInput,
    @Ctx() ctx: Context,
  ): Promise<DepartmentRow> {
    return mergeDepartment(ctx.scope, input);
  }

  @Mutation(() => Department, {
    description: 'Retires a unit (ADMIN, 撤销); refused, naming them, while it leads measures of a plan in force.',
  })
  retireDepartment(
    @Arg('input', () => RetireDepartmentInput) input: RetireDepartmentInput,
    @Ctx() ctx: Context,
  ): Promise<DepartmentRow> {
    return retireDepartment(ctx.scope, input);
  }

  @Mutation(() => Department, { description: 'Sets the member units of a group such as 各镇、街道 (ADMIN).' })
  setDepartmentMembers(
    @Arg('input', () => SetDepartmentMembersInput) input: SetDepartmentMembersInput,
    @Ctx() ctx: Context,
  ): Promise<DepartmentRow> {
    return setDepartmentMembers(ctx.scope, input);
  }

  @Mutation(() => Department, { description: 'Sets the other names a unit goes by in documents (ADMIN).' })
  setDepartmentAliases(
    @Arg('input', () => SetDepartmentAliasesInput) input: SetDepartmentAliasesInput,
    @Ctx() ctx: Context,
  ): Promise<DepartmentRow> {
    return setDepartmentAliases(ctx.scope, input);
  }
}
