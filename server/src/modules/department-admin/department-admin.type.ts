import { Field, ObjectType } from 'type-graphql';
import { Department } from '../department';

@ObjectType('DepartmentViewerCan', { description: 'What the viewer may do to this unit of the register (部门管理).' })
export class DepartmentViewerCan {
  @Field(() => Boolean, { description: 'Rename it (an active unit).' })
  rename!: boolean;

  @Field(() => Boolean, { description: 'Merge it into another unit (an active unit that is not a group).' })
  merge!: boolean;

  @Field(() => Boolean, { description: 'Retire it (an active unit; refused while it leads a measure in force).' })
  retire!: boolean;

  @Field(() => Boolean, { description: 'Set its member units (an active group such as 各镇、街道).' })
  setMembers!: boolean;

  @Field(() => Boolean, { description: 'Set its aliases (an active unit).' })
  setAliases!: boolean;
}

@ObjectType('DepartmentRegisterViewerCan', { description: 'What the viewer may do to the department register.' })
export class DepartmentRegisterViewerCan {
  @Field(() => Boolean, { description: 'Add a unit.' })
  create!: boolean;

  @Field(() => Boolean, { description: 'Change any unit at all (the 部门管理 page is offered).' })
  manage!: boolean;
}

@ObjectType('DepartmentRegister', { description: '部门管理: the register of units, for its keeper.' })
export class DepartmentRegister {
  @Field(() => [Department], { description: 'Every unit, active and retired, in register order.' })
  departments!: Department[];

  @Field(() => DepartmentRegisterViewerCan, { description: 'What the viewer may do to the register.' })
  viewerCan!: DepartmentRegisterViewerCan;
}
