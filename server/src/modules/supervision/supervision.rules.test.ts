import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar';
import { IndicatorDirection, TargetKind } from '../indicator';
import { ProgressStatus } from '../progress';
import { assessIndicator, type IndicatorFacts } from './indicator-assessment.rules';
import { ReportingCycle, WarningLevel } from './supervision.enum';
import {
  covers,
  dueOnOf,
  expectedProgress,
  leafWarning,
  periodsBetween,
  reportingState,
  rollUp,
  type WarningResult,
} from './supervision.rules';

const calendar = new WorkingCalendar();
const PLAN = { startsOn: '2022-01-01', endsOn: '2025-12-31' };
const MONTHLY = { cycle: ReportingCycle.MONTHLY, dueWorkingDay: 5 };
/** Every month reported up to and including `last`. */
const reportedThrough = (last: string) => periodsBetween(PLAN.startsOn, `${last}-01`, ReportingCycle.MONTHLY);
/** The warning of a measure reported monthly through `last`, on track at the expected pace. */
const warningOn = (today: string, last: string, status = ProgressStatus.ON_TRACK): WarningResult =>
  leafWarning(
    PLAN,
    today,
    reportingState(PLAN, MONTHLY, reportedThrough(last), today, calendar),
    { period: last, status, percentComplete: 0 },
    expectedProgress(PLAN, today),
  );

describe('reporting periods and deadlines', () => {
  it('puts a month’s deadline on the 5th working day of the next month', () => {
    expect(dueOnOf('2025-11', 5, calendar)).toBe('2025-12-05');
    expect(dueOnOf('2025-11', 1, calendar)).toBe('2025-12-01');
  });

  it('counts a make-up workday (调休): January 2025 is due on Monday 2/10, Saturday 2/8 being worked', () => {
    expect(dueOnOf('2025-01', 5, calendar)).toBe('2025-02-10');
  });

  it('skips a holiday: September 2025 is due on 10/14, after the National Day break', () => {
    expect(dueOnOf('2025-09', 5, calendar)).toBe('2025-10-14');
  });

  it('puts a quarter’s and a half-year’s deadline in the month after they end', () => {
    expect(dueOnOf('2025-Q3', 5, calendar)).toBe('2025-10-14');
    expect(dueOnOf('2025-H2', 5, calendar)).toBe('2026-01-08');
  });

  it('lists the periods of a cycle and lets a report of another cycle count where its period ends', () => {
    expect(periodsBetween('2025-05-20', '2025-12-31', ReportingCycle.QUARTERLY)).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(periodsBetween('2025-01-01', '2025-12-31', ReportingCycle.HALF_YEARLY)).toEqual(['2025-H1', '2025-H2']);
    expect(covers('2025-06', '2025-Q2')).toBe(true);
    expect(covers('2025-H1', '2025-Q2')).toBe(true);
    expect(covers('2025-05', '2025-Q2')).toBe(false);
    expect(covers('2025-Q2', '2025-06')).toBe(true);
    expect(covers('2025-Q2', '2025-05')).toBe(true);
    expect(covers('2025-Q3', '2025-06')).toBe(false);
  });

  it('says what is current, what is due next and what is overdue', () => {
    const state = reportingState(PLAN, MONTHLY, reportedThrough('2025-09'), '2025-12-03', calendar);
    expect(state.currentPeriod).toBe('2025-12');
    expect(state.currentDueOn).toBe('2026-01-08');
    expect(state.currentReported).toBe(false);
    expect(state.overdue).toEqual([{ period: '2025-10', dueOn: '2025-11-07', workingDaysLate: 18 }]);
    expect(state.nextDue).toEqual({ period: '2025-11', dueOn: '2025-12-05', workingDaysLeft: 2 });
  });

  it('forgets a missed period once a later one is reported, in any cycle', () => {
    expect(reportingState(PLAN, MONTHLY, ['2025-06', '2025-10'], '2025-11-20', calendar).overdue).toEqual([]);
    const quarterly = { cycle: ReportingCycle.QUARTERLY, dueWorkingDay: 5 };
    const state = reportingState(PLAN, quarterly, ['2025-10', '2025-11'], '2025-12-15', calendar);
    expect(state.overdue).toEqual([]);
    expect(state).toMatchObject({ currentPeriod: '2025-Q4', currentReported: false, nextDue: { dueOn: '2026-01-08' } });
  });

  it('has nothing to say before the plan starts', () => {
    const state = reportingState(PLAN, MONTHLY, [], '2021-12-31', calendar);
    expect(state).toMatchObject({ currentPeriod: null, nextDue: null, overdue: [] });
    expect(leafWarning(PLAN, '2021-12-31', state, null).level).toBe(WarningLevel.GREY);
  });
});

