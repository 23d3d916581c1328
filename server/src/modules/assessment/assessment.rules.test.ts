import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar';
import { ReportingCycle } from '../period';
import { WarningLevel } from '../supervision';
import { AssessmentPartKind } from './assessment.enum';
import {
  assessmentWindow,
  DEFAULT_WEIGHTS,
  judgeCompletion,
  judgeIndicators,
  judgeNotices,
  judgeTimeliness,
  noticeDueIn,
  obligationsOf,
  rankScores,
  rankText,
  scoreParts,
  tallyObligations,
  weightProblems,
} from './assessment.rules';

const calendar = new WorkingCalendar();
const PLAN = { startsOn: '2025-01-01', endsOn: '2025-12-31' };
const MONTHLY = { cycle: ReportingCycle.MONTHLY, dueWorkingDay: 5 };

describe('the assessment period', () => {
  it('is a year, a quarter, a half, or the whole term up to today', () => {
    expect(assessmentWindow('2024', PLAN, '2025-08-01')).toEqual({
      period: '2024',
      from: '2024-01-01',
      to: '2024-12-31',
      asOf: '2024-12-31',
    });
    expect(assessmentWindow('2025-Q3', PLAN, '2025-08-01')).toMatchObject({
      from: '2025-07-01',
      to: '2025-09-30',
      asOf: '2025-08-01',
    });
    expect(assessmentWindow('2025-H1', PLAN, '2025-08-01')).toMatchObject({ from: '2025-01-01', to: '2025-06-30' });
    expect(assessmentWindow(null, PLAN, '2025-08-01')).toEqual({
      period: null,
      from: '2025-01-01',
      to: '2025-08-01',
      asOf: '2025-08-01',
    });
  });

  it('is nothing else', () => {
    for (const bad of ['2025-06', '2025-Q5', '25', '2025-H3', 'whole']) {
      expect(assessmentWindow(bad, PLAN, '2025-08-01')).toBeNull();
    }
  });
});

describe('报送及时', () => {
  const q2 = assessmentWindow('2025-Q2', PLAN, '2025-12-01')!;

  it('owes the periods whose deadline falls in the window and has passed, by the deadline', () => {
    // Due 5th working day of the next month: 2025-03 on 04-08, 2025-04 on 05-12 (May Day runs to 05-05), 2025-05 on 06-09.
    const owed = obligationsOf('M1', PLAN, MONTHLY, q2, '2025-12-01', calendar, [
      { period: '2025-03', submittedOn: '2025-04-03' },
      { period: '2025-04', submittedOn: '2025-05-20' },
    ]);
    const m = ReportingCycle.MONTHLY;
    expect(owed).toEqual([
      { measureCode: 'M1', cycle: m, period: '2025-03', dueOn: '2025-04-08', submittedOn: '2025-04-03' },
      { measureCode: 'M1', cycle: m, period: '2025-04', dueOn: '2025-05-12', submittedOn: '2025-05-20' },
      { measureCode: 'M1', cycle: m, period: '2025-05', dueOn: '2025-06-09', submittedOn: null },
    ]);
    const part = judgeTimeliness(owed, 1);
    expect(part.ratio).toBeCloseTo(1 / 3);
    expect(part.summary).toBe('按时报送 3 期中的 1 期，逾期 1 期、未报 1 期');
    expect(part.reason).toBe(
      '应报 3 期（牵头 1 项措施 × 3 个月，2025-03 至 2025-05），已报 2 期（按时 1 期、逾期 1 期），未报 1 期，按时率 33.3%' +
        '（逾期：M1 2025-04；未报：M1 2025-05）',
    );
  });

  it('does not owe a period due today or later yet', () => {
    const owed = obligationsOf('M1', PLAN, MONTHLY, q2, '2025-06-09', calendar, []);
    expect(owed.map((o) => o.period)).toEqual(['2025-03', '2025-04']);
  });

  it('puts a report due on a quarter’s last day in that quarter', () => {
    const late = { cycle: ReportingCycle.MONTHLY, dueWorkingDay: 20 };
    // June 2025 has its 20th working day on Monday 06-30: the May report is due then.
    const inQ2 = obligationsOf('M1', PLAN, late, q2, '2025-12-01', calendar, []);
    expect(inQ2.at(-1)).toMatchObject({ period: '2025-05', dueOn: '2025-06-30' });
    const q3 = assessmentWindow('2025-Q3', PLAN, '2025-12-01')!;
    expect(obligationsOf('M1', PLAN, late, q3, '2025-12-01', calendar, [])[0]).toMatchObject({ period: '2025-06' });
  });

  it('counts a quarterly report for the month it ends', () => {
    const owed = obligationsOf('M1', PLAN, MONTHLY, q2, '2025-12-01', calendar, [
      { period: '2025-Q1', submittedOn: '2025-04-01' },
    ]);
    expect(owed[0]).toMatchObject({ period: '2025-03', submittedOn: '2025-04-01' });
    expect(owed[1]).toMatchObject({ period: '2025-04', submittedOn: null });
  });

  it('does not apply without a led measure or a closed period', () => {
    expect(judgeTimeliness([], 0)).toEqual({
      kind: AssessmentPartKind.TIMELINESS,
      ratio: null,
      summary: '不适用：未牵头措施，无应报报告',
      reason: '未牵头措施，无应报报告，不适用',
    });
    expect(judgeTimeliness([], 2).reason).toBe('牵头措施 2 项，考核期内无已截止的报送期，不适用');
  });
});

