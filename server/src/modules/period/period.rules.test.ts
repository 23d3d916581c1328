import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar';
import { ReportingCycle } from './period.enum';
import {
  covers,
  cycleOf,
  dueOnOf,
  filingPeriod,
  nextPeriod,
  periodName,
  periodOf,
  periodRange,
  periodsBetween,
  previousPeriod,
  reportingWindow,
} from './period.rules';

const calendar = new WorkingCalendar();
const BOSHAN = { startsOn: '2022-01-01', endsOn: '2025-12-31' };

describe('what a period covers', () => {
  it('gives the first and last day of a month, a quarter and a half-year, February in a leap year included', () => {
    expect(periodRange('2025-06')).toEqual({ start: '2025-06-01', end: '2025-06-30' });
    expect(periodRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange('2025-Q4')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(periodRange('2025-H1')).toEqual({ start: '2025-01-01', end: '2025-06-30' });
  });

  it('refuses a period written otherwise, on the field asked', () => {
    for (const bad of ['2025-13', '2025-Q5', '2025-H3', '2025-6', '2025', '25-06']) {
      expect(() => periodRange(bad, 'input.period')).toThrow('报告期格式应为');
    }
    try {
      periodRange('2025-00', 'period');
    } catch (error) {
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'period', detail: 'PERIOD_FORMAT' } });
    }
  });

  it('reads the cycle from how a period is written', () => {
    expect(cycleOf('2025-06')).toBe(ReportingCycle.MONTHLY);
    expect(cycleOf('2025-Q2')).toBe(ReportingCycle.QUARTERLY);
    expect(cycleOf('2025-H2')).toBe(ReportingCycle.HALF_YEARLY);
  });
});

describe('the period containing a date, and the periods around it', () => {
  it('finds the month, quarter and half-year of a date', () => {
    expect(periodOf('2025-06-30', ReportingCycle.MONTHLY)).toBe('2025-06');
    expect(periodOf('2025-07-01', ReportingCycle.QUARTERLY)).toBe('2025-Q3');
    expect(periodOf('2025-06-30', ReportingCycle.QUARTERLY)).toBe('2025-Q2');
    expect(periodOf('2025-06-30', ReportingCycle.HALF_YEARLY)).toBe('2025-H1');
    expect(periodOf('2025-07-01', ReportingCycle.HALF_YEARLY)).toBe('2025-H2');
  });

  it('steps forward and back in the period’s own cycle, across the year', () => {
    expect(nextPeriod('2025-12')).toBe('2026-01');
    expect(previousPeriod('2025-01')).toBe('2024-12');
    expect(nextPeriod('2025-Q4')).toBe('2026-Q1');
    expect(previousPeriod('2025-Q1')).toBe('2024-Q4');
    expect(nextPeriod('2025-H2')).toBe('2026-H1');
    expect(previousPeriod('2025-H1')).toBe('2024-H2');
    expect(previousPeriod('2025-06')).toBe('2025-05');
  });

  it('lists the periods of a cycle from the one containing the start to the one containing the end', () => {
    expect(periodsBetween('2025-05-20', '2025-12-31', ReportingCycle.QUARTERLY)).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(periodsBetween('2025-01-01', '2025-12-31', ReportingCycle.HALF_YEARLY)).toEqual(['2025-H1', '2025-H2']);
    expect(periodsBetween('2024-11-15', '2025-02-01', ReportingCycle.MONTHLY)).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    expect(periodsBetween(BOSHAN.startsOn, BOSHAN.endsOn, ReportingCycle.MONTHLY)).toHaveLength(48);
  });
});

