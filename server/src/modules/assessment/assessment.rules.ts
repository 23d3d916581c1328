import type { WorkingCalendar } from '../calendar';
import { covers, dueOnOf, periodRange, periodsBetween, ReportingCycle } from '../period';
import { type Schedule, WarningLevel } from '../supervision';
import { AssessmentPartKind } from './assessment.enum';

/**
 * The assessment rules (考核, docs/SUPERVISION.md), as pure functions: each part of a department's score is a ratio
 * 0..1 with its reason in Chinese; the parts are weighted, a part with nothing to judge is 不适用 and its weight is
 * shared out over the others in proportion, and the departments are ranked by score.
 */

export interface AssessmentWeights {
  timeliness: number;
  completion: number;
  indicators: number;
  notices: number;
}

/** The weights of a plan whose office has not set its own: 30 / 30 / 20 / 20. */
export const DEFAULT_WEIGHTS: Readonly<AssessmentWeights> = {
  timeliness: 30,
  completion: 30,
  indicators: 20,
  notices: 20,
};

export const PART_KINDS = [
  AssessmentPartKind.TIMELINESS,
  AssessmentPartKind.COMPLETION,
  AssessmentPartKind.INDICATORS,
  AssessmentPartKind.NOTICES,
] as const;

export const PART_NAME: Record<AssessmentPartKind, string> = {
  [AssessmentPartKind.TIMELINESS]: '报送及时',
  [AssessmentPartKind.COMPLETION]: '任务完成',
  [AssessmentPartKind.INDICATORS]: '指标达成',
  [AssessmentPartKind.NOTICES]: '督办响应',
};

export const WEIGHT_FIELD: Record<AssessmentPartKind, keyof AssessmentWeights> = {
  [AssessmentPartKind.TIMELINESS]: 'timeliness',
  [AssessmentPartKind.COMPLETION]: 'completion',
  [AssessmentPartKind.INDICATORS]: 'indicators',
  [AssessmentPartKind.NOTICES]: 'notices',
};

/** An indicator behind its path but within the red line (黄) counts half. */
export const YELLOW_INDICATOR_CREDIT = 0.5;

export const ASSESSMENT_RULE =
  '得分 = 各适用项（比例 × 权重）之和，满分 100。报送及时 = 考核期内截止的报送期中按时报送的比例（牵头措施，' +
  '每项措施每个报送期应报 1 期，方案印发前截止的不计；按报送日期判断，办公室补录的历史报告按原报送日期）；' +
  '任务完成 = 牵头及配合措施完成度与序时进度之比的平均值（不超过 1，已完成计 1；配合措施按该措施最新报告计）；' +
  `指标达成 = 负责指标中绿的计 1、黄的计 ${YELLOW_INDICATOR_CREDIT}、红或未填报的计 0 的平均值；` +
  '督办响应 = 考核期内到期的督办单中按期反馈的比例。无可考核事项的项目不适用，其权重按比例分配给其他适用项。得分相同者名次相同';

const round1 = (n: number) => Math.round(n * 10) / 10;
/** A ratio as a percentage with one decimal. */
export const percent = (ratio: number) => round1(ratio * 100);

/** Which stretch of time an assessment covers: a year, a quarter, a half, or the plan's term up to today. */
export interface AssessmentWindow {
  /** As asked: 2024, 2024-Q3, 2024-H1, or null for the whole term. */
  period: string | null;
  from: string;
  to: string;
  /** The day the standing of measures and indicators is read at: the window's end, or today if earlier. */
  asOf: string;
}

const PERIOD_PATTERN = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/;