describe('what 应报 counts', () => {
  // A plan that runs from January 2022 but was only issued on 2022-11-18, like the Boshan plan.
  const LATE_ISSUE = { startsOn: '2022-01-01', endsOn: '2025-12-31', issuedOn: '2022-11-18' };
  const term = assessmentWindow(null, LATE_ISSUE, '2026-12-05')!;

  it('owes no report whose deadline came before the plan was issued', () => {
    const owed = obligationsOf('P1.1', LATE_ISSUE, MONTHLY, term, '2026-12-05', calendar, []);
    // 2022-10 was due 2022-11-07, before the document existed; 2022-11 is due 2022-12-07.
    expect(owed[0]).toMatchObject({ period: '2022-11', dueOn: '2022-12-07' });
    expect(owed.at(-1)).toMatchObject({ period: '2025-12' });
    expect(owed).toHaveLength(38);
  });

  it('says what the count is made of: measures × periods, which periods, and what was left out', () => {
    const monthly = ['P1.1', 'P1.2'].flatMap((code) =>
      obligationsOf(code, LATE_ISSUE, MONTHLY, term, '2026-12-05', calendar, []),
    );
    const tally = tallyObligations(monthly, 2, LATE_ISSUE);
    expect(tally).toEqual({
      measuresLed: 2,
      owed: 76,
      reported: 0,
      onTime: 0,
      late: 0,
      missing: 76,
      basis: '牵头 2 项措施 × 38 个月，2022-11 至 2025-12；方案 2022-11-18 印发，此前截止的各期不计',
    });
    const quarterly = obligationsOf(
      'P2.1',
      LATE_ISSUE,
      { cycle: ReportingCycle.QUARTERLY, dueWorkingDay: 5 },
      term,
      '2026-12-05',
      calendar,
      [],
    );
    expect(tallyObligations([...monthly, ...quarterly], 3, LATE_ISSUE).basis).toBe(
      '牵头 3 项措施：2 项 × 38 个月 + 1 项 × 13 个季度，2022-11 至 2025-Q4；方案 2022-11-18 印发，此前截止的各期不计',
    );
    // A year after the issue leaves nothing out, so it says nothing of it.
    const year = assessmentWindow('2024', LATE_ISSUE, '2026-12-05')!;
    const in2024 = obligationsOf('P1.1', LATE_ISSUE, MONTHLY, year, '2026-12-05', calendar, []);
    expect(tallyObligations(in2024, 1, LATE_ISSUE, year.from).basis).toBe(
      '牵头 1 项措施 × 12 个月，2023-12 至 2024-11',
    );
  });

  it('judges a backfilled report by the day it was really made', () => {
    const owed = obligationsOf(
      'M1',
      PLAN,
      MONTHLY,
      assessmentWindow('2025-Q2', PLAN, '2025-12-01')!,
      '2025-12-01',
      calendar,
      [
        // Entered by the office on 2025-11-20 from its ledger, first made on 2025-04-07.
        { period: '2025-03', submittedOn: '2025-04-07' },
      ],
    );
    expect(owed[0]).toMatchObject({ period: '2025-03', dueOn: '2025-04-08', submittedOn: '2025-04-07' });
    expect(judgeTimeliness(owed.slice(0, 1), 1).summary).toBe('按时报送 1 期中的 1 期，全部按时');
  });
});

