import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { InstructionSubject } from './instruction.enum';
import type { InstructionReadRow, InstructionRow } from './instruction.table';

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
export class Instruction implements Pick<InstructionRow, 'subject' | 'text' | 'issuedAt'> {
  @Field(() => InstructionSubject, { description: 'What it comments on.' })
  subject!: InstructionSubject;

  @Field(() => String, { description: 'The instruction.' })
  text!: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was issued.' })
  issuedAt!: Date;
}

@ObjectType('InstructionRead', {
  description: '已阅: one addressed department’s mark that it has read an instruction.',
})
export class InstructionRead implements Pick<InstructionReadRow, 'readAt'> {
  @Field(() => DateTimeISOResolver, { description: 'When the department marked it read.' })
  readAt!: Date;
}

@ObjectType('InstructionViewerCan', { description: 'What the signed-in viewer may do with the instruction now.' })
export class InstructionViewerCan {
  @Field(() => Boolean, {
    description: '已阅 (markInstructionRead): a clerk of an addressed department (or member unit) not yet marked.',
  })
  markRead!: boolean;
}