describe('the three-colour warning of a measure, around a deadline (2025-11 due Friday 2025-12-05)', () => {
  it('is green four working days before', () => {
    expect(warningOn('2025-12-01', '2025-10')).toMatchObject({ level: WarningLevel.GREEN, dueOn: '2025-12-05' });
  });

  it('turns blue three working days before', () => {
    expect(warningOn('2025-12-02', '2025-10')).toMatchObject({
      level: WarningLevel.BLUE,
      reason: '2025-11 报告 3 个工作日后截止（2025-12-05），尚未报送',
      dueOn: '2025-12-05',
    });
  });

  it('is blue the day before, and on the day it says the deadline is today', () => {
    expect(warningOn('2025-12-04', '2025-10').reason).toBe('2025-11 报告 1 个工作日后截止（2025-12-05），尚未报送');
    expect(warningOn('2025-12-05', '2025-10')).toMatchObject({
      level: WarningLevel.BLUE,
      reason: '2025-11 报告今日截止（2025-12-05），尚未报送',
    });
  });

  it('turns red the day after, a Saturday, with no working day late yet', () => {
    expect(warningOn('2025-12-06', '2025-10')).toMatchObject({
      level: WarningLevel.RED,
      reason: '2025-11 报告已过截止日未报（截止 2025-12-05）',
      dueOn: '2025-12-05',
    });
  });

  it('counts working days late: Monday is one, the next Friday five', () => {
    expect(warningOn('2025-12-08', '2025-10').reason).toBe('2025-11 报告逾期 1 个工作日（截止 2025-12-05）');
    expect(warningOn('2025-12-12', '2025-10').reason).toBe('2025-11 报告逾期 5 个工作日（截止 2025-12-05）');
  });

  it('is green once the period is reported, on the deadline or after it', () => {
    expect(warningOn('2025-12-05', '2025-11').level).toBe(WarningLevel.GREEN);
    expect(warningOn('2025-12-08', '2025-11').level).toBe(WarningLevel.GREEN);
  });

  it('counts several missed periods and the oldest one’s lateness', () => {
    expect(warningOn('2025-12-08', '2025-09').reason).toBe(
      '2 期报告逾期未报（2025-10、2025-11），最早一期逾期 21 个工作日（截止 2025-11-07）',
    );
  });
});

describe('the warning around a holiday and a make-up workday', () => {
  it('does not count the National Day break: September 2025 (due 10/14) turns blue only on 10/10', () => {
    expect(warningOn('2025-10-08', '2025-08').level).toBe(WarningLevel.GREEN);
    expect(warningOn('2025-10-09', '2025-08').level).toBe(WarningLevel.GREEN);
    // 10/11 (Saturday) is worked, so from 10/10 three working days remain: 10/11, 10/13, 10/14.
    expect(warningOn('2025-10-10', '2025-08')).toMatchObject({
      level: WarningLevel.BLUE,
      reason: '2025-09 报告 3 个工作日后截止（2025-10-14），尚未报送',
    });
  });

  it('counts Saturday 2025-02-08 as a working day late for January (due 2/7 with the 4th working day)', () => {
    const schedule = { cycle: ReportingCycle.MONTHLY, dueWorkingDay: 4 };
    expect(dueOnOf('2025-01', 4, calendar)).toBe('2025-02-08');
    const state = reportingState(PLAN, schedule, reportedThrough('2024-12'), '2025-02-10', calendar);
    expect(state.overdue).toEqual([{ period: '2025-01', dueOn: '2025-02-08', workingDaysLate: 1 }]);
  });
});

