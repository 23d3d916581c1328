import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar';
import { IndicatorDirection, TargetKind } from '../indicator';
import { dueOnOf, periodsBetween, ReportingCycle } from '../period';
import { PlanPhase } from '../plan';
import { ProgressStatus } from '../progress';
import { assessIndicator, type IndicatorFacts } from './indicator-assessment.rules';
import { VerdictCause, WarningLevel } from './supervision.enum';
import {
  allPartsWithdrawnWarning,
  dayBefore,
  expectedProgress,
  lateness,
  leafWarning,
  measureDutySpan,
  planPhase,
  reportingState,
  rollUp,
  verdictOf,
  type WarningResult,
  withdrawalSpan,
  withdrawnWarning,
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

describe('where reporting stands', () => {
  it('says what is current, what is due next and what is overdue', () => {
    const state = reportingState(PLAN, MONTHLY, reportedThrough('2025-09'), '2025-12-03', calendar);
    expect(state.currentPeriod).toBe('2025-12');
    expect(state.currentDueOn).toBe('2026-01-08');
    expect(state.currentReported).toBe(false);
    expect(state.overdue).toEqual([{ period: '2025-10', dueOn: '2025-11-07', workingDaysLate: 18 }]);
    expect(state.nextDue).toEqual({ period: '2025-11', dueOn: '2025-12-05', workingDaysLeft: 2 });
    // A report is asked for the newest overdue period first, then 本期 and the one before.
    expect(state.filingPeriods).toEqual(['2025-10', '2025-12', '2025-11']);
  });

  it('forgets a missed period once a later one is reported on time, in any cycle', () => {
    expect(reportingState(PLAN, MONTHLY, ['2025-06', '2025-10'], '2025-11-20', calendar).overdue).toEqual([]);
    const quarterly = { cycle: ReportingCycle.QUARTERLY, dueWorkingDay: 5 };
    const state = reportingState(PLAN, quarterly, ['2025-10', '2025-11'], '2025-12-15', calendar);
    expect(state.overdue).toEqual([]);
    expect(state).toMatchObject({ currentPeriod: '2025-Q4', currentReported: false, nextDue: { dueOn: '2026-01-08' } });
    expect(state.filingPeriods).toEqual(['2025-Q4', '2025-Q3']);
  });

  it('keeps an earlier gap when the later report came late: a late post for 2025-12 does not make 2025-11 reported', () => {
    const reported = [
      { period: '2025-10', submittedOn: '2025-11-05' },
      { period: '2025-12', submittedOn: '2026-11-20' },
    ];
    const state = reportingState(PLAN, MONTHLY, reported, '2026-12-05', calendar);
    expect(state.overdue.map((o) => o.period)).toEqual(['2025-11']);
    const warning = leafWarning(PLAN, '2026-12-05', state, {
      period: '2025-12',
      status: ProgressStatus.ON_TRACK,
      percentComplete: 100,
    });
    expect(warning).toMatchObject({ level: WarningLevel.RED, cause: VerdictCause.OVERDUE });
    expect(warning.reason).toBe('2025-11 进展逾期未报，已逾期 1 年（截止 2025-12-05）');
    // The same late post, once 2025-11 is reported too, leaves nothing owed.
    const caughtUp = reportingState(
      PLAN,
      MONTHLY,
      [...reported, { period: '2025-11', submittedOn: '2026-12-04' }],
      '2026-12-05',
      calendar,
    );
    expect(caughtUp.overdue).toEqual([]);
  });

  it('has no current period after the plan ends, while the last periods are still owed', () => {
    const state = reportingState(PLAN, MONTHLY, reportedThrough('2025-10'), '2026-01-20', calendar);
    expect(state).toMatchObject({
      phase: PlanPhase.ENDED,
      currentPeriod: null,
      currentDueOn: null,
      currentReported: false,
    });
    expect(state.overdue.map((o) => o.period)).toEqual(['2025-11', '2025-12']);
    // Reports are still filed in the evaluation window: for the plan's last period, and the gaps first.
    expect(state.filingPeriods).toEqual(['2025-12', '2025-11']);
    expect(reportingState(PLAN, MONTHLY, [], '2025-06-01', calendar).phase).toBe(PlanPhase.RUNNING);
    expect(planPhase(PLAN, '2025-12-31')).toBe(PlanPhase.RUNNING);
    expect(planPhase(PLAN, '2021-12-31')).toBe(PlanPhase.BEFORE);
  });

  it('has nothing to say before the plan starts', () => {
    const state = reportingState(PLAN, MONTHLY, [], '2021-12-31', calendar);
    expect(state).toMatchObject({ currentPeriod: null, nextDue: null, overdue: [] });
    expect(state.filingPeriods).toEqual(['2022-01', '2021-12']);
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
      reason: '2025-11 进展 3 个工作日后截止（2025-12-05），尚未报送',
      dueOn: '2025-12-05',
    });
  });

  it('is blue the day before, and on the day it says the deadline is today', () => {
    expect(warningOn('2025-12-04', '2025-10').reason).toBe('2025-11 进展 1 个工作日后截止（2025-12-05），尚未报送');
    expect(warningOn('2025-12-05', '2025-10')).toMatchObject({
      level: WarningLevel.BLUE,
      reason: '2025-11 进展今日截止（2025-12-05），尚未报送',
    });
  });

  it('turns red the day after, a Saturday, with no working day late yet', () => {
    expect(warningOn('2025-12-06', '2025-10')).toMatchObject({
      level: WarningLevel.RED,
      reason: '2025-11 进展逾期未报，已过截止日（2025-12-05）',
      dueOn: '2025-12-05',
    });
  });

  it('counts working days late: Monday is one, the next Friday five', () => {
    expect(warningOn('2025-12-08', '2025-10').reason).toBe(
      '2025-11 进展逾期未报，已过截止日 1 个工作日（截止 2025-12-05）',
    );
    expect(warningOn('2025-12-12', '2025-10').reason).toBe(
      '2025-11 进展逾期未报，已过截止日 5 个工作日（截止 2025-12-05）',
    );
  });

  it('is green once the period is reported, on the deadline or after it', () => {
    expect(warningOn('2025-12-05', '2025-11').level).toBe(WarningLevel.GREEN);
    expect(warningOn('2025-12-08', '2025-11').level).toBe(WarningLevel.GREEN);
  });

  it('counts several missed periods and the oldest one’s lateness', () => {
    expect(warningOn('2025-12-08', '2025-09').reason).toBe(
      '2 期进展逾期未报（2025-10、2025-11），最早一期已逾期 1 个月（截止 2025-11-07）',
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
      reason: '2025-09 进展 3 个工作日后截止（2025-10-14），尚未报送',
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

describe('how late, in words a person uses', () => {
  it('counts working days for the first four weeks, then months, then years', () => {
    expect(lateness('2025-12-05', '2025-12-06', 0)).toBe('已过截止日（2025-12-05）');
    expect(lateness('2025-12-05', '2025-12-10', 3)).toBe('已过截止日 3 个工作日（截止 2025-12-05）');
    expect(lateness('2025-10-14', '2025-12-20', 48)).toBe('已逾期 2 个月（截止 2025-10-14）');
    expect(lateness('2022-02-10', '2026-12-05', 1200)).toBe('已逾期 4 年 9 个月（截止 2022-02-10）');
    expect(lateness('2025-12-05', '2026-12-05', 245)).toBe('已逾期 1 年（截止 2025-12-05）');
  });

  it('never reads 逾期 1200 个工作日', () => {
    const state = reportingState(PLAN, MONTHLY, [], '2026-12-05', calendar);
    const warning = leafWarning(PLAN, '2026-12-05', state, null);
    expect(warning.reason).toBe(
      '48 期进展逾期未报（2022-01 至 2025-12），最早一期已逾期 4 年 9 个月（截止 2022-02-11）',
    );
    expect(warning.reason).not.toMatch(/\d{3,} 个工作日/);
  });
});

describe('the roll-up rule', () => {
  const w = (level: WarningLevel, reason: string, cause: VerdictCause, dueOn: string | null = null): WarningResult => ({
    level,
    reason,
    reasons: [reason],
    dueOn,
    rule: '',
    cause,
    details: [],
  });

  it('takes the worst part and says it as a person would: the one fact that matters, then the details', () => {
    const rolled = rollUp('工程', [
      { label: 'P1.1', warning: w(WarningLevel.GREEN, '正常', VerdictCause.ON_TRACK) },
      {
        label: 'P1.2',
        warning: w(
          WarningLevel.RED,
          '2025-11 进展逾期未报，已过截止日 1 个工作日（截止 2025-12-05）',
          VerdictCause.OVERDUE,
          '2025-12-05',
        ),
      },
      { label: 'P1.3', warning: w(WarningLevel.BLUE, '临近', VerdictCause.DUE_SOON) },
    ]);
    expect(rolled.level).toBe(WarningLevel.RED);
    expect(rolled.counts).toEqual({ red: 1, yellow: 0, blue: 1, green: 1, grey: 0, total: 3 });
    expect(rolled.reason).toBe(
      '1 项措施逾期未报，1 项措施临近截止尚未报送；最严重的是 P1.2：2025-11 进展逾期未报，已过截止日 1 个工作日（截止 2025-12-05）',
    );
    expect(rolled.details).toEqual([
      'P1.2：2025-11 进展逾期未报，已过截止日 1 个工作日（截止 2025-12-05）',
      'P1.3：临近',
    ]);
    expect(rolled.rule).toContain('最严重');
  });

  it('counts measures, not projects, when it rolls up roll-ups, and names the measure whose deadline passed first', () => {
    const project = (label: string, ...parts: [string, WarningResult][]) => ({
      label,
      warning: rollUp(
        '工程',
        parts.map(([l, warning]) => ({ label: l, warning })),
      ),
    });
    const plan = rollUp('方案', [
      project('P1', ['P1.1', w(WarningLevel.RED, 'P1.1 逾期', VerdictCause.OVERDUE, '2025-11-07')]),
      project(
        'P2',
        ['P2.1', w(WarningLevel.RED, 'P2.1 逾期', VerdictCause.OVERDUE, '2025-12-05')],
        ['P2.2', w(WarningLevel.RED, 'P2.2 逾期', VerdictCause.OVERDUE, '2025-10-14')],
        ['P2.3', w(WarningLevel.RED, '自报滞后', VerdictCause.DELAYED)],
      ),
    ]);
    expect(plan.reason).toBe('3 项措施逾期未报，1 项措施自报滞后；最严重的是 P2.2：P2.2 逾期');
    expect(plan.reason).not.toContain('项中');
    expect(plan.details).toHaveLength(4);
  });

  it('says all is well in one sentence when it is', () => {
    const rolled = rollUp('工程', [
      { label: 'P1.1', warning: w(WarningLevel.GREEN, '正常', VerdictCause.ON_TRACK) },
      { label: 'P1.2', warning: w(WarningLevel.GREEN, '已完成', VerdictCause.COMPLETED) },
    ]);
    expect(rolled).toMatchObject({
      level: WarningLevel.GREEN,
      reason: '2 项均正常：按期报送、进度正常（其中 1 项已完成）',
    });
  });

  it('is grey with nothing to roll up', () => {
    expect(rollUp('部门', []).level).toBe(WarningLevel.GREY);
  });
});

describe('the verdict a leader sees first', () => {
  it('names what decided it: the department’s own word or the system’s judgement', () => {
    const state = reportingState(PLAN, MONTHLY, reportedThrough('2025-10'), '2025-11-20', calendar);
    const delayed = leafWarning(
      PLAN,
      '2025-11-20',
      state,
      { period: '2025-10', status: ProgressStatus.DELAYED, percentComplete: 80 },
      90,
    );
    expect(verdictOf(delayed)).toMatchObject({ level: WarningLevel.RED, label: '自报滞后', basis: '部门自报' });
    const late = reportingState(PLAN, MONTHLY, reportedThrough('2025-09'), '2025-11-20', calendar);
    const overdue = leafWarning(
      PLAN,
      '2025-11-20',
      late,
      { period: '2025-09', status: ProgressStatus.ON_TRACK, percentComplete: 90 },
      90,
    );
    expect(verdictOf(overdue)).toMatchObject({ level: WarningLevel.RED, label: '逾期未报', basis: '系统研判' });
    const fine = leafWarning(
      PLAN,
      '2025-11-20',
      state,
      { period: '2025-10', status: ProgressStatus.ON_TRACK, percentComplete: 90 },
      90,
    );
    expect(verdictOf(fine)).toMatchObject({ level: WarningLevel.GREEN, label: '正常推进' });
  });

  it('labels a roll-up by what it asks of the leader', () => {
    const red = rollUp('方案', [
      {
        label: 'P1.1',
        warning: {
          level: WarningLevel.RED,
          reason: 'x',
          reasons: ['x'],
          dueOn: null,
          rule: '',
          cause: VerdictCause.OVERDUE,
          details: [],
        },
      },
    ]);
    expect(verdictOf(red)).toMatchObject({
      level: WarningLevel.RED,
      label: '需督办',
      reason: 'P1.1：x',
      details: ['P1.1：x'],
    });
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

describe('after a revision (方案调整)', () => {
  it('owes nothing due on or after a withdrawal: the gaps before it stay, no next deadline', () => {
    // Reported through 2025-06; withdrawn from 2025-09-01: July (due 08-07) stays late, August (due 09-05) is not owed.
    const span = withdrawalSpan({ withdrawnOn: '2025-09-01' });
    expect(span).toEqual({ until: '2025-08-31' });
    const state = reportingState(PLAN, MONTHLY, reportedThrough('2025-06'), '2025-11-20', calendar, span);
    expect(state.overdue.map((o) => o.period)).toEqual(['2025-07']);
    expect(state.nextDue).toBeNull();
  });

  it('judges a new lead only from the day its duty began', () => {
    const state = reportingState(PLAN, MONTHLY, [], '2025-11-20', calendar, { since: '2025-09-01' });
    // August is due 09-05, on or after the new lead's start: owed; July (due 08-07) was the former lead's.
    expect(state.overdue.map((o) => o.period)).toEqual(['2025-08', '2025-09', '2025-10']);
    expect(state.nextDue?.period).toBe('2025-11');
  });

  it('a withdrawn measure is grey and says when and why; so is a project with every part withdrawn', () => {
    const warning = withdrawnWarning({ withdrawnOn: '2025-09-01', withdrawnReason: '并入市级专项行动' });
    expect(warning).toMatchObject({ level: WarningLevel.GREY, cause: null });
    expect(warning.reason).toBe('已撤销（2025-09-01 起）：并入市级专项行动');
    expect(allPartsWithdrawnWarning()).toMatchObject({ level: WarningLevel.GREY, reason: '所含措施均已撤销' });
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
  });
});

describe('measureDutySpan', () => {
  it('runs from the plan start when any duty did, else from the first duty, to the withdrawal', () => {
    expect(measureDutySpan([{ since: null }, { since: '2024-06-01' }], { withdrawnOn: null })).toEqual({
      since: null,
      until: null,
    });
    expect(measureDutySpan([{ since: '2024-09-01' }, { since: '2024-06-01' }], { withdrawnOn: '2025-01-01' })).toEqual({
      since: '2024-06-01',
      until: '2024-12-31',
    });
    expect(measureDutySpan([], { withdrawnOn: null })).toEqual({ since: null, until: null });
  });
});
