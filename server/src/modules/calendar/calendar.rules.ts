import { CHINA_HOLIDAY_NOTICES } from './calendar.data';
import { CalendarSource } from './calendar.enum';

/** A day that is not what its weekday says: a holiday on a weekday, or a weekend day worked (调休). */
export interface SpecialDay {
  date: string;
  working: boolean;
  name: string;
  /** BUILT_IN: from the State Council notices in calendar.data.ts; OFFICE: set by the plan office. */
  source: CalendarSource;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** The YYYY-MM-DD date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A date moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The built-in special days of every notice, by date. */
export function builtInDays(): Map<string, SpecialDay> {
  const days = new Map<string, SpecialDay>();
  for (const notice of CHINA_HOLIDAY_NOTICES) {
    for (const holiday of notice.holidays) {
      for (let d = dayNumber(holiday.off[0]); d <= dayNumber(holiday.off[1]); d++) {
        const date = fromDayNumber(d);
        days.set(date, { date, working: false, name: holiday.name, source: CalendarSource.BUILT_IN });
      }
      for (const date of holiday.workdays) {
        days.set(date, { date, working: true, name: `${holiday.name}调休上班`, source: CalendarSource.BUILT_IN });
      }
    }
  }
  return days;
}

const BUILT_IN = builtInDays();
/** Counting working days starts here (2000-01-01); earlier dates are counted day by day. */
const EPOCH = dayNumber('2000-01-01');

/**
 * The working-day calendar: Monday to Friday, except the holidays of the State Council notices, plus their make-up
 * workdays, with the plan office's own entries over both. Deadlines count in working days on it.
 */
export class WorkingCalendar {
  private readonly special: Map<string, SpecialDay>;
  /** Working days counted from EPOCH (exclusive) up to EPOCH + i, filled on demand: counting is then a subtraction. */
  private readonly cumulative: number[] = [0];
  private readonly nthOfMonth = new Map<string, string>();

  constructor(overrides: readonly SpecialDay[] = []) {
    this.special = new Map(BUILT_IN);
    for (const day of overrides) this.special.set(day.date, day);
  }

  /** True on a day people work. */
  isWorkingDay(date: string): boolean {
    return this.special.get(date)?.working ?? !isWeekend(date);
  }

  /** What makes a day special, if anything. */
  specialDay(date: string): SpecialDay | undefined {
    return this.special.get(date);
  }

  /** The special days of a year, in date order. */
  specialDaysOf(year: number): SpecialDay[] {
    return [...this.special.values()]
      .filter((day) => day.date.startsWith(`${year}-`))
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  /**
   * The working day `n` working days after `date` (n ≥ 1), or before it (n ≤ -1). With n = 0: `date` itself if it
   * is a working day, else the next working day.
   */
  addWorkingDays(date: string, n: number): string {
    let day = dayNumber(date);
    if (n === 0) {
      while (!this.isWorkingDay(fromDayNumber(day))) day += 1;
      return fromDayNumber(day);
    }
    const step = n > 0 ? 1 : -1;
    for (let left = Math.abs(n); left > 0; ) {
      day += step;
      if (this.isWorkingDay(fromDayNumber(day))) left -= 1;
    }
    return fromDayNumber(day);
  }

  /**
   * Working days after `from` up to and including `to`: 0 when `to` is not after `from`. From a deadline to
   * today it is how many working days late a report is; from today to a deadline, how many are left.
   */
  workingDaysBetween(from: string, to: string): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    if (b <= a) return 0;
    if (a < EPOCH) {
      let count = 0;
      for (let d = a + 1; d <= b; d++) if (this.isWorkingDay(fromDayNumber(d))) count += 1;
      return count;
    }
    return this.countTo(b) - this.countTo(a);
  }

  private countTo(day: number): number {
    const offset = day - EPOCH;
    for (let i = this.cumulative.length; i <= offset; i++) {
      this.cumulative.push(this.cumulative[i - 1]! + (this.isWorkingDay(fromDayNumber(EPOCH + i)) ? 1 : 0));
    }
    return this.cumulative[offset]!;
  }

  /** The n-th working day (n ≥ 1) of a month, e.g. the 5th working day of 2025-02 (remembered: deadlines repeat). */
  nthWorkingDayOfMonth(year: number, month: number, n: number): string {
    const key = `${year}-${month}-${n}`;
    let day = this.nthOfMonth.get(key);
    if (day === undefined) {
      const first = `${year}-${String(month).padStart(2, '0')}-01`;
      day = this.addWorkingDays(addDays(first, -1), n);
      this.nthOfMonth.set(key, day);
    }
    return day;
  }
}
