import { describe, expect, it } from 'vitest';
import { addDays, WorkingCalendar } from '../calendar';
import { dueOnOf } from '../period';
import { MessageKind, ReminderStep, UrgeStep } from './message.enum';
import type { ReportDueFacts, UrgeNoticeFacts } from './message.facts';
import {
  DEFAULT_REMINDER_LEAD_DAYS,
  digestKey,
  digestWeekDue,
  instructionKey,
  isoWeekOf,
  isQuietTime,
  MAX_ATTEMPTS,
  MISSED_CATCH_UP_WORKING_DAYS,
  mostOverdueFirst,
  nextAttemptDelayMs,
  nextSendingTime,
  type ReminderState,
  recipientKey,
  reminderStepDue,
  reportDueKey,
  reportReturnedKey,
  SENDING_ENDS_AT,
  SENDING_STARTS_AT,
  urgeKey,
} from './message.rules';

const calendar = new WorkingCalendar();

/**
 * A lead's reporting state as supervision's reportingState gives it for periods still unreported: each due on the
 * n-th working day of the month after it (dueOnOf), overdue once its deadline is before today, the first one due
 * today or later the next due; day counts from the calendar's workingDaysBetween.
 */
function stateOf(unreported: string[], today: string, dueWorkingDay = 5): ReminderState {
  const state: { nextDue: ReminderState['nextDue']; overdue: ReminderState['overdue'][number][] } = {
    nextDue: null,
    overdue: [],
  };
  for (const period of unreported) {
    const dueOn = dueOnOf(period, dueWorkingDay, calendar);
    if (dueOn < today) {
      state.overdue.push({ period, dueOn, workingDaysLate: calendar.workingDaysBetween(dueOn, today) });
    } else if (!state.nextDue) {
      state.nextDue = { period, dueOn, workingDaysLeft: calendar.workingDaysBetween(today, dueOn) };
    }
  }
  return state;
}

/** The reminder due on each day from `from` to `to`, as `date step [days left]`, quiet days left out. */
function reminderDays(
  from: string,
  to: string,
  unreported: (today: string) => string[],
  dueWorkingDay = 5,
  leadDays?: number,
) {
  const days: string[] = [];
  for (let today = from; today <= to; today = addDays(today, 1)) {
    const due = reminderStepDue({ state: stateOf(unreported(today), today, dueWorkingDay), today, calendar, leadDays });
    if (due) days.push(`${today} ${due.step} ${due.period}${due.workingDaysLeft ? ` ${due.workingDaysLeft}` : ''}`);
  }
  return days;
}

