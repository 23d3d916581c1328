import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { InstructionSubject } from './instruction.enum';
import type { InstructionRow } from './instruction.table';

registerEnumType(InstructionSubject, {
  name: 'InstructionSubject',
  description: 'What a leadership instruction comments on.',
  valuesConfig: {
    REPORT: { description: '进度报告' },
    MEASURE: { description: '工作措施' },
    PROBLEM: { description: '报告所提存在问题' },
  },
});

@ObjectType('Instruction', {
  description:
    '领导批示: a leader’s comment on a report, a report’s problems or a measure, addressed to the report’s ' +
    'department or to every department assigned to the measure.',
})
export class Instruction implements Pick<InstructionRow, 'subject' | 'text' | 'issuedAt' | 'readAt'> {
  @Field(() => InstructionSubject, { description: 'What it comments on.' })
  subject!: InstructionSubject;

  @Field(() => String, { description: 'The instruction.' })
  text!: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was issued.' })
  issuedAt!: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: '已阅: when an addressed department first marked it read (one mark for the instruction).',
  })
  readAt!: Date | null;
}
