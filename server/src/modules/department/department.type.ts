import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DepartmentKind, DepartmentState } from './department.enum';
import type { DepartmentRow, FormerName } from './department.table';

registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description: 'What sort of unit a department is.',
  valuesConfig: {
    GOVERNMENT_DEPARTMENT: { description: '政府工作部门' },
    PARTY_DEPARTMENT: { description: '党委工作部门' },
    JUDICIAL_ORGAN: { description: '司法机关' },
    TOWN: { description: '镇' },
    SUBDISTRICT: { description: '街道' },
    GROUP: { description: '单位组合 (如 各镇、街道), 由成员单位组成' },
    LEADING_GROUP: { description: '领导小组' },
  },
});

registerEnumType(DepartmentState, {
  name: 'DepartmentState',
  description: 'Whether a unit is in the register’s use.',
  valuesConfig: {
    ACTIVE: { description: '在用' },
    RETIRED: { description: '已撤销 (或已并入其他单位)' },
  },
});

@ObjectType('DepartmentFormerName', { description: '原名: a name the unit bore before a rename.' })
export class DepartmentFormerName implements FormerName {
  @Field(() => String, { description: 'The name it bore, e.g. 区食品药品监督管理局.' })
  name!: string;

  @Field(() => LocalDateResolver, { description: 'The day of the rename that ended it: the name was used before it.' })
  renamedOn!: string;
}

@ObjectType('Department', { description: '部门: a unit that leads or takes part in measures.' })
export class Department
  implements Pick<DepartmentRow, 'code' | 'name' | 'kind' | 'aliases' | 'formerNames' | 'retiredOn' | 'version'>
{
  @Field(() => String, { description: 'Stable code, e.g. market-supervision.' })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. 区市场监督管理局.' })
  name!: string;

  @Field(() => DepartmentKind, { description: 'What sort of unit this is.' })
  kind!: DepartmentKind;

  @Field(() => [String], {
    description: 'Other names the unit goes by in documents (区市场监管局), unique in the register.',
  })
  aliases!: string[];

  @Field(() => [DepartmentFormerName], {
    description: 'Names it bore before (原名), oldest first: a rename keeps the unit, its history and its accounts.',
  })
  formerNames!: DepartmentFormerName[];

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it was retired or merged; null while active.',
  })
  retiredOn!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version: a change names the version it was made on.' })
  version!: number;
}
