import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { getDepartmentByCode, getDepartmentById, getDepartments, getGroups, getMembers } from './department.service';
import type { DepartmentRow } from './department.table';
import { Department } from './department.type';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: 'Every department in the register.' })
  departments(@Ctx() ctx: Context): MaybePromise<DepartmentRow[]> {
    return getDepartments(ctx.scope);
  }

  @Query(() => Department, { nullable: true, description: 'One department by its code; NOT_FOUND when there is none.' })
  department(@Arg('code', () => String) code: string, @Ctx() ctx: Context): MaybePromise<DepartmentRow> {
    return getDepartmentByCode(ctx.scope, code);
  }

  @FieldResolver(() => [Department], { description: 'For a group such as 各镇、街道: its member units.' })
  members(@Root() department: DepartmentRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow[]> {
    return getMembers(ctx.scope, department);
  }

  @FieldResolver(() => [Department], { description: 'The groups this unit belongs to.' })
  groups(@Root() department: DepartmentRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow[]> {
    return getGroups(ctx.scope, department);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: 'For a leading group: the department hosting its office (领导小组办公室).',
  })
  office(@Root() department: DepartmentRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> | null {
    return department.officeDepartmentId === null ? null : getDepartmentById(ctx.scope, department.officeDepartmentId);
  }
}