describe('the reporting reminder due today', () => {
  it('reminds of a Q3 report due after the National Day on working days only, 调休 Saturday included', () => {
    // 2025-10-01..08 off, Saturday 10-11 worked: the 5th working day of October is Tuesday 10-14.
    expect(dueOnOf('2025-Q3', 5, calendar)).toBe('2025-10-14');
    expect(reminderDays('2025-09-26', '2025-10-24', () => ['2025-Q3'])).toEqual([
      '2025-10-10 BEFORE 2025-Q3 3',
      '2025-10-11 BEFORE 2025-Q3 2',
      '2025-10-13 BEFORE 2025-Q3 1',
      '2025-10-14 ON_DAY 2025-Q3',
      '2025-10-15 MISSED 2025-Q3',
      '2025-10-16 MISSED 2025-Q3',
      '2025-10-17 MISSED 2025-Q3',
    ]);
  });

  it('reminds across the holiday: three working days before a deadline on the 调休 Saturday is the day before it', () => {
    // The 3rd working day of October 2025 is Saturday 10-11 (a make-up workday); three working days before it,
    // counting over the eight days off, is Tuesday 09-30.
    expect(dueOnOf('2025-09', 3, calendar)).toBe('2025-10-11');
    expect(reminderDays('2025-09-24', '2025-10-20', () => ['2025-09'], 3)).toEqual([
      '2025-09-30 BEFORE 2025-09 3',
      '2025-10-09 BEFORE 2025-09 2',
      '2025-10-10 BEFORE 2025-09 1',
      '2025-10-11 ON_DAY 2025-09',
      '2025-10-13 MISSED 2025-09',
      '2025-10-14 MISSED 2025-09',
      '2025-10-15 MISSED 2025-09',
    ]);
  });

  it('says MISSED first on the working day after the deadline, not over the weekend after it', () => {
    // 2025-08 is due Friday 09-05: the first working day after it is Monday 09-08.
    expect(dueOnOf('2025-08', 5, calendar)).toBe('2025-09-05');
    const days = reminderDays('2025-09-05', '2025-09-12', () => ['2025-08']);
    expect(days[0]).toBe('2025-09-05 ON_DAY 2025-08');
    expect(days.slice(1)).toEqual([
      '2025-09-08 MISSED 2025-08',
      '2025-09-09 MISSED 2025-08',
      '2025-09-10 MISSED 2025-08',
    ]);
    expect(MISSED_CATCH_UP_WORKING_DAYS).toBe(2);
  });

  it('takes the plan’s lead days: five reaches back over the holiday, zero sends no BEFORE', () => {
    expect(DEFAULT_REMINDER_LEAD_DAYS).toBe(3);
    expect(reminderDays('2025-09-24', '2025-10-13', () => ['2025-Q3'], 5, 5)).toEqual([
      '2025-09-30 BEFORE 2025-Q3 5',
      '2025-10-09 BEFORE 2025-Q3 4',
      '2025-10-10 BEFORE 2025-Q3 3',
      '2025-10-11 BEFORE 2025-Q3 2',
      '2025-10-13 BEFORE 2025-Q3 1',
    ]);
    expect(reminderDays('2025-10-01', '2025-10-14', () => ['2025-Q3'], 5, 0)).toEqual(['2025-10-14 ON_DAY 2025-Q3']);
  });

  it('sends nothing on a day off, even with a deadline near and a gap just missed', () => {
    const state = stateOf(['2025-08', '2025-09'], '2025-10-12');
    expect(state.nextDue).toMatchObject({ period: '2025-09', dueOn: '2025-10-14' });
    expect(reminderStepDue({ state, today: '2025-10-12', calendar })).toBeNull();
  });

  it('lets MISSED win over a deadline near at the same time: the gap is the more pressing', () => {
    // Monthly, with a long lead (20 working days): on Monday 11-10 October's report (due Friday 11-07) was just
    // missed while November's (due 12-05) is within the lead.
    const state = stateOf(['2025-10', '2025-11'], '2025-11-10');
    expect(state.nextDue).toEqual({ period: '2025-11', dueOn: '2025-12-05', workingDaysLeft: 19 });
    expect(reminderStepDue({ state, today: '2025-11-10', calendar, leadDays: 20 })).toEqual({
      step: ReminderStep.MISSED,
      period: '2025-10',
      dueOn: '2025-11-07',
    });
    expect(reminderStepDue({ state: { ...state, overdue: [] }, today: '2025-11-10', calendar, leadDays: 20 })).toEqual({
      step: ReminderStep.BEFORE,
      period: '2025-11',
      dueOn: '2025-12-05',
      workingDaysLeft: 19,
    });
    // Once the catch-up days are over, the next deadline's BEFORE.
    expect(
      reminderStepDue({
        state: stateOf(['2025-10', '2025-11'], '2025-11-13'),
        today: '2025-11-13',
        calendar,
        leadDays: 20,
      }),
    ).toMatchObject({ step: ReminderStep.BEFORE, period: '2025-11', workingDaysLeft: 16 });
  });

  it('never tells of older gaps: a first run over a long history sends one MISSED for the newest, or nothing', () => {
    const history = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'];
    // The day after 2025-08's deadline: only it, though seven older periods are overdue too.
    const state = stateOf(history, '2025-09-08');
    expect(state.overdue).toHaveLength(8);
    expect(reminderStepDue({ state, today: '2025-09-08', calendar })).toMatchObject({
      step: ReminderStep.MISSED,
      period: '2025-08',
    });
    // Mid-month, with every gap long past: nothing, and no BEFORE either while September's deadline is far.
    expect(
      reminderStepDue({ state: stateOf([...history, '2025-09'], '2025-09-22'), today: '2025-09-22', calendar }),
    ).toBeNull();
  });

  it('goes back to BEFORE for the next period once the missed one’s catch-up days are over', () => {
    // Monthly reports due on the 5th working day: 2025-10 due Friday 11-07, 2025-11 due Friday 12-05.
    const unreported = (today: string) => ['2025-10', ...(today > '2025-11-30' ? ['2025-11'] : [])];
    expect(reminderDays('2025-11-03', '2025-12-05', unreported)).toEqual([
      '2025-11-04 BEFORE 2025-10 3',
      '2025-11-05 BEFORE 2025-10 2',
      '2025-11-06 BEFORE 2025-10 1',
      '2025-11-07 ON_DAY 2025-10',
      '2025-11-10 MISSED 2025-10',
      '2025-11-11 MISSED 2025-10',
      '2025-11-12 MISSED 2025-10',
      '2025-12-02 BEFORE 2025-11 3',
      '2025-12-03 BEFORE 2025-11 2',
      '2025-12-04 BEFORE 2025-11 1',
      '2025-12-05 ON_DAY 2025-11',
    ]);
  });
});