describe('任务完成', () => {
  it('compares each led measure with the expected pace, capped at 1, completed and unreported alike', () => {
    const part = judgeCompletion(
      [
        { code: 'M1', percent: 80, completed: false },
        { code: 'M2', percent: 25, completed: false },
        { code: 'M3', percent: null, completed: false },
        { code: 'M4', percent: 10, completed: true },
      ],
      50,
      '2025-07-01',
    );
    // (1 + 0.5 + 0 + 1) / 4
    expect(part.ratio).toBe(0.625);
    expect(part.reason).toBe(
      '牵头措施 4 项，截至 2025-07-01 序时进度 50%；M1 80%、M2 25%、M3 未报（按 0%）、M4 已完成；完成度与序时进度之比（超过按 1 计）平均 62.5%',
    );
  });

  it('counts the measures it takes part in beside those it leads, and says which are which', () => {
    const part = judgeCompletion(
      [
        { code: 'M1', percent: 50, completed: false },
        { code: 'M2', percent: 20, completed: false, participant: true },
      ],
      40,
      '2025-07-01',
    );
    // (1 + 0.5) / 2
    expect(part.ratio).toBe(0.75);
    expect(part.reason).toBe(
      '牵头措施 1 项、配合措施 1 项，截至 2025-07-01 序时进度 40%；M1 50%、M2（配合） 20%；完成度与序时进度之比（超过按 1 计）平均 75%',
    );
    expect(judgeCompletion([], 40, '2025-07-01').reason).toMatch(/^未承担措施/);
    expect(part.summary).toBe('承担的 2 项措施中 1 项达到序时进度（40%），完成度平均为序时进度的 75%');
  });
});

describe('指标达成', () => {
  it('counts green 1, yellow half, red and unreported 0, and leaves qualitative targets out', () => {
    const part = judgeIndicators(
      [
        { name: '甲', level: WarningLevel.GREEN, qualitative: false },
        { name: '乙', level: WarningLevel.YELLOW, qualitative: false },
        { name: '丙', level: WarningLevel.RED, qualitative: false },
        { name: '丁', level: WarningLevel.GREY, qualitative: false },
        { name: '戊', level: WarningLevel.GREY, qualitative: true },
      ],
      '2025-07-01',
    );
    expect(part.ratio).toBe(0.375);
    expect(part.reason).toBe(
      '负责指标 4 项（截至 2025-07-01）：绿 1、黄 1、红 1、未填报 1，达成率 (1 + 1×0.5) / 4 = 37.5%（未达路径：乙、丙、丁）；另有定性指标 1 项不计',
    );
    expect(part.summary).toBe(
      '负责的 4 项数值指标中 1 项达到进度路径，1 项稍落后（黄）、1 项明显落后（红）、1 项未填报',
    );
    const none = judgeIndicators([{ name: '甲', level: WarningLevel.GREY, qualitative: false }], '2025-07-01');
    expect(none.summary).toBe('负责的 1 项数值指标均未达到进度路径：1 项未填报');
  });
});

describe('督办响应', () => {
  const q3 = assessmentWindow('2025-Q3', PLAN, '2025-08-10')!;

  it('judges notices whose reply date is in the window and has passed', () => {
    expect(noticeDueIn('2025-08-09', q3, '2025-08-10')).toBe(true);
    expect(noticeDueIn('2025-08-10', q3, '2025-08-10')).toBe(false);
    expect(noticeDueIn('2025-06-30', q3, '2025-08-10')).toBe(false);
  });

  it('counts replies by the reply date', () => {
    const part = judgeNotices([
      { measureCode: 'M1', dueOn: '2025-07-10', answeredOn: '2025-07-10' },
      { measureCode: 'M1', dueOn: '2025-07-20', answeredOn: '2025-07-21' },
      { measureCode: 'M2', dueOn: '2025-08-01', answeredOn: null },
      { measureCode: 'M2', dueOn: '2025-08-02', answeredOn: '2025-07-30' },
    ]);
    expect(part.ratio).toBe(0.5);
    expect(part.reason).toBe(
      '到期督办单 4 件，按期反馈 2 件，逾期反馈 1 件，未反馈 1 件，按期率 50%（逾期反馈：M1（2025-07-20 到期）；未反馈：M2（2025-08-01 到期））',
    );
    expect(part.summary).toBe('到期督办单 4 件中按期反馈 2 件，逾期反馈 1 件、未反馈 1 件');
  });
});

