import { requireReader } from '../../shared/access';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { appendEvents, EventType } from '../event';
import { authorize } from '../policy';
import { CalendarSource } from './calendar.enum';
import type { SetCalendarDayInput } from './calendar.input';
import { deleteCalendarDay, listCalendarDays, upsertCalendarDay } from './calendar.repository';
import { type SpecialDay, WorkingCalendar } from './calendar.rules';
import type { CalendarDayRow } from './calendar.table';

const toSpecialDay = (row: CalendarDayRow): SpecialDay => ({
  date: row.date,
  working: row.working,
  name: row.name,
  source: CalendarSource.OFFICE,
});

/** Per request: the office's entries are read once (one statement) and laid over the built-in notices. */
const calendarOfRequest = (scope: RequestScope): Promise<WorkingCalendar> =>
  listCalendarDays(scope.db).then((rows) => new WorkingCalendar(rows.map(toSpecialDay)));

/** The working-day calendar as of this request: the State Council notices with the plan office's entries over them. */
export function getWorkingCalendar(scope: RequestScope): Promise<WorkingCalendar> {
  return scope.get(calendarOfRequest);
}

/** The special days (holidays, make-up workdays, office entries) of a year. */
export async function getSpecialDays(scope: RequestScope, year: number): Promise<SpecialDay[]> {
  requireReader(scope);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'year',
      reason: '年份须在 2000 至 2100 之间',
      detail: 'YEAR_RANGE',
    });
  }
  return (await getWorkingCalendar(scope)).specialDaysOf(year);
}

function checkDate(date: string, field: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < '2000-01-01' || date > '2100-12-31') {
    throw new DomainError('BAD_USER_INPUT', {
      field,
      reason: '日期须在 2000-01-01 至 2100-12-31 之间',
      detail: 'DATE_RANGE',
    });
  }
  return date;
}

/** 领导小组办公室 sets a day off or a working day (e.g. a new 调休), over the built-in notices. */
export async function setCalendarDay(scope: RequestScope, input: SetCalendarDayInput): Promise<SpecialDay> {
  const viewer = authorize(scope, 'calendar.setDay');
  const date = checkDate(input.date, 'input.date');
  const name = input.name.trim();
  if (name.length === 0 || name.length > 50) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.name',
      reason: '说明须为 1 至 50 个字符',
      detail: 'NAME_LENGTH',
    });
  }
  const before = (await getWorkingCalendar(scope)).specialDay(date) ?? null;
  const now = scope.clock.now();
  return scope.db.transaction(async (tx) => {
    const row = await upsertCalendarDay(tx, {
      date,
      working: input.working,
      name,
      updatedBy: viewer.userId,
      updatedAt: now,
    });
    const after = toSpecialDay(row);
    await appendEvents(tx, [
      { type: EventType.CALENDAR_DAY_SET, actorUserId: viewer.userId, payload: { before, after } },
    ]);
    return after;
  });
}

/** Removes the office's entry for a day: the built-in notices (or the weekday) apply again. */
export async function clearCalendarDay(scope: RequestScope, date: string): Promise<boolean> {
  const viewer = authorize(scope, 'calendar.clearDay');
  checkDate(date, 'date');
  return scope.db.transaction(async (tx) => {
    const removed = await deleteCalendarDay(tx, date);
    if (!removed) return false;
    await appendEvents(tx, [
      {
        type: EventType.CALENDAR_DAY_CLEARED,
        actorUserId: viewer.userId,
        payload: { before: toSpecialDay(removed), after: null },
      },
    ]);
    return true;
  });
}
