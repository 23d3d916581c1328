import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context';
import { SetCalendarDayInput } from './calendar.input';
import type { SpecialDay } from './calendar.rules';
import { clearCalendarDay, getSpecialDays, setCalendarDay } from './calendar.service';
import { CalendarDay } from './calendar.type';

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Query(() => [CalendarDay], {
    description:
      'The working-day calendar of a year: its holidays and make-up workdays (调休), with the plan office’s entries.',
  })
  workingCalendar(
    @Arg('year', () => Int, { description: 'The year, e.g. 2025.' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<SpecialDay[]> {
    return getSpecialDays(ctx.scope, year);
  }

  @Mutation(() => CalendarDay, {
    description: 'The plan office makes a day a holiday or a working day (LEADER, ADMIN).',
  })
  setCalendarDay(
    @Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput,
    @Ctx() ctx: Context,
  ): Promise<SpecialDay> {
    return setCalendarDay(ctx.scope, input);
  }

  @Mutation(() => Boolean, {
    description: 'Removes the plan office’s entry for a day; false when there was none (LEADER, ADMIN).',
  })
  clearCalendarDay(
    @Arg('date', () => LocalDateResolver, { description: 'The day.' }) date: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return clearCalendarDay(ctx.scope, date);
  }
}
