import { Field, ObjectType } from 'type-graphql';
import { Department, type DepartmentRow } from '../department';
import { Measure, type MeasureRow } from '../measure';
import type { CoordinationGroup, CoordinationProblem as ProblemShape } from './meeting.service';

@ObjectType('CoordinationProblem', {
  description: '需协调事项: a problem a department’s latest report on a measure raised.',
})
export class CoordinationProblem implements Pick<ProblemShape, 'text' | 'period'> {
  @Field(() => String, { description: 'The problem as the report states it.' })
  text!: string;

  @Field(() => String, { description: 'The report’s period.' })
  period!: string;

  @Field(() => Measure, { description: 'The measure reported on.' })
  measure!: MeasureRow;

  @Field(() => Department, { description: 'The department whose report raised it.' })
  raisedBy!: DepartmentRow;
}

@ObjectType('ProblemGroup', {
  description: 'The problems that ask one department to help (named in their text), or those naming none.',
})
export class ProblemGroup implements Pick<CoordinationGroup, 'to'> {
  @Field(() => Department, { nullable: true, description: 'The department asked to help; null: none named.' })
  to!: DepartmentRow | null;

  @Field(() => [CoordinationProblem], { description: 'Its problems.' })
  problems!: ProblemShape[];
}
