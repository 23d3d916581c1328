import type { ReportingTally } from '../assessment';
import { IndicatorDirection, TargetKind, targetRevisedNote } from '../indicator';
import { IndicatorVerdict, MeasureVerdict } from './evaluation.enum';

/**
 * 终期评估: pure verdicts. Each returns its reason in Chinese; docs/SUPERVISION.md (终期评估) states these rules.
 * Before the plan's end the same rules run on what is known today (中期评估, `final` false).
 */

export interface IndicatorFacts {
  name: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  targetKind: TargetKind;
  targetText: string;
  direction: IndicatorDirection;
  /** 调整前: targets revisions replaced; the judgement uses `target`, the one in force. */
  targetHistory?: readonly { target: number | null; targetText: string; until: string; revisionNumber: number }[];
}

export interface Observation {
  value: number;
  asOf: string;
}

export interface IndicatorJudgement {
  verdict: IndicatorVerdict;
  finalValue: number | null;
  finalAsOf: string | null;
  /** 达成率: final value ÷ target (target ÷ value when lower is better), in percent, one decimal. */
  achievementPercent: number | null;
  /** Share of the baseline→target distance covered, in percent; null without a baseline. */
  progressPercent: number | null;
  reason: string;
}

export const INDICATOR_EVALUATION_RULE =
  '终值取方案截止日（含）当日或之前日期最新的实际值（同一日期取最后录入的一条）；截止日之后日期的值不替代它。' +
  '截止日及之前没有实际值时，取截止日之后最早的一条并注明。' +
  '数值目标：终值达到目标（越大越好时 ≥ 目标，越小越好时 ≤ 目标）为达成，否则未达成；无实际值为无数据；定性目标为定性，由评估组据工作报告评定。' +
  '达成率 = 终值 ÷ 目标值（越小越好时为 目标值 ÷ 终值）。';

export const MEASURE_EVALUATION_RULE =
  '按进度汇总规则（牵头部门最新报告的平均值，无牵头部门报告时取参与部门）：完成 100% 为已完成，低于 100% 为未完成，从未填报为未填报。';

const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => String(Math.round(n * 100) / 100);
const withUnit = (n: number, unit: string | null) => (unit ? `${fmt(n)} ${unit}` : fmt(n));

/**
 * The observation that stands for the end of the term: the newest dated on or before `endsOn` (for one date, the
 * newest recorded: observations come newest date first, newest recorded first); when there is none, the earliest
 * dated after it (a value recorded in the evaluation window), flagged `afterEnd`.
 */
export function finalObservation(
  observations: readonly Observation[],
  endsOn: string,
): (Observation & { afterEnd: boolean }) | null {
  const within = observations.find((o) => o.asOf <= endsOn);
  if (within) return { ...within, afterEnd: false };
  const after = observations.filter((o) => o.asOf > endsOn);
  const earliest = after.reduce<Observation | null>(
    (best, o) => (best === null || o.asOf < best.asOf ? o : best),
    null,
  );
  // For the earliest date, the newest recorded is the first of that date in the given order.
  const first = earliest && after.find((o) => o.asOf === earliest.asOf)!;
  return first ? { ...first, afterEnd: true } : null;
}

/** 达成率: value ÷ target, or target ÷ value when lower is better; null where the ratio means nothing. */
export function achievementOf(value: number, target: number, direction: IndicatorDirection): number | null {
  if (direction === IndicatorDirection.DECREASE) {
    if (value <= 0) return value <= target ? 100 : null;
    return round1((target / value) * 100);
  }
  if (target === 0) return null;
  return round1((value / target) * 100);
}

/** An indicator's verdict at the end of the term (`final`), or as of today before it. */
export function judgeIndicator(
  indicator: IndicatorFacts,
  /** Newest date first, newest recorded first within a date (as the observations loader gives them). */
  observations: readonly Observation[],
  endsOn: string,
  final: boolean,
): IndicatorJudgement {
  const chosen = finalObservation(observations, endsOn);
  const base = {
    finalValue: chosen?.value ?? null,
    finalAsOf: chosen?.asOf ?? null,
    achievementPercent: null,
    progressPercent: null,
  };
  const valueWord = final ? '终值' : '最新值';
  const afterEnd = chosen?.afterEnd ? `（截止日前无实际值，取截止日后最早的值）` : '';
  if (indicator.targetKind !== TargetKind.NUMERIC || indicator.target === null) {
    const latest = chosen
      ? `；${valueWord} ${withUnit(chosen.value, indicator.unit)}（${chosen.asOf}）${afterEnd}`
      : '';
    return {
      ...base,
      verdict: IndicatorVerdict.QUALITATIVE,
      reason: `定性目标（${indicator.targetText}）${targetRevisedNote(indicator)}，由评估组据工作报告评定${latest}`,
    };
  }
  const target = indicator.target;
  const targetText = `目标 ${withUnit(target, indicator.unit)}${targetRevisedNote(indicator)}`;
  if (!chosen) {
    return {
      ...base,
      verdict: IndicatorVerdict.NO_DATA,
      reason: `${targetText}，${final ? `截至方案截止日（${endsOn}）` : '截至今日'}未填报实际值`,
    };
  }
  const better = indicator.direction === IndicatorDirection.INCREASE;
  const met = better ? chosen.value >= target : chosen.value <= target;
  const achievementPercent = achievementOf(chosen.value, target, indicator.direction);
  const progressPercent =
    indicator.baseline === null || indicator.baseline === target
      ? null
      : round1(((chosen.value - indicator.baseline) / (target - indicator.baseline)) * 100);
  const parts = [
    targetText,
    `${valueWord} ${withUnit(chosen.value, indicator.unit)}（${chosen.asOf}）${afterEnd}`,
    ...(achievementPercent === null ? [] : [`达成 ${achievementPercent}%`]),
    ...(progressPercent === null
      ? []
      : [`较基期 ${withUnit(indicator.baseline!, indicator.unit)} 完成目标增量的 ${progressPercent}%`]),
  ];
  if (!met) {
    const gap = Math.abs(target - chosen.value);
    parts.push(`${better ? '差' : '超出'} ${withUnit(gap, indicator.unit)}${final ? '，未达成' : '，尚未达到目标'}`);
  } else if (!better) {
    parts.push('不高于目标，达成');
  }
  return {
    ...base,
    verdict: met ? IndicatorVerdict.MET : IndicatorVerdict.NOT_MET,
    achievementPercent,
    progressPercent,
    reason: parts.join('，'),
  };
}