describe('dedup keys: one message per recipient, duty and step', () => {
  const due: ReportDueFacts = {
    kind: MessageKind.REPORT_DUE,
    step: ReminderStep.BEFORE,
    measureId: 34,
    departmentId: 12,
    period: '2025-Q3',
    dueOn: '2025-10-14',
    workingDaysLeft: 3,
  };
  const urge: UrgeNoticeFacts = {
    kind: MessageKind.URGE_NOTICE,
    step: UrgeStep.ISSUED,
    urgeNoticeId: 9,
    measureId: 34,
    departmentId: 12,
    level: 'CHASE',
    text: '请于期限内反馈',
    replyBy: '2025-10-20',
  };

  it('names the recipient as u<userId> or d<departmentId>', () => {
    expect(recipientKey({ userId: 5 })).toBe('u5');
    expect(recipientKey({ departmentId: 12 })).toBe('d12');
  });

  it('keeps BEFORE one key over its whole stretch and whatever the deadline moves to', () => {
    const key = reportDueKey({ departmentId: 12 }, due);
    expect(key).toBe('REPORT_DUE:d12:m34:d12:2025-Q3:BEFORE');
    expect(reportDueKey({ departmentId: 12 }, { ...due, workingDaysLeft: 1, dueOn: '2025-10-15' })).toBe(key);
    expect(reportDueKey({ departmentId: 12 }, { ...due, step: ReminderStep.ON_DAY })).not.toBe(key);
    expect(reportDueKey({ userId: 5 }, due)).toBe('REPORT_DUE:u5:m34:d12:2025-Q3:BEFORE');
    expect(reportDueKey({ departmentId: 12 }, { ...due, period: '2025-Q4' })).not.toBe(key);
  });

  it('tells each time a notice escalates, each reply date it nears and each extension asked', () => {
    const to = { departmentId: 12 };
    expect(urgeKey(to, urge)).toBe('URGE_NOTICE:d12:n9:ISSUED');
    expect(urgeKey(to, urge, 77)).toBe('URGE_NOTICE:d12:n9:ISSUED:e77');
    const escalated = { ...urge, step: UrgeStep.ESCALATED, escalations: 1 };
    expect(urgeKey(to, escalated)).toBe('URGE_NOTICE:d12:n9:ESCALATED:x1');
    expect(urgeKey(to, { ...escalated, escalations: 2 })).toBe('URGE_NOTICE:d12:n9:ESCALATED:x2');
    const near = { ...urge, step: UrgeStep.REPLY_NEAR };
    expect(urgeKey(to, near)).toBe('URGE_NOTICE:d12:n9:REPLY_NEAR:2025-10-20');
    expect(urgeKey(to, { ...near, replyBy: '2025-10-27' })).not.toBe(urgeKey(to, near));
    const refused = { ...urge, step: UrgeStep.EXTENSION_REFUSED, requestedDueOn: '2025-10-31' };
    expect(urgeKey(to, refused)).toBe('URGE_NOTICE:d12:n9:EXTENSION_REFUSED:2025-10-31');
  });

  it('keys a return by its event, an instruction once, a digest by leader, plan and week', () => {
    const returned = {
      kind: MessageKind.REPORT_RETURNED,
      reportId: 55,
      measureId: 34,
      departmentId: 12,
      period: '2025-Q3',
      reason: null,
    } as const;
    expect(reportReturnedKey({ departmentId: 12 }, returned, 101)).toBe('REPORT_RETURNED:d12:r55:e101');
    expect(reportReturnedKey({ departmentId: 12 }, returned, 102)).not.toBe(
      reportReturnedKey({ departmentId: 12 }, returned, 101),
    );
    const instruction = {
      kind: MessageKind.INSTRUCTION,
      instructionId: 3,
      departmentId: 12,
      measureId: 34,
      text: '抓紧推进',
      leader: '王市长',
    } as const;
    expect(instructionKey({ userId: 5 }, instruction)).toBe('INSTRUCTION:u5:i3');
    expect(digestKey(5, 2, '2026-W49')).toBe('WEEKLY_DIGEST:u5:p2:2026-W49');
  });
});