describe('whether a report covers a period', () => {
  it('counts a report of any cycle where its own period ends or contains the period’s end', () => {
    expect(covers('2025-06', '2025-Q2')).toBe(true);
    expect(covers('2025-H1', '2025-Q2')).toBe(true);
    expect(covers('2025-05', '2025-Q2')).toBe(false);
    expect(covers('2025-Q2', '2025-06')).toBe(true);
    expect(covers('2025-Q2', '2025-05')).toBe(true);
    expect(covers('2025-Q3', '2025-06')).toBe(false);
  });

  it('does not let a later period’s report answer an earlier one (the dashboard’s old copy said it did)', () => {
    // The web's `covers` held any report whose last month reached the month or later; the server's rule, the one
    // deadlines and 考核 use, needs the report's own period to reach the period's end and no further.
    expect(covers('2025-12', '2025-06')).toBe(false);
    expect(covers('2025-Q3', '2025-06')).toBe(false);
    expect(covers('2026-01', '2025-12')).toBe(false);
    expect(covers('2025-12', '2025-12')).toBe(true);
  });
});

describe('deadlines', () => {
  it('puts a month’s deadline on the n-th working day of the next month', () => {
    expect(dueOnOf('2025-11', 5, calendar)).toBe('2025-12-05');
    expect(dueOnOf('2025-11', 1, calendar)).toBe('2025-12-01');
  });

  it('counts a make-up workday (调休): January 2025 is due on Monday 2/10, Saturday 2/8 being worked', () => {
    expect(dueOnOf('2025-01', 5, calendar)).toBe('2025-02-10');
  });

  it('skips a holiday: September 2025 is due on 10/14, after the National Day break', () => {
    expect(dueOnOf('2025-09', 5, calendar)).toBe('2025-10-14');
  });

  it('puts a quarter’s and a half-year’s deadline in the month after they end, across the year', () => {
    expect(dueOnOf('2025-Q3', 5, calendar)).toBe('2025-10-14');
    expect(dueOnOf('2025-H2', 5, calendar)).toBe('2026-01-08');
    expect(dueOnOf('2025-12', 5, calendar)).toBe('2026-01-08');
  });
});

describe('the filing period (本期) and the evaluation window', () => {
  it('is the period today falls in while the plan runs, in the plan’s cycle', () => {
    expect(filingPeriod(BOSHAN, '2024-05-20', ReportingCycle.MONTHLY)).toBe('2024-05');
    expect(filingPeriod(BOSHAN, '2024-05-20', ReportingCycle.QUARTERLY)).toBe('2024-Q2');
    expect(filingPeriod(BOSHAN, '2024-05-20', ReportingCycle.HALF_YEARLY)).toBe('2024-H1');
  });

  it('is the last period after the plan ends and the first before it starts', () => {
    expect(filingPeriod(BOSHAN, '2025-12-31', ReportingCycle.MONTHLY)).toBe('2025-12');
    expect(filingPeriod(BOSHAN, '2026-11-24', ReportingCycle.MONTHLY)).toBe('2025-12');
    expect(filingPeriod(BOSHAN, '2026-11-24', ReportingCycle.QUARTERLY)).toBe('2025-Q4');
    expect(filingPeriod(BOSHAN, '2021-06-01', ReportingCycle.MONTHLY)).toBe('2022-01');
    expect(filingPeriod(BOSHAN, '2021-06-01', ReportingCycle.HALF_YEARLY)).toBe('2022-H1');
  });

  it('takes reports for twelve months after the term, to the end of that month', () => {
    expect(reportingWindow(BOSHAN)).toEqual({ from: '2022-01-01', to: '2026-12-31' });
    expect(reportingWindow({ startsOn: '2023-03-01', endsOn: '2025-02-15' })).toEqual({
      from: '2023-03-01',
      to: '2026-02-28',
    });
  });
});

describe('a period in words', () => {
  it('says a month, a quarter, a half-year and a whole year as a document does', () => {
    expect(periodName('2025-07')).toBe('2025年7月');
    expect(periodName('2025-12')).toBe('2025年12月');
    expect(periodName('2025-Q3')).toBe('2025年第三季度');
    expect(periodName('2025-H1')).toBe('2025年上半年');
    expect(periodName('2025-H2')).toBe('2025年下半年');
    expect(periodName('2025')).toBe('2025年度');
  });

  it('gives back a period it cannot read as written, rather than failing a message about it', () => {
    expect(periodName('2025-13')).toBe('2025-13');
    expect(periodName('上季度')).toBe('上季度');
  });
});
