import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { UrgeLevel } from './urge.enum';

@InputType('IssueUrgeNoticeInput', { description: '督办单: a leader presses a department on a measure.' })
export class IssueUrgeNoticeInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { description: 'The measure’s code.' })
  measureCode!: string;

  @Field(() => String, { description: 'The department pressed; it must lead or take part in the measure.' })
  departmentCode!: string;

  @Field(() => UrgeLevel, { description: '提醒, 催办 or 督办.' })
  level!: UrgeLevel;

  @Field(() => String, { description: 'What is asked (1–2000 characters).' })
  text!: string;

  @Field(() => LocalDateResolver, { description: 'Reply by this day (today or later).' })
  dueOn!: string;
}