/** The window of an assessment period; null when the period is not a year, quarter or half. */
export function assessmentWindow(
  period: string | null | undefined,
  plan: { startsOn: string; endsOn: string },
  today: string,
): AssessmentWindow | null {
  if (period == null || period === '') {
    const to = today;
    return { period: null, from: plan.startsOn, to, asOf: to < plan.endsOn ? to : plan.endsOn };
  }
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return null;
  const { start: from, end: to } = match[2]
    ? periodRange(period)
    : { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  return { period, from, to, asOf: to < today ? to : today };
}

/** One part's judgement before weighting. */
export interface PartJudgement {
  kind: AssessmentPartKind;
  /** 0..1; null when not applicable. */
  ratio: number | null;
  /** Why the part is what it is, in one plain sentence (按时报送 40 期中的 36 期). */
  summary: string;
  /** The details: every count and what it is made of. */
  reason: string;
  /** For 报送及时: the owed reports counted. */
  tally?: ReportingTally;
}

/** A part with nothing to judge (不适用), saying why. */
export const notApplicable = (kind: AssessmentPartKind, why: string): PartJudgement => ({
  kind,
  ratio: null,
  summary: `不适用：${why}`,
  reason: `${why}，不适用`,
});

/** Lists at most `max` items, then 等 n 项. */
function list(items: readonly string[], max = 5, unit = '项'): string {
  return items.length <= max ? items.join('、') : `${items.slice(0, max).join('、')} 等 ${items.length} ${unit}`;
}

// ---------------------------------------------------------------- 报送及时

/** A report owed: one period of one measure the department leads, its deadline, and when it first came in. */
export interface Obligation {
  measureCode: string;
  cycle: ReportingCycle;
  period: string;
  dueOn: string;
  /**
   * The day the first standing report covering the period was made (its 报送日期: the office's original date for
   * backfilled history, else the Beijing day it was submitted); null if none.
   */
  submittedOn: string | null;
}

/**
 * The reports a department owed on one measure within the window: every period of the plan's term (in the measure's
 * cycle) whose deadline falls in the window and has passed (deadline before today: a report due today may still come
 * in today), and came after the plan was issued (a plan issued in November 2022 but running from January cannot have
 * asked for reports due before it existed). A report counts for a period when it covers the period (the period
 * module's `covers`); the first to come in decides when it was submitted.
 */
export function obligationsOf(
  measureCode: string,
  plan: { startsOn: string; endsOn: string; issuedOn?: string | null },
  schedule: Schedule,
  window: AssessmentWindow,
  today: string,
  calendar: WorkingCalendar,
  reports: readonly { period: string; submittedOn: string }[],
  term: { since: string | null; until: string | null } = { since: null, until: null },
): Obligation[] {
  const owed: Obligation[] = [];
  for (const period of periodsBetween(plan.startsOn, plan.endsOn, schedule.cycle)) {
    const dueOn = dueOnOf(period, schedule.dueWorkingDay, calendar);
    if (dueOn < window.from || dueOn > window.to || dueOn >= today) continue;
    if (plan.issuedOn && dueOn <= plan.issuedOn) continue;
    // 方案调整: a period is owed by the lead in force on its due date, and by nobody once the measure is withdrawn.
    if ((term.since !== null && dueOn < term.since) || (term.until !== null && dueOn > term.until)) continue;
    const submittedOn =
      reports
        .filter((r) => covers(r.period, period))
        .map((r) => r.submittedOn)
        .sort()[0] ?? null;
    owed.push({ measureCode, cycle: schedule.cycle, period, dueOn, submittedOn });
  }
  return owed;
}

const CYCLE_UNIT: Record<ReportingCycle, string> = {
  [ReportingCycle.MONTHLY]: '个月',
  [ReportingCycle.QUARTERLY]: '个季度',
  [ReportingCycle.HALF_YEARLY]: '个半年',
};

/** What a count of owed reports is made of: the measures led × the periods each owes, and which periods. */
export interface ReportingTally {
  /** Leaf measures the department leads. */
  measuresLed: number;
  owed: number;
  /** Owed periods reported at all: onTime + late. */
  reported: number;
  onTime: number;
  late: number;
  missing: number;
  /** What the count is made of, e.g. 牵头 22 项措施 × 38 个月，2022-11 至 2025-12. */
  basis: string;
}

/**
 * Tallies owed reports and says what the count is made of: measures grouped by how many periods they owe in which
 * cycle (牵头 22 项措施 × 38 个月), with the first and last period, and what was left out before the plan was issued.
 */
export function tallyObligations(
  obligations: readonly Obligation[],
  measuresLed: number,
  plan?: { startsOn: string; issuedOn?: string | null },
  windowFrom?: string,
): ReportingTally {
  const late = obligations.filter((o) => o.submittedOn !== null && o.submittedOn > o.dueOn).length;
  const missing = obligations.filter((o) => o.submittedOn === null).length;
  const perMeasure = new Map<string, { cycle: ReportingCycle; count: number }>();
  for (const o of obligations) {
    const known = perMeasure.get(o.measureCode);
    perMeasure.set(o.measureCode, { cycle: o.cycle, count: (known?.count ?? 0) + 1 });
  }
  const groups = new Map<string, { cycle: ReportingCycle; count: number; measures: number }>();
  for (const { cycle, count } of perMeasure.values()) {
    const key = `${cycle}:${count}`;
    const group = groups.get(key) ?? { cycle, count, measures: 0 };
    group.measures += 1;
    groups.set(key, group);
  }
  const terms = [...groups.values()]
    .sort((a, b) => b.measures - a.measures || b.count - a.count)
    .map((g) => `${g.measures} 项 × ${g.count} ${CYCLE_UNIT[g.cycle]}`);
  const periods = obligations.map((o) => o.period).sort();
  const first = periods[0];
  const last = periods[periods.length - 1];
  const span = first === undefined ? '' : first === last ? `，${first}` : `，${first} 至 ${last}`;
  const idle = measuresLed - perMeasure.size;
  // Said only where it left something out: the window reaches back before the plan was issued.
  const beforeIssue =
    plan?.issuedOn && plan.issuedOn > plan.startsOn && (windowFrom === undefined || windowFrom <= plan.issuedOn)
      ? `；方案 ${plan.issuedOn} 印发，此前截止的各期不计`
      : '';
  const basis =
    obligations.length === 0
      ? `牵头措施 ${measuresLed} 项，无已截止的报送期`
      : `牵头 ${measuresLed} 项措施${
          terms.length === 1 && idle === 0 ? ` × ${terms[0]!.split(' × ')[1]}` : `：${terms.join(' + ')}`
        }${span}${beforeIssue}`;
  return {
    measuresLed,
    owed: obligations.length,
    reported: obligations.length - missing,
    onTime: obligations.length - late - missing,
    late,
    missing,
    basis,
  };
}

/** 报送及时: the share of owed reports in by their deadline. */
export function judgeTimeliness(
  obligations: readonly Obligation[],
  ledMeasures: number,
  plan?: { startsOn: string; issuedOn?: string | null },
  windowFrom?: string,
): PartJudgement {
  const kind = AssessmentPartKind.TIMELINESS;
  if (ledMeasures === 0) return notApplicable(kind, '未牵头措施，无应报报告');
  if (obligations.length === 0) return notApplicable(kind, `牵头措施 ${ledMeasures} 项，考核期内无已截止的报送期`);
  const tally = tallyObligations(obligations, ledMeasures, plan, windowFrom);
  const late = obligations.filter((o) => o.submittedOn !== null && o.submittedOn > o.dueOn);
  const missing = obligations.filter((o) => o.submittedOn === null);
  const ratio = tally.onTime / tally.owed;
  const label = (o: Obligation) => `${o.measureCode} ${o.period}`;
  const details = [
    late.length > 0 ? `逾期：${list(late.map(label), 5, '期')}` : '',
    missing.length > 0 ? `未报：${list(missing.map(label), 5, '期')}` : '',
  ].filter(Boolean);
  const faults = [
    late.length > 0 ? `逾期 ${late.length} 期` : '',
    missing.length > 0 ? `未报 ${missing.length} 期` : '',
  ]
    .filter(Boolean)
    .join('、');
  return {
    kind,
    ratio,
    summary: `按时报送 ${tally.owed} 期中的 ${tally.onTime} 期${faults ? `，${faults}` : '，全部按时'}`,
    reason:
      `应报 ${tally.owed} 期（${tally.basis}），已报 ${tally.reported} 期（按时 ${tally.onTime} 期、逾期 ${late.length} 期），未报 ${missing.length} 期，` +
      `按时率 ${percent(ratio)}%${details.length > 0 ? `（${details.join('；')}）` : ''}`,
    tally,
  };
}

// ---------------------------------------------------------------- 任务完成

/** A measure the department leads, as its own latest report by the assessment day left it. */
export interface LedMeasure {
  code: string;
  /** Percent complete of its latest report by the day; null when it had not reported. */
  percent: number | null;
  completed: boolean;
  /** A measure it takes part in (配合) rather than leads: judged by the measure's latest report, whoever filed it. */
  participant?: boolean;
}

/**
 * 任务完成: each measure's completion against the expected pace (序时进度) at the assessment day, capped at 1
 * (a measure reported COMPLETED counts 1; an unreported one 0); the part is their mean. The measures are those it
 * leads and those it takes part in: a participant answers for the measure's progress with its lead.
 */
export function judgeCompletion(measures: readonly LedMeasure[], expected: number, asOf: string): PartJudgement {
  const kind = AssessmentPartKind.COMPLETION;
  if (measures.length === 0) return notApplicable(kind, '未承担措施');
  const shares = measures.map((m) => (m.completed || expected <= 0 ? 1 : Math.min(1, (m.percent ?? 0) / expected)));
  const ratio = shares.reduce((a, b) => a + b, 0) / shares.length;
  const each = measures.map((m) => {
    const code = m.participant ? `${m.code}（配合）` : m.code;
    return m.completed ? `${code} 已完成` : m.percent === null ? `${code} 未报（按 0%）` : `${code} ${m.percent}%`;
  });
  const participated = measures.filter((m) => m.participant).length;
  const led = measures.length - participated;
  const onPace = shares.filter((share) => share >= 1).length;
  const summary =
    onPace === measures.length
      ? `承担的 ${measures.length} 项措施全部达到序时进度（${expected}%）`
      : onPace === 0
        ? `承担的 ${measures.length} 项措施均未达到序时进度（${expected}%），完成度平均为序时进度的 ${percent(ratio)}%`
        : `承担的 ${measures.length} 项措施中 ${onPace} 项达到序时进度（${expected}%），完成度平均为序时进度的 ${percent(ratio)}%`;
  const scope = [led > 0 ? `牵头措施 ${led} 项` : '', participated > 0 ? `配合措施 ${participated} 项` : '']
    .filter(Boolean)
    .join('、');
  return {
    kind,
    ratio,
    summary,
    reason:
      `${scope}，截至 ${asOf} 序时进度 ${expected}%；${list(each, 6)}；` +
      `完成度与序时进度之比（超过按 1 计）平均 ${percent(ratio)}%`,
  };
}

// ---------------------------------------------------------------- 指标达成

export interface JudgedIndicator {
  name: string;
  /** The indicator assessment's level at the assessment day (supervision's indicator-assessment rules). */
  level: WarningLevel;
  /** A qualitative target: not judged by numbers, left out. */
  qualitative: boolean;
}

/** 指标达成: green 1, yellow 0.5, red or no value yet 0; qualitative indicators are left out. */
export function judgeIndicators(indicators: readonly JudgedIndicator[], asOf: string): PartJudgement {
  const kind = AssessmentPartKind.INDICATORS;
  const judged = indicators.filter((i) => !i.qualitative);
  const qualitative = indicators.length - judged.length;
  const extra = qualitative > 0 ? `；另有定性指标 ${qualitative} 项不计` : '';
  if (judged.length === 0) return notApplicable(kind, `无负责的数值指标${extra}`);
  const count = (level: WarningLevel) => judged.filter((i) => i.level === level).length;
  const green = count(WarningLevel.GREEN);
  const yellow = count(WarningLevel.YELLOW);
  const red = count(WarningLevel.RED);
  const none = count(WarningLevel.GREY);
  const ratio = (green + yellow * YELLOW_INDICATOR_CREDIT) / judged.length;
  const behind = judged.filter((i) => i.level !== WarningLevel.GREEN).map((i) => i.name);
  const short = [
    yellow > 0 ? `${yellow} 项稍落后（黄）` : '',
    red > 0 ? `${red} 项明显落后（红）` : '',
    none > 0 ? `${none} 项未填报` : '',
  ].filter(Boolean);
  return {
    kind,
    ratio,
    summary:
      green === judged.length
        ? `负责的 ${judged.length} 项数值指标全部达到进度路径`
        : green === 0
          ? `负责的 ${judged.length} 项数值指标均未达到进度路径：${short.join('、')}`
          : `负责的 ${judged.length} 项数值指标中 ${green} 项达到进度路径，${short.join('、')}`,
    reason:
      `负责指标 ${judged.length} 项（截至 ${asOf}）：绿 ${green}、黄 ${yellow}、红 ${red}、未填报 ${none}，` +
      `达成率 (${green} + ${yellow}×${YELLOW_INDICATOR_CREDIT}) / ${judged.length} = ${percent(ratio)}%` +
      `${behind.length > 0 ? `（未达路径：${list(behind, 3)}）` : ''}${extra}`,
  };
}

// ---------------------------------------------------------------- 督办响应

export interface JudgedNotice {
  measureCode: string;
  dueOn: string;
  /** The day (Beijing time) of the reply that stands (RESPONDED or CLOSED); null when none stands. */
  answeredOn: string | null;
}

/** The notices judged in a window: reply date in the window and already passed (a reply due today may still come). */
export function noticeDueIn(dueOn: string, window: AssessmentWindow, today: string): boolean {
  return dueOn >= window.from && dueOn <= window.to && dueOn < today;
}

/** 督办响应: the share of notices due in the window that were answered by their reply date. */
export function judgeNotices(notices: readonly JudgedNotice[]): PartJudgement {
  const kind = AssessmentPartKind.NOTICES;
  if (notices.length === 0) return notApplicable(kind, '考核期内无到期的督办单');
  const late = notices.filter((n) => n.answeredOn !== null && n.answeredOn > n.dueOn);
  const unanswered = notices.filter((n) => n.answeredOn === null);
  const onTime = notices.length - late.length - unanswered.length;
  const ratio = onTime / notices.length;
  const label = (n: JudgedNotice) => `${n.measureCode}（${n.dueOn} 到期）`;
  const details = [
    late.length > 0 ? `逾期反馈：${list(late.map(label), 3, '件')}` : '',
    unanswered.length > 0 ? `未反馈：${list(unanswered.map(label), 3, '件')}` : '',
  ].filter(Boolean);
  const faults = [
    late.length > 0 ? `逾期反馈 ${late.length} 件` : '',
    unanswered.length > 0 ? `未反馈 ${unanswered.length} 件` : '',
  ]
    .filter(Boolean)
    .join('、');
  return {
    kind,
    ratio,
    summary: `到期督办单 ${notices.length} 件中按期反馈 ${onTime} 件${faults ? `，${faults}` : ''}`,
    reason:
      `到期督办单 ${notices.length} 件，按期反馈 ${onTime} 件，逾期反馈 ${late.length} 件，未反馈 ${unanswered.length} 件，` +
      `按期率 ${percent(ratio)}%${details.length > 0 ? `（${details.join('；')}）` : ''}`,
  };
}

// ---------------------------------------------------------------- 计分与排名

export interface ScoredPart {
  kind: AssessmentPartKind;
  name: string;
  /** The configured weight. */
  weight: number;
  /** The weight it carries here: the configured one, grown in proportion when other parts are not applicable. */
  effectiveWeight: number;
  ratio: number | null;
  points: number | null;
  applicable: boolean;
  /** Why, in one plain sentence. */
  summary: string;
  reason: string;
}

export interface Score {
  /** Why the score is what it is, in one plain sentence: where it lost most. */
  summary: string;
  /** Null when no part applies (nothing to judge). */
  score: number | null;
  parts: ScoredPart[];
  reason: string;
}

/**
 * Weighs the parts: points = ratio × effective weight, one decimal; a part that does not apply gets none and its
 * weight is shared out over the applicable parts in proportion to theirs; the score is the sum of the points.
 */
export function scoreParts(weights: AssessmentWeights, judgements: readonly PartJudgement[]): Score {
  const applicable = judgements.filter((j) => j.ratio !== null);
  const applicableWeight = applicable.reduce((sum, j) => sum + weights[WEIGHT_FIELD[j.kind]], 0);
  const idle = judgements.filter((j) => j.ratio === null);
  const idleWeight = idle.reduce((sum, j) => sum + weights[WEIGHT_FIELD[j.kind]], 0);
  const idleNames = idle.map((j) => PART_NAME[j.kind]).join('、');
  const scale = applicableWeight > 0 ? 100 / applicableWeight : 0;
  const parts = judgements.map((j): ScoredPart => {
    const weight = weights[WEIGHT_FIELD[j.kind]];
    const name = PART_NAME[j.kind];
    if (j.ratio === null || applicableWeight === 0) {
      return {
        kind: j.kind,
        name,
        weight,
        effectiveWeight: 0,
        ratio: j.ratio,
        points: null,
        applicable: false,
        summary: j.summary,
        reason:
          j.ratio === null
            ? `${j.reason}；权重 ${weight} 分${applicable.length > 0 ? '按比例分配给其他适用项' : '不计'}`
            : `${j.reason}；适用项权重合计为 0，不计分`,
      };
    }
    const effective = weight * scale;
    const points = round1(j.ratio * effective);
    const shared =
      idleWeight > 0 && weight > 0
        ? `（${idleNames}不适用，其权重 ${idleWeight} 分按比例分入，权重 ${weight} → ${round1(effective)}）`
        : '';
    return {
      kind: j.kind,
      name,
      weight,
      effectiveWeight: round1(effective),
      ratio: Math.round(j.ratio * 10000) / 10000,
      points,
      applicable: true,
      summary: j.summary,
      reason: `${j.reason}；得分 ${percent(j.ratio)}% × ${round1(effective)} = ${points}${shared}`,
    };
  });
  const scored = parts.filter((p) => p.points !== null);
  if (scored.length === 0) {
    const none = '考核期内无可考核事项，不参加排名';
    return { score: null, parts, summary: none, reason: none };
  }
  const score = round1(scored.reduce((sum, p) => sum + p.points!, 0));
  return {
    score,
    parts,
    summary: scoreSummary(score, scored),
    reason: `得分 = ${scored.map((p) => `${p.name} ${p.points}`).join(' + ')} = ${score}`,
  };
}

/** A score in one sentence: full marks, or how much was lost and where most of it went, with that part's own why. */
export function scoreSummary(score: number, scored: readonly ScoredPart[]): string {
  const losses = scored
    .map((p) => ({ part: p, lost: round1(p.effectiveWeight - (p.points ?? 0)) }))
    .filter((l) => l.lost > 0)
    .sort((a, b) => b.lost - a.lost);
  const worst = losses[0];
  if (!worst) return `得 ${score} 分，满分：${scored.map((p) => p.name).join('、')}均未失分`;
  const lost = round1(100 - score);
  return losses.length === 1
    ? `得 ${score} 分，失 ${lost} 分全在${worst.part.name}：${worst.part.summary}`
    : `得 ${score} 分，失 ${lost} 分，最多在${worst.part.name}（失 ${worst.lost} 分）：${worst.part.summary}`;
}

/** How a rank reads: 并列第 1 when another department holds the same rank, else 第 3; 不参加排名 without one. */
export function rankText(rank: number | null, ranks: readonly (number | null)[]): string {
  if (rank === null) return '不参加排名';
  return ranks.filter((r) => r === rank).length > 1 ? `并列第 ${rank}` : `第 ${rank}`;
}

/** Competition ranking by score, highest first: equal scores share a rank, the next rank skips (1, 1, 3); no score, no rank. */
export function rankScores(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((score) => (score === null ? null : scores.filter((s) => s !== null && s > score).length + 1));
}

/** Problems with a set of weights: each field a whole number ≥ 0, together 100. */
export function weightProblems(
  weights: AssessmentWeights,
): { field: keyof AssessmentWeights | null; reason: string }[] {
  const problems: { field: keyof AssessmentWeights | null; reason: string }[] = [];
  for (const kind of PART_KINDS) {
    const field = WEIGHT_FIELD[kind];
    const value = weights[field];
    if (!Number.isInteger(value) || value < 0) {
      problems.push({ field, reason: `「${PART_NAME[kind]}」的权重须为不小于 0 的整数（现为 ${value}）` });
    }
  }
  if (problems.length > 0) return problems;
  const sum = weights.timeliness + weights.completion + weights.indicators + weights.notices;
  if (sum !== 100) problems.push({ field: null, reason: `四项权重之和须为 100（现为 ${sum}）` });
  return problems;
}