describe('the warning from a report’s status and from the pace', () => {
  const plan = { startsOn: '2025-01-01', endsOn: '2025-04-10' }; // 100 days: the pace is one point a day
  const state = reportingState(plan, MONTHLY, ['2025-01'], '2025-02-19', calendar);
  const latest = (status: ProgressStatus, percentComplete: number) => ({ period: '2025-01', status, percentComplete });

  it('expects the share of the plan’s period elapsed', () => {
    expect(expectedProgress(plan, '2025-02-19')).toBe(50);
    expect(expectedProgress(plan, '2024-12-31')).toBe(0);
    expect(expectedProgress(plan, '2025-12-31')).toBe(100);
  });

  it('is green exactly ten points behind, yellow beyond', () => {
    expect(leafWarning(plan, '2025-02-19', state, latest(ProgressStatus.ON_TRACK, 40)).level).toBe(WarningLevel.GREEN);
    expect(leafWarning(plan, '2025-02-19', state, latest(ProgressStatus.ON_TRACK, 39))).toMatchObject({
      level: WarningLevel.YELLOW,
      reason: '序时进度 50%，实际 39%，落后 11 个百分点',
    });
  });

  it('is yellow when the latest report is at risk, red when it says delayed, green when completed', () => {
    expect(leafWarning(plan, '2025-02-19', state, latest(ProgressStatus.AT_RISK, 60))).toMatchObject({
      level: WarningLevel.YELLOW,
      reason: '最新报告（2025-01）自报存在风险',
    });
    expect(leafWarning(plan, '2025-02-19', state, latest(ProgressStatus.DELAYED, 60))).toMatchObject({
      level: WarningLevel.RED,
      reason: '最新报告（2025-01）自报滞后',
    });
    expect(leafWarning(plan, '2025-02-19', state, latest(ProgressStatus.COMPLETED, 100)).level).toBe(
      WarningLevel.GREEN,
    );
  });

  it('lists every reason, worst first', () => {
    const warning = leafWarning(plan, '2025-02-19', state, latest(ProgressStatus.DELAYED, 10));
    expect(warning.reasons).toEqual(['最新报告（2025-01）自报滞后', '序时进度 50%，实际 10%，落后 40 个百分点']);
  });
});

describe('the roll-up rule', () => {
  const w = (level: WarningLevel, reason: string): WarningResult => ({
    level,
    reason,
    reasons: [reason],
    dueOn: null,
    rule: '',
  });

  it('takes the worst part, counts every level and names the worst part’s reason', () => {
    const rolled = rollUp('工程', [
      { label: 'P1.1', warning: w(WarningLevel.GREEN, '正常') },
      { label: 'P1.2', warning: w(WarningLevel.RED, '2025-11 报告逾期 1 个工作日（截止 2025-12-05）') },
      { label: 'P1.3', warning: w(WarningLevel.BLUE, '临近') },
    ]);
    expect(rolled.level).toBe(WarningLevel.RED);
    expect(rolled.counts).toEqual({ red: 1, yellow: 0, blue: 1, green: 1, grey: 0, total: 3 });
    expect(rolled.reason).toBe('3 项中 红 1、蓝 1、绿 1；最严重：P1.2 2025-11 报告逾期 1 个工作日（截止 2025-12-05）');
    expect(rolled.rule).toContain('最严重');
  });

  it('is grey with nothing to roll up', () => {
    expect(rollUp('部门', []).level).toBe(WarningLevel.GREY);
  });
});

