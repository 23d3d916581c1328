import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
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

@InputType('RequestExtensionInput', { description: '延期申请: a later reply date for a notice, with the reason.' })
export class RequestExtensionInput {
  @Field(() => ID, { description: 'The notice.' })
  urgeNoticeId!: string;

  @Field(() => LocalDateResolver, { description: 'The reply date asked for: after the current one, not in the past.' })
  dueOn!: string;

  @Field(() => String, { description: 'Why more time is needed (1–2000 characters).' })
  reason!: string;
}
