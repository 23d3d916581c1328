import { describe, expect, it } from 'vitest';
import { IndicatorDirection, TargetKind } from '../indicator';
import { IndicatorVerdict, MeasureVerdict } from './evaluation.enum';
import {
  achievementOf,
  departmentReason,
  evaluationHeading,
  finalObservation,
  type IndicatorFacts,
  judgeIndicator,
  judgeMeasure,
} from './evaluation.rules';

const END = '2025-12-31';
const patents: IndicatorFacts = {
  name: '每万人发明专利拥有量',
  unit: '件',
  baseline: null,
  target: 7.6,
  targetKind: TargetKind.NUMERIC,
  targetText: '提高至7.6件',
  direction: IndicatorDirection.INCREASE,
};
const vacancy: IndicatorFacts = {
  name: '专利审查周期',
  unit: '月',
  baseline: 20,
  target: 15,
  targetKind: TargetKind.NUMERIC,
  targetText: '压减至15个月',
  direction: IndicatorDirection.DECREASE,
};

describe('the final value of an indicator', () => {
  it('is the newest value dated on or before the end date; a later date does not replace it', () => {
    const observations = [
      { value: 8.3, asOf: '2026-01-05' },
      { value: 8.1, asOf: '2025-12-31' },
      { value: 7.0, asOf: '2024-12-31' },
    ];
    expect(finalObservation(observations, END)).toEqual({ value: 8.1, asOf: '2025-12-31', afterEnd: false });
  });

  it('falls back to the earliest value after the end date when none is dated within the term', () => {
    const observations = [
      { value: 8.6, asOf: '2026-03-01' },
      { value: 8.3, asOf: '2026-01-05' },
      { value: 8.2, asOf: '2026-01-05' },
    ];
    expect(finalObservation(observations, END)).toEqual({ value: 8.3, asOf: '2026-01-05', afterEnd: true });
    expect(finalObservation([], END)).toBeNull();
  });
});

describe('an indicator verdict', () => {
  it('says a numeric target met, with the achievement rate', () => {
    const judged = judgeIndicator(patents, [{ value: 8.1, asOf: END }], END, true);
    expect(judged).toMatchObject({ verdict: IndicatorVerdict.MET, finalValue: 8.1, achievementPercent: 106.6 });
    expect(judged.reason).toBe('目标 7.6 件，终值 8.1 件（2025-12-31），达成 106.6%');
  });

  it('says a numeric target not met, and by how much', () => {
    const judged = judgeIndicator(patents, [{ value: 6.9, asOf: END }], END, true);
    expect(judged.verdict).toBe(IndicatorVerdict.NOT_MET);
    expect(judged.reason).toBe('目标 7.6 件，终值 6.9 件（2025-12-31），达成 90.8%，差 0.7 件，未达成');
  });

  it('judges a lower-is-better indicator the other way, with progress from its baseline', () => {
    const met = judgeIndicator(vacancy, [{ value: 14, asOf: END }], END, true);
    expect(met).toMatchObject({ verdict: IndicatorVerdict.MET, achievementPercent: 107.1, progressPercent: 120 });
    const missed = judgeIndicator(vacancy, [{ value: 17, asOf: END }], END, true);
    expect(missed).toMatchObject({ verdict: IndicatorVerdict.NOT_MET, achievementPercent: 88.2, progressPercent: 60 });
    expect(missed.reason).toContain('超出 2 月，未达成');
  });

  it('has no data without a value, and leaves a qualitative target to the evaluators', () => {
    expect(judgeIndicator(patents, [], END, true)).toMatchObject({
      verdict: IndicatorVerdict.NO_DATA,
      reason: '目标 7.6 件，截至方案截止日（2025-12-31）未填报实际值',
    });
    const qualitative = judgeIndicator(
      { ...patents, target: null, targetKind: TargetKind.QUALITATIVE, targetText: '显著增长' },
      [{ value: 120, asOf: '2025-06-30' }],
      END,
      true,
    );
    expect(qualitative.verdict).toBe(IndicatorVerdict.QUALITATIVE);
    expect(qualitative.reason).toBe('定性目标（显著增长），由评估组据工作报告评定；终值 120 件（2025-06-30）');
  });

  it('before the end says where the indicator stands today', () => {
    const judged = judgeIndicator(patents, [{ value: 6.9, asOf: '2025-06-30' }], END, false);
    expect(judged.verdict).toBe(IndicatorVerdict.NOT_MET);
    expect(judged.reason).toContain('最新值 6.9 件（2025-06-30）');
    expect(judged.reason).toContain('尚未达到目标');
  });

  it('computes no achievement rate where the ratio means nothing', () => {
    expect(achievementOf(5, 0, IndicatorDirection.INCREASE)).toBeNull();
    expect(achievementOf(0, 0, IndicatorDirection.DECREASE)).toBe(100);
    expect(achievementOf(0, -1, IndicatorDirection.DECREASE)).toBeNull();
  });
});

describe('a measure verdict', () => {
  it('is completed at 100 %, not completed below, not reported without any report', () => {
    expect(judgeMeasure({ percent: 100, reported: 1, rule: '按牵头部门最新报告' }, true)).toEqual({
      verdict: MeasureVerdict.COMPLETED,
      reason: '完成 100%，已完成（按牵头部门最新报告）',
    });
    expect(judgeMeasure({ percent: 60, reported: 1, rule: 'r' }, true)).toEqual({
      verdict: MeasureVerdict.NOT_COMPLETED,
      reason: '完成 60%，未完成（r）',
    });
    expect(judgeMeasure({ percent: 0, reported: 0, rule: 'r' }, true).verdict).toBe(MeasureVerdict.NOT_REPORTED);
  });
});

describe('the record of a department and the heading', () => {
  it('says the record in words, the periods owed as 考核 counts them and the reports filed as reports', () => {
    expect(
      departmentReason({
        measuresLed: 3,
        measuresCompleted: 1,
        reportsFiled: 12,
        periodsMissed: 2,
        reporting: {
          measuresLed: 3,
          owed: 12,
          reported: 10,
          onTime: 8,
          late: 2,
          missing: 2,
          basis: '牵头 3 项措施 × 4 个季度，2025-Q1 至 2025-Q4',
        },
        noticesReceived: 2,
        noticesOpen: 1,
        noticesOverdue: 1,
        indicatorsOwned: 3,
        indicatorsMet: 1,
        indicatorsNotMet: 1,
      }),
    ).toBe(
      '牵头 3 项措施，完成 1 项；应报 12 期（牵头 3 项措施 × 4 个季度，2025-Q1 至 2025-Q4），已报 10 期（按时 8 期、逾期 2 期），未报 2 期；' +
        '共提交报告 12 份（含配合措施的报告，同一期可有多份）；收到督办单 2 件，未办结 1 件（逾期 1 件）；负责指标 3 项（达成 1、未达成 1、定性或无数据 1）',
    );
  });

  it('is final only after the end date', () => {
    const plan = { startsOn: '2022-01-01', endsOn: END };
    expect(evaluationHeading(plan, END).final).toBe(false);
    expect(evaluationHeading(plan, '2026-01-01').final).toBe(true);
  });
});
