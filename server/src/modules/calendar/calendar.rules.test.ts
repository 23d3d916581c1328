import { describe, expect, it } from 'vitest';
import { ManualClock, parseClock, today } from '../../shared/clock';
import { CHINA_HOLIDAY_NOTICES } from './calendar.data';
import { CalendarSource } from './calendar.enum';
import { isWeekend, WorkingCalendar } from './calendar.rules';

const calendar = new WorkingCalendar();

describe('the working-day calendar', () => {
  it('knows the 2025 Spring Festival: 1/28 to 2/4 off, Sunday 1/26 and Saturday 2/8 worked', () => {
    for (const date of ['2025-01-28', '2025-01-31', '2025-02-03', '2025-02-04']) {
      expect(calendar.isWorkingDay(date)).toBe(false);
    }
    expect(calendar.isWorkingDay('2025-01-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-02-08')).toBe(true);
    expect(calendar.isWorkingDay('2025-01-27')).toBe(true);
    expect(calendar.isWorkingDay('2025-02-05')).toBe(true);
    expect(calendar.specialDay('2025-02-08')?.name).toBe('春节调休上班');
  });

  it('counts plain weekends as days off and weekdays as working days', () => {
    expect(calendar.isWorkingDay('2025-03-08')).toBe(false);
    expect(calendar.isWorkingDay('2025-03-10')).toBe(true);
  });

  it('has make-up workdays only on weekends and holidays only inside their own notice’s season', () => {
    for (const notice of CHINA_HOLIDAY_NOTICES) {
      for (const holiday of notice.holidays) {
        expect(holiday.off[0] <= holiday.off[1]).toBe(true);
        for (const day of holiday.workdays) expect(isWeekend(day), `${notice.year} ${holiday.name} ${day}`).toBe(true);
      }
    }
    expect(CHINA_HOLIDAY_NOTICES.map((n) => n.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
  });

  it('has National Day 2025 run 10/1 to 10/8, with 9/28 and 10/11 worked', () => {
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false);
    expect(calendar.isWorkingDay('2025-10-09')).toBe(true);
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true);
  });

  it('adds working days across a holiday and a make-up workday', () => {
    // Monday 1/27 is the last day before the break; the next working days are 2/5, 2/6, 2/7 and Saturday 2/8.
    expect(calendar.addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
    expect(calendar.addWorkingDays('2025-01-27', 4)).toBe('2025-02-08');
    expect(calendar.addWorkingDays('2025-02-05', -1)).toBe('2025-01-27');
    expect(calendar.addWorkingDays('2025-02-01', 0)).toBe('2025-02-05');
    expect(calendar.addWorkingDays('2025-02-05', 0)).toBe('2025-02-05');
  });

  it('counts working days after one date up to and including another', () => {
    expect(calendar.workingDaysBetween('2025-01-27', '2025-02-08')).toBe(4);
    expect(calendar.workingDaysBetween('2025-02-08', '2025-01-27')).toBe(0);
    expect(calendar.workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1);
    expect(calendar.workingDaysBetween('2025-03-07', '2025-03-07')).toBe(0);
  });

  it('finds the 5th working day of a month, skipping holidays and counting make-up workdays', () => {
    // February 2025: 2/5, 2/6, 2/7, Saturday 2/8 (make-up), Monday 2/10.
    expect(calendar.nthWorkingDayOfMonth(2025, 2, 5)).toBe('2025-02-10');
    // October 2025: the break runs to 10/8; 10/9, 10/10, Saturday 10/11 (make-up), 10/13, 10/14.
    expect(calendar.nthWorkingDayOfMonth(2025, 10, 5)).toBe('2025-10-14');
    // December 2025 has no holiday: 12/1 to 12/5.
    expect(calendar.nthWorkingDayOfMonth(2025, 12, 5)).toBe('2025-12-05');
  });

  it('lets the plan office’s entries override the notices', () => {
    const edited = new WorkingCalendar([
      { date: '2025-12-05', working: false, name: '临时停工', source: CalendarSource.OFFICE },
      { date: '2025-02-08', working: false, name: '不调休', source: CalendarSource.OFFICE },
    ]);
    expect(edited.isWorkingDay('2025-12-05')).toBe(false);
    expect(edited.nthWorkingDayOfMonth(2025, 12, 5)).toBe('2025-12-08');
    expect(edited.isWorkingDay('2025-02-08')).toBe(false);
  });
});

describe('the clock', () => {
  it('reads today in Beijing time, and DUBAN_CLOCK fixes or offsets it', () => {
    expect(today(parseClock('fixed:2025-12-05T23:30:00+08:00'))).toBe('2025-12-05');
    expect(today(parseClock('fixed:2025-12-05T16:30:00Z'))).toBe('2025-12-06');
    expect(today(parseClock('fixed:2025-12-05'))).toBe('2025-12-05');
    const running = parseClock('2024-03-01T09:00:00+08:00');
    expect(today(running)).toBe('2024-03-01');
    expect(() => parseClock('next tuesday')).toThrow();
  });

  it('runs N times faster with @N, so a demo crosses deadlines while people watch', () => {
    const real = new ManualClock('2026-11-25T00:00:00Z');
    const fast = parseClock('2025-12-05T23:00:00+08:00@1440', real);
    expect(today(fast)).toBe('2025-12-05');
    real.set('2026-11-25T00:01:00Z'); // one real minute: one day later
    expect(fast.now().toISOString()).toBe('2025-12-06T15:00:00.000Z');
    expect(today(fast)).toBe('2025-12-06');
    expect(() => parseClock('fixed:2025-12-05@1440')).toThrow();
    expect(() => parseClock('2025-12-05@0')).toThrow();
    expect(() => parseClock('2025-12-05@fast')).toThrow();
  });
});