describe('quiet hours', () => {
  const at = (beijing: string) => new Date(`${beijing}+08:00`);

  it('sends on working days from 08:30 until 20:00 Beijing time, a 调休 Saturday included', () => {
    expect([SENDING_STARTS_AT, SENDING_ENDS_AT]).toEqual(['08:30', '20:00']);
    expect(isQuietTime(at('2025-10-13T08:29:59.999'), calendar)).toBe(true);
    expect(isQuietTime(at('2025-10-13T08:30:00'), calendar)).toBe(false);
    expect(isQuietTime(at('2025-10-13T19:59:59'), calendar)).toBe(false);
    expect(isQuietTime(at('2025-10-13T20:00:00'), calendar)).toBe(true);
    expect(isQuietTime(at('2025-10-11T10:00:00'), calendar)).toBe(false);
    expect(isQuietTime(at('2025-10-12T10:00:00'), calendar)).toBe(true);
    expect(isQuietTime(at('2025-10-03T10:00:00'), calendar)).toBe(true);
  });

  it('holds a message until 08:30 of the working day it may go out on', () => {
    const next = (beijing: string) => nextSendingTime(at(beijing), calendar).toISOString();
    expect(next('2025-10-13T10:15:00')).toBe(at('2025-10-13T10:15:00').toISOString());
    // Early on a working day (a UTC date before Beijing's): the same morning.
    expect(next('2025-10-13T07:00:00')).toBe(at('2025-10-13T08:30:00').toISOString());
    // Friday night: the 调休 Saturday morning.
    expect(next('2025-10-10T21:00:00')).toBe(at('2025-10-11T08:30:00').toISOString());
    // The night before the National Day: the first working day after the holiday.
    expect(next('2025-09-30T20:00:00')).toBe(at('2025-10-09T08:30:00').toISOString());
    expect(next('2025-10-05T09:00:00')).toBe(at('2025-10-09T08:30:00').toISOString());
    // Sunday just after midnight, Beijing time: Monday 08:30.
    expect(next('2025-10-12T00:10:00')).toBe(at('2025-10-13T08:30:00').toISOString());
  });

  it('lets what it gives be sent, at once', () => {
    for (const time of ['2025-09-30T23:59:00', '2025-10-12T18:00:00', '2025-10-13T06:00:00']) {
      const sending = nextSendingTime(at(time), calendar);
      expect(isQuietTime(sending, calendar)).toBe(false);
      expect(nextSendingTime(sending, calendar).getTime()).toBe(sending.getTime());
    }
  });
});

