import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarSource } from './calendar.enum';
import type { SpecialDay } from './calendar.rules';

registerEnumType(CalendarSource, {
  name: 'CalendarSource',
  description: 'Where a calendar entry comes from.',
  valuesConfig: {
    BUILT_IN: { description: '国务院办公厅节假日安排通知 (built in)' },
    OFFICE: { description: '领导小组办公室设定' },
  },
});

@ObjectType('CalendarDay', {
  description: 'A day that is not what its weekday says: a holiday, or a make-up workday (调休).',
})
export class CalendarDay implements SpecialDay {
  @Field(() => LocalDateResolver, { description: 'The day.' })
  date!: string;

  @Field(() => Boolean, { description: 'True when people work that day.' })
  working!: boolean;

  @Field(() => String, { description: 'The holiday, or why it is worked, e.g. 春节调休上班.' })
  name!: string;

  @Field(() => CalendarSource, { description: 'The State Council notice, or the plan office.' })
  source!: CalendarSource;
}
