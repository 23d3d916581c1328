import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { DepartmentState } from './department.enum';
import { nameOn } from './department.rules';
import {
  getDepartmentByCode,
  getDepartmentById,
  getDepartmentByName,
  getDepartments,
  getGroups,
  getMembers,
} from './department.service';
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

  @Query(() => Department, {
    nullable: true,
    description:
      'The unit a document’s name means: its current name or an alias (区市场监管局), compared without spaces; null when ' +
      'no unit goes by it. A retired unit is returned too: `mergedInto` says where its duties went.',
  })
  departmentByName(@Arg('name', () => String) name: string, @Ctx() ctx: Context): MaybePromise<DepartmentRow | null> {
    return getDepartmentByName(ctx.scope, name);
  }

  @FieldResolver(() => DepartmentState, { description: 'In use, or retired (撤销, or merged into another unit).' })
  state(@Root() department: DepartmentRow): DepartmentState {
    return department.retiredOn === null ? DepartmentState.ACTIVE : DepartmentState.RETIRED;
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: 'For a unit merged into another (机构改革): the unit that took over its duties and accounts.',
  })
  mergedInto(@Root() department: DepartmentRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> | null {
    return department.mergedIntoId === null ? null : getDepartmentById(ctx.scope, department.mergedIntoId);
  }

  @FieldResolver(() => String, {
    description: 'The name the unit bore on a day (YYYY-MM-DD): a former name before its rename, else the current one.',
  })
  nameOn(@Root() department: DepartmentRow, @Arg('date', () => LocalDateResolver) date: string): string {
    return nameOn(department.name, department.formerNames, date);
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