describe('the weekly digest', () => {
  it('lists red measures most overdue first, those without a deadline last, equals in the plan’s order', () => {
    const reds = [
      { code: 'P1.1', dueOn: '2025-11-14' },
      { code: 'P2.1', dueOn: null },
      { code: 'P2.3', dueOn: '2025-09-12' },
      { code: 'P3.1', dueOn: '2025-11-14' },
      { code: 'P3.2', dueOn: '2025-10-17' },
    ];
    expect(mostOverdueFirst(reds).map((r) => r.code)).toEqual(['P2.3', 'P3.2', 'P1.1', 'P3.1', 'P2.1']);
    expect(reds[0]?.code).toBe('P1.1');
  });

  it('labels ISO weeks across year ends', () => {
    expect(isoWeekOf('2026-12-07')).toBe('2026-W50');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
  });

  it('is made on Monday, covering the week before it', () => {
    expect(digestWeekDue('2026-12-07', calendar)).toEqual({ week: '2026-W49', from: '2026-11-30', on: '2026-12-07' });
    for (const day of ['2026-12-08', '2026-12-11', '2026-12-12', '2026-12-13']) {
      expect(digestWeekDue(day, calendar)).toBeNull();
    }
    // Across the new year: 2026-01-01..03 off, Sunday 01-04 worked, Monday 12-29 the week's first working day.
    expect(digestWeekDue('2025-12-29', calendar)).toEqual({ week: '2025-W52', from: '2025-12-22', on: '2025-12-29' });
    expect(digestWeekDue('2026-01-04', calendar)).toBeNull();
    expect(digestWeekDue('2026-01-05', calendar)).toEqual({ week: '2026-W01', from: '2025-12-29', on: '2026-01-05' });
  });

  it('waits for the first working day after the National Day, and the next covers from there', () => {
    // Sunday 09-28 is worked, but it is the end of its ISO week: Monday 09-29 makes the digest.
    expect(digestWeekDue('2025-09-28', calendar)).toBeNull();
    expect(digestWeekDue('2025-09-29', calendar)).toEqual({ week: '2025-W39', from: '2025-09-22', on: '2025-09-29' });
    // 10-06..08 are off: Thursday 10-09 is that week's first working day, covering ten days.
    expect(digestWeekDue('2025-10-06', calendar)).toBeNull();
    expect(digestWeekDue('2025-10-09', calendar)).toEqual({ week: '2025-W40', from: '2025-09-29', on: '2025-10-09' });
    expect(digestWeekDue('2025-10-11', calendar)).toBeNull();
    expect(digestWeekDue('2025-10-13', calendar)).toEqual({ week: '2025-W41', from: '2025-10-09', on: '2025-10-13' });
  });

  it('is not made on a make-up Sunday that is the only working day of its week', () => {
    // Spring Festival 2024: Monday 02-12 to Saturday 02-17 off, Sunday 02-18 worked. A digest that Sunday would
    // come a day before Monday's: the week makes none, and Monday's covers both weeks.
    expect(digestWeekDue('2024-02-18', calendar)).toBeNull();
    expect(digestWeekDue('2024-02-19', calendar)).toEqual({ week: '2024-W07', from: '2024-02-05', on: '2024-02-19' });
  });

  it('makes none in a week with no working weekday and leaves no day out: Tuesday after the Spring Festival', () => {
    // 2026: 02-15..23 off, Saturday 02-14 and 02-28 worked. W08 (02-16..22) has no working day; Monday 02-23 is off.
    for (let day = '2026-02-10'; day <= '2026-02-23'; day = addDays(day, 1)) {
      expect(digestWeekDue(day, calendar), day).toBeNull();
    }
    expect(digestWeekDue('2026-02-24', calendar)).toEqual({ week: '2026-W08', from: '2026-02-09', on: '2026-02-24' });
    expect(digestWeekDue('2026-03-02', calendar)).toEqual({ week: '2026-W09', from: '2026-02-24', on: '2026-03-02' });
  });

  it('covers every day exactly once, two years running', () => {
    const digests = [];
    for (let day = '2025-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      const digest = digestWeekDue(day, calendar);
      if (digest) digests.push(digest);
    }
    for (let i = 1; i < digests.length; i++) expect(digests[i]!.from).toBe(digests[i - 1]!.on);
    expect(new Set(digests.map((d) => d.week)).size).toBe(digests.length);
    expect(digests.length).toBeGreaterThan(95);
  });
});

describe('delivery retries', () => {
  it('waits longer after each failure and gives up after the last attempt', () => {
    const delays = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) delays.push(nextAttemptDelayMs(attempt));
    expect(MAX_ATTEMPTS).toBe(6);
    expect(delays).toEqual([30_000, 120_000, 600_000, 1_800_000, 7_200_000, null]);
    expect(nextAttemptDelayMs(MAX_ATTEMPTS + 1)).toBeNull();
    expect(() => nextAttemptDelayMs(0)).toThrow(RangeError);
  });
});
