import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType('SetCalendarDayInput', { description: 'The plan office makes a day a holiday or a working day.' })
export class SetCalendarDayInput {
  @Field(() => LocalDateResolver, { description: 'The day, 2000-01-01 to 2100-12-31.' })
  date!: string;

  @Field(() => Boolean, { description: 'True: people work that day; false: a day off.' })
  working!: boolean;

  @Field(() => String, { description: 'Why, e.g. 春节 or 春节调休上班 (1–50 characters).' })
  name!: string;
}
