import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AssignmentRole } from './assignment.enum';
import type { AssignmentView } from './assignment.service';
import type { EndedAssignmentRow } from './assignment.table';

registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'A department’s part in a measure.',
  valuesConfig: {
    LEAD: { description: '责任部门 / 牵头单位' },
    PARTICIPANT: { description: '参与部门 / 配合单位' },
  },
});

@ObjectType('Assignment', { description: 'A department’s part in a measure.' })
export class Assignment implements Pick<AssignmentView, 'role' | 'since'> {
  @Field(() => AssignmentRole, { description: 'Lead or participant.' })
  role!: AssignmentRole;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'The day this duty began, when a revision (方案调整) gave it: it owes no period due before it. Null: from the ' +
      'plan’s start.',
  })
  since!: string | null;
}

@ObjectType('EndedDuty', {
  description: '原牵头 / 原配合: a duty a revision ended; the periods due in its span stay the department’s.',
})
export class EndedDuty implements Pick<EndedAssignmentRow, 'role' | 'since' | 'until'> {
  @Field(() => AssignmentRole, { description: 'The role it held.' })
  role!: AssignmentRole;

  @Field(() => LocalDateResolver, { nullable: true, description: 'From when (null: the plan’s start).' })
  since!: string | null;

  @Field(() => LocalDateResolver, { description: 'The last day it held the duty (the day before the revision).' })
  until!: string;
}
