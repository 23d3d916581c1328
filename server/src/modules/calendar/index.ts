import { CalendarResolver } from './calendar.resolver';

export { CHINA_HOLIDAY_NOTICES } from './calendar.data';
export { CalendarSource } from './calendar.enum';
export { addDays, dayNumber, type SpecialDay, WorkingCalendar } from './calendar.rules';
export { getWorkingCalendar } from './calendar.service';
export { calendarDays } from './calendar.table';

export const calendarResolvers = [CalendarResolver] as const;