describe('the assessment of a numeric indicator', () => {
  const indicator: IndicatorFacts = {
    baseline: 5,
    baselineYear: 2021,
    target: 9,
    targetDate: '2025-12-31',
    direction: IndicatorDirection.INCREASE,
    targetKind: TargetKind.NUMERIC,
    targetText: '提高至9件',
  };
  // 2023-12-31 is 730 of the 1461 days from 2021-12-31 to 2025-12-31: the path expects 5 + 4 × 730/1461.
  const halfway = 5 + (4 * 730) / 1461;

  it('is green exactly on its path, and says so', () => {
    const result = assessIndicator(indicator, [{ value: halfway, asOf: '2023-12-31' }], '2024-01-10', '2022-01-01');
    expect(result).toMatchObject({ level: WarningLevel.GREEN, actual: halfway, expectedAtLatest: 7 });
    expect(result.reason).toContain('正在路径上');
    // With the baseline, two points make a trend: on the path, it reaches the target.
    expect(result.projected).toBe(9);
  });

  it('is yellow when the trend misses the target by more than 5 % of the distance, red more than 15 % behind its path', () => {
    const at = (value: number) =>
      assessIndicator(indicator, [{ value, asOf: '2023-12-31' }], '2024-01-10', '2022-01-01').level;
    // From the baseline, a value behind the path by x halfway projects to a miss of about 2x at the target date: 0.09
    // behind is a 0.18 miss, within 5 % of the distance of 4; 0.11 behind is a 0.22 miss, beyond it.
    expect(at(halfway - 0.09)).toBe(WarningLevel.GREEN);
    expect(at(halfway - 0.11)).toBe(WarningLevel.YELLOW);
    expect(at(halfway - 0.6)).toBe(WarningLevel.YELLOW); // 15 %: not beyond it
    expect(at(halfway - 0.61)).toBe(WarningLevel.RED);
  });

  it('gives the expected value and the actual in its reason: 应达 …，实际 …', () => {
    const result = assessIndicator(indicator, [{ value: 6.9, asOf: '2024-12-31' }], '2025-01-10', '2022-01-01');
    expect(result.reason).toMatch(/^应达 8，实际 6.9（2024-12-31），落后路径 27.5%；按趋势期末预计 \d/);
    expect(result.level).toBe(WarningLevel.RED);
  });

  it('is yellow on its path when the trend of the values misses the target', () => {
    const result = assessIndicator(
      { ...indicator, baseline: null, baselineYear: null },
      [
        { value: 7.2, asOf: '2024-12-31' },
        { value: 7, asOf: '2024-06-30' },
        { value: 6, asOf: '2023-12-31' },
      ],
      '2025-01-10',
      '2022-01-01',
    );
    // No baseline: the first value starts the path (6 on 2023-12-31), so 7.2 a year later is on pace (7.5 expected).
    expect(result.expectedAtLatest).toBe(7.5);
    expect(result.projected).not.toBeNull();
    expect(result.level).toBe(WarningLevel.YELLOW);
  });

  it('is judged against the target once the target date has passed', () => {
    const met = assessIndicator(indicator, [{ value: 9.2, asOf: '2025-12-31' }], '2026-01-15', '2022-01-01');
    expect(met).toMatchObject({
      level: WarningLevel.GREEN,
      reason: '目标 9（2025-12-31），实际 9.2（2025-12-31），已达成',
    });
    const missed = assessIndicator(indicator, [{ value: 8.1, asOf: '2025-06-30' }], '2026-01-15', '2022-01-01');
    expect(missed).toMatchObject({
      level: WarningLevel.RED,
      reason: '目标 9（2025-12-31），实际 8.1（2025-06-30），未达成',
    });
  });

  it('reads lower as better for a decreasing indicator', () => {
    const fewer = { ...indicator, baseline: 100, target: 60, direction: IndicatorDirection.DECREASE };
    const onPath = 100 - (40 * 730) / 1461;
    expect(assessIndicator(fewer, [{ value: onPath - 5, asOf: '2023-12-31' }], '2024-01-10', '2022-01-01').level).toBe(
      WarningLevel.GREEN,
    );
    expect(assessIndicator(fewer, [{ value: onPath + 7, asOf: '2023-12-31' }], '2024-01-10', '2022-01-01').level).toBe(
      WarningLevel.RED,
    );
  });

  it('is grey for a qualitative target and before any value is recorded', () => {
    expect(
      assessIndicator(
        { ...indicator, targetKind: TargetKind.QUALITATIVE, target: null },
        [],
        '2024-01-10',
        '2022-01-01',
      ).level,
    ).toBe(WarningLevel.GREY);
    const none = assessIndicator(indicator, [], '2023-12-31', '2022-01-01');
    expect(none).toMatchObject({ level: WarningLevel.GREY, expected: 7 });
  });
});
