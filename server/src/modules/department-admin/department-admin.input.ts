import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { DepartmentKind } from '../department';

@InputType('CreateDepartmentInput', { description: 'A new unit of the department register.' })
export class CreateDepartmentInput {
  @Field(() => String, {
    description: 'Stable code: lower-case letters, digits and hyphens, e.g. emergency-management.',
  })
  code!: string;

  @Field(() => String, { description: 'Official name, unique in the register (names and aliases), e.g. 区应急管理局.' })
  name!: string;

  @Field(() => DepartmentKind, { description: 'What sort of unit it is.' })
  kind!: DepartmentKind;
}

@InputType('RenameDepartmentInput', {
  description: 'A new name for a unit; the old one is kept as 原名 with the date.',
})
export class RenameDepartmentInput {
  @Field(() => String, { description: 'The unit’s code.' })
  code!: string;

  @Field(() => Int, { description: 'The version the change was made on (STALE_VERSION if it moved).' })
  version!: number;

  @Field(() => String, { description: 'The new official name, unique in the register (names and aliases).' })
  name!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day the new name took effect (not after today, not before the previous rename); default today.',
  })
  renamedOn?: string | null;
}

@InputType('MergeDepartmentInput', {
  description: 'Merges a unit into another (机构改革): its duties and accounts move; its past reports stay its own.',
})
export class MergeDepartmentInput {
  @Field(() => String, { description: 'The unit merged away.' })
  code!: string;

  @Field(() => Int, { description: 'The version of the unit merged away the change was made on.' })
  version!: number;

  @Field(() => String, { description: 'The unit it is merged into, which takes over its duties.' })
  intoCode!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day of the merge (not after today); default today.',
  })
  mergedOn?: string | null;
}

@InputType('RetireDepartmentInput', { description: 'Retires a unit (撤销): it takes no new assignments.' })
export class RetireDepartmentInput {
  @Field(() => String, { description: 'The unit’s code.' })
  code!: string;

  @Field(() => Int, { description: 'The version the change was made on.' })
  version!: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it was retired (not after today); default today.',
  })
  retiredOn?: string | null;
}

@InputType('SetDepartmentMembersInput', { description: 'The member units of a group such as 各镇、街道.' })
export class SetDepartmentMembersInput {
  @Field(() => String, { description: 'The group’s code.' })
  code!: string;

  @Field(() => Int, { description: 'The group’s version the change was made on.' })
  version!: number;

  @Field(() => [String], { description: 'Its member units’ codes, in document order: active units, not groups.' })
  memberCodes!: string[];
}

@InputType('SetDepartmentAliasesInput', { description: 'The other names a unit goes by in documents.' })
export class SetDepartmentAliasesInput {
  @Field(() => String, { description: 'The unit’s code.' })
  code!: string;

  @Field(() => Int, { description: 'The version the change was made on.' })
  version!: number;

  @Field(() => [String], {
    description: 'Every alias, e.g. 区市场监管局; each unique in the register (names and aliases). Empty clears them.',
  })
  aliases!: string[];
}