describe('the score', () => {
  const parts = (t: number | null, c: number | null, i: number | null, n: number | null) => [
    { kind: AssessmentPartKind.TIMELINESS, ratio: t, summary: 'ts', reason: 't' },
    { kind: AssessmentPartKind.COMPLETION, ratio: c, summary: 'cs', reason: 'c' },
    { kind: AssessmentPartKind.INDICATORS, ratio: i, summary: 'is', reason: 'i' },
    { kind: AssessmentPartKind.NOTICES, ratio: n, summary: 'ns', reason: 'n' },
  ];

  it('is the sum of ratio × weight over the parts', () => {
    const score = scoreParts(DEFAULT_WEIGHTS, parts(0.5, 1, 0.25, 1));
    expect(score.parts.map((p) => p.points)).toEqual([15, 30, 5, 20]);
    expect(score.score).toBe(70);
    expect(score.reason).toBe('得分 = 报送及时 15 + 任务完成 30 + 指标达成 5 + 督办响应 20 = 70');
    expect(score.parts[0]!.reason).toBe('t；得分 50% × 30 = 15');
  });

  it('shares a part’s weight out over the others in proportion when it does not apply, and says so', () => {
    const score = scoreParts(DEFAULT_WEIGHTS, parts(1, 0.5, 1, null));
    // 20 points of 督办响应 over 30 / 30 / 20: × 100/80.
    expect(score.parts.map((p) => p.effectiveWeight)).toEqual([37.5, 37.5, 25, 0]);
    expect(score.parts.map((p) => p.points)).toEqual([37.5, 18.8, 25, null]);
    expect(score.score).toBe(81.3);
    expect(score.parts[3]).toMatchObject({ applicable: false, reason: 'n；权重 20 分按比例分配给其他适用项' });
    expect(score.parts[1]!.reason).toBe(
      'c；得分 50% × 37.5 = 18.8（督办响应不适用，其权重 20 分按比例分入，权重 30 → 37.5）',
    );
  });

  it('is none when nothing applies', () => {
    const score = scoreParts(DEFAULT_WEIGHTS, parts(null, null, null, null));
    expect(score.score).toBeNull();
    expect(score.reason).toBe('考核期内无可考核事项，不参加排名');
  });

  it('ranks highest first, equal scores sharing a rank, no score no rank', () => {
    expect(rankScores([70, 90, 70, null, 50])).toEqual([2, 1, 2, null, 4]);
  });

  it('ranks ties as ties, zeros too, and the next rank skips (1, 1, 3)', () => {
    const ranks = rankScores([80, 80, 60, 0, 0, null]);
    expect(ranks).toEqual([1, 1, 3, 4, 4, null]);
    expect(ranks.map((rank) => rankText(rank, ranks))).toEqual([
      '并列第 1',
      '并列第 1',
      '第 3',
      '并列第 4',
      '并列第 4',
      '不参加排名',
    ]);
    const zeros = rankScores([0, 0, 0]);
    expect(zeros.map((rank) => rankText(rank, zeros))).toEqual(['并列第 1', '并列第 1', '并列第 1']);
  });

  it('says in one sentence where the score lost most, with that part’s own why', () => {
    const score = scoreParts(DEFAULT_WEIGHTS, parts(0.5, 1, 0.25, 1));
    // 报送及时 lost 15, 指标达成 15 too: the first of the heaviest losses speaks.
    expect(score.summary).toBe('得 70 分，失 30 分，最多在报送及时（失 15 分）：ts');
    expect(scoreParts(DEFAULT_WEIGHTS, parts(1, 1, 0.5, 1)).summary).toBe('得 90 分，失 10 分全在指标达成：is');
    expect(scoreParts(DEFAULT_WEIGHTS, parts(1, 1, null, null)).summary).toBe(
      '得 100 分，满分：报送及时、任务完成均未失分',
    );
    expect(scoreParts(DEFAULT_WEIGHTS, parts(null, null, null, null)).summary).toBe('考核期内无可考核事项，不参加排名');
    expect(score.parts.map((p) => p.summary)).toEqual(['ts', 'cs', 'is', 'ns']);
  });
});

describe('weights', () => {
  it('are whole numbers ≥ 0 that sum to 100', () => {
    expect(weightProblems(DEFAULT_WEIGHTS)).toEqual([]);
    expect(weightProblems({ timeliness: 30, completion: 30, indicators: 20, notices: 19 })).toEqual([
      { field: null, reason: '四项权重之和须为 100（现为 99）' },
    ]);
    expect(weightProblems({ timeliness: 50, completion: -10, indicators: 40, notices: 20 })).toEqual([
      { field: 'completion', reason: '「任务完成」的权重须为不小于 0 的整数（现为 -10）' },
    ]);
  });
});