export interface MeasureProgressFacts {
  percent: number;
  /** How many of its parts have reported (a leaf: 1 or 0). */
  reported: number;
  /** The roll-up's own words for how the percent was computed. */
  rule: string;
}

/** A measure's verdict from its roll-up progress. */
export function judgeMeasure(
  progress: MeasureProgressFacts,
  final: boolean,
): { verdict: MeasureVerdict; reason: string } {
  if (progress.reported === 0) {
    return {
      verdict: MeasureVerdict.NOT_REPORTED,
      reason: `${final ? '方案期内' : '截至今日'}从未填报进度，按 0% 计`,
    };
  }
  if (progress.percent >= 100) {
    return { verdict: MeasureVerdict.COMPLETED, reason: `完成 100%，已完成（${progress.rule}）` };
  }
  return {
    verdict: MeasureVerdict.NOT_COMPLETED,
    reason: `完成 ${fmt(progress.percent)}%，${final ? '未完成' : '尚未完成'}（${progress.rule}）`,
  };
}

export interface DepartmentFacts {
  measuresLed: number;
  measuresCompleted: number;
  reportsFiled: number;
  /** Owed periods never reported: 考核's 未报 over the whole term. */
  periodsMissed: number;
  /** The owed reports as 考核's 报送及时 counts them over the whole term. */
  reporting: ReportingTally;
  noticesReceived: number;
  noticesOpen: number;
  noticesOverdue: number;
  indicatorsOwned: number;
  indicatorsMet: number;
  indicatorsNotMet: number;
}

/**
 * A department's record in words, e.g. 牵头 3 项措施，完成 1 项；应报 36 期（…），按时 30 期、逾期 4 期、未报 2 期；
 * 共提交报告 40 份（含配合措施的报告）；… The periods are counted as 考核 counts them; the reports filed are rows,
 * so they say so.
 */
export function departmentReason(facts: DepartmentFacts): string {
  const r = facts.reporting;
  const periods =
    r.owed === 0
      ? facts.measuresLed === 0
        ? ''
        : '无已截止的报送期'
      : `应报 ${r.owed} 期（${r.basis}），已报 ${r.reported} 期（按时 ${r.onTime} 期、逾期 ${r.late} 期），未报 ${r.missing} 期`;
  const parts = [
    facts.measuresLed === 0 ? '未牵头措施' : `牵头 ${facts.measuresLed} 项措施，完成 ${facts.measuresCompleted} 项`,
    ...(periods ? [periods] : []),
    `共提交报告 ${facts.reportsFiled} 份${facts.reportsFiled > 0 ? '（含配合措施的报告，同一期可有多份）' : ''}`,
  ];
  if (facts.noticesReceived > 0) {
    const open = facts.noticesOpen > 0 ? `，未办结 ${facts.noticesOpen} 件` : '，均已办结';
    const overdue = facts.noticesOverdue > 0 ? `（逾期 ${facts.noticesOverdue} 件）` : '';
    parts.push(`收到督办单 ${facts.noticesReceived} 件${open}${overdue}`);
  }
  if (facts.indicatorsOwned > 0) {
    const other = facts.indicatorsOwned - facts.indicatorsMet - facts.indicatorsNotMet;
    parts.push(
      `负责指标 ${facts.indicatorsOwned} 项（达成 ${facts.indicatorsMet}、未达成 ${facts.indicatorsNotMet}${other > 0 ? `、定性或无数据 ${other}` : ''}）`,
    );
  }
  return parts.join('；');
}

/** The headline: what kind of evaluation this is and the period it covers. */
export function evaluationHeading(
  plan: { startsOn: string; endsOn: string },
  today: string,
): {
  final: boolean;
  reason: string;
} {
  const final = today > plan.endsOn;
  return {
    final,
    reason: final
      ? `终期评估：方案期 ${plan.startsOn} 至 ${plan.endsOn} 已结束，评估日 ${today}`
      : `中期评估（截至今日 ${today}）：方案期至 ${plan.endsOn}，结论为截至今日的情况`,
  };
}
