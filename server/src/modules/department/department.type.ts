import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DepartmentKind } from './department.enum';
import type { DepartmentRow } from './department.table';

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

@ObjectType('Department', { description: '部门: a unit that leads or takes part in measures.' })
export class Department implements Pick<DepartmentRow, 'code' | 'name' | 'kind'> {
  @Field(() => String, { description: 'Stable code, e.g. market-supervision.' })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. 区市场监督管理局.' })
  name!: string;

  @Field(() => DepartmentKind, { description: 'What sort of unit this is.' })
  kind!: DepartmentKind;
}
