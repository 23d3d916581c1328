import { Field, ID, InputType } from 'type-graphql';
import { InstructionSubject } from './instruction.enum';

@InputType('IssueInstructionInput', {
  description: '领导批示: a leader comments on a report, its problems or a measure.',
})
export class IssueInstructionInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => InstructionSubject, { description: 'What the instruction comments on.' })
  subject!: InstructionSubject;

  @Field(() => String, {
    nullable: true,
    description: 'The measure’s code: required for MEASURE; for REPORT and PROBLEM, if given, the report’s measure.',
  })
  measureCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The report: required for REPORT and PROBLEM, absent for MEASURE.' })
  reportId?: string | null;

  @Field(() => String, { description: 'The instruction (1–2000 characters).' })
  text!: string;
}
