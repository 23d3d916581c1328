import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Department, type DepartmentRow } from '../department';
import { Instruction, type InstructionRow } from '../instruction';
import { Measure, type MeasureRow } from '../measure';
import type {
  CoordinationGroup,
  MeetingInstructions as MeetingInstructionsShape,
  CoordinationProblem as ProblemShape,
} from './meeting.service';

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

@ObjectType('MeetingInstructions', {
  description:
    '上次调度会以来的领导批示: the section of the 调度会 page and of the meeting brief (meeting-brief.docx).',
})
export class MeetingInstructions implements MeetingInstructionsShape {
  @Field(() => LocalDateResolver, { description: 'The meeting day (today unless asked).' })
  asOf!: string;

  @Field(() => LocalDateResolver, { description: 'The last meeting: instructions issued from this day on.' })
  since!: string;

  @Field(() => [Instruction], { description: 'The instructions the viewer may read, oldest first.' })
  instructions!: InstructionRow[];
}
