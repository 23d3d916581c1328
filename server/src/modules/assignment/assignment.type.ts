import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AssignmentRole } from './assignment.enum';
import type { AssignmentView } from './assignment.service';

registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'A department’s part in a measure.',
  valuesConfig: {
    LEAD: { description: '责任部门 / 牵头单位' },
    PARTICIPANT: { description: '参与部门 / 配合单位' },
  },
});

@ObjectType('Assignment', { description: 'A department’s part in a measure.' })
export class Assignment implements Pick<AssignmentView, 'role'> {
  @Field(() => AssignmentRole, { description: 'Lead or participant.' })
  role!: AssignmentRole;
}
