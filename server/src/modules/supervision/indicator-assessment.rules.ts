import { dayNumber } from '../calendar';
import { IndicatorDirection, TargetKind } from '../indicator';
import { WarningLevel } from './supervision.enum';

/** YELLOW: the latest value is behind its path, or the trend misses the target, by more than this share of the distance. */
export const INDICATOR_YELLOW_SHARE = 0.05;
/** RED: the latest value is behind its path by more than this share of the baseline→target distance. */
export const INDICATOR_RED_SHARE = 0.15;

export const INDICATOR_RULE =
  `路径：基期值（年末）到目标值（目标日期）的直线；无基期值时以首个实际值为起点。` +
  `落后量按基期至目标的差距计：落后路径超过 ${INDICATOR_RED_SHARE * 100}% 为红，超过 ${INDICATOR_YELLOW_SHARE * 100}% 或按趋势（最小二乘直线）期末预计未达目标超过 ${INDICATOR_YELLOW_SHARE * 100}% 为黄，否则绿；` +
  '目标日期之后按是否达到目标值判定（达到绿，未达红）';

export interface IndicatorFacts {
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetDate: string;
  direction: IndicatorDirection;
  targetKind: TargetKind;
  targetText: string;
}

export interface Observation {
  value: number;
  asOf: string;
}

export interface IndicatorAssessmentResult {
  level: WarningLevel;
  reason: string;
  /** The value the path expects today. */
  expected: number | null;
  /** The value the path expected on the latest value's date. */
  expectedAtLatest: number | null;
  actual: number | null;
  actualAsOf: string | null;
  /** The value at the target date on the least-squares line through the path's start and the values. */
  projected: number | null;
  target: number | null;
  targetDate: string;
  rule: string;
}

const round = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => String(round(n));
const pct = (share: number) => String(Math.round(share * 1000) / 10);

/** 指标评估: expected value on the baseline→target path, the latest actual, the projection, and the level. */
export function assessIndicator(
  indicator: IndicatorFacts,
  /** Newest date first, as the observations loader gives them. */
  observations: readonly Observation[],
  today: string,
  /** Where the path starts when the document gives a baseline but not its year: the plan's start. */
  planStartsOn: string,
): IndicatorAssessmentResult {
  const base: IndicatorAssessmentResult = {
    level: WarningLevel.GREY,
    reason: '',
    expected: null,
    expectedAtLatest: null,
    actual: null,
    actualAsOf: null,
    projected: null,
    target: indicator.target,
    targetDate: indicator.targetDate,
    rule: INDICATOR_RULE,
  };
  if (indicator.targetKind !== TargetKind.NUMERIC || indicator.target === null) {
    return { ...base, reason: `定性目标（${indicator.targetText}），不做数值预警` };
  }
  const target = indicator.target;
  // One value per date (the newest recorded for it), oldest first.
  const byDate = new Map<string, number>();
  for (const o of observations) if (!byDate.has(o.asOf)) byDate.set(o.asOf, o.value);
  const points = [...byDate.entries()]
    .map(([asOf, value]) => ({ asOf, value }))
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
  const start =
    indicator.baseline !== null
      ? {
          asOf: indicator.baselineYear === null ? planStartsOn : `${indicator.baselineYear}-12-31`,
          value: indicator.baseline,
        }
      : (points[0] ?? null);
  const latest = points.at(-1) ?? null;
  const end = dayNumber(indicator.targetDate);
  const along = (date: string) => {
    if (!start) return null;
    const from = dayNumber(start.asOf);
    const share = end <= from ? 1 : Math.min(1, Math.max(0, (dayNumber(date) - from) / (end - from)));
    return start.value + (target - start.value) * share;
  };
  const expected = along(today);
  if (!latest) {
    return {
      ...base,
      expected: expected === null ? null : round(expected),
      reason: `尚未填报实际值（目标 ${fmt(target)}）`,
    };
  }
  const expectedAtLatest = along(latest.asOf)!;
  const fit = [...(start && indicator.baseline !== null ? [start] : []), ...points];
  const projected = latest.asOf >= indicator.targetDate ? latest.value : leastSquaresAt(fit, end);
  const span = Math.abs(target - start!.value) || Math.abs(target) || 1;
  const worseBy = (value: number, reference: number) =>
    indicator.direction === IndicatorDirection.INCREASE ? reference - value : value - reference;
  const result = {
    ...base,
    expected: round(expected!),
    expectedAtLatest: round(expectedAtLatest),
    actual: latest.value,
    actualAsOf: latest.asOf,
    projected: projected === null ? null : round(projected),
  };
  const actualText = `实际 ${fmt(latest.value)}（${latest.asOf}）`;
  if (today > indicator.targetDate || latest.asOf >= indicator.targetDate) {
    const met = worseBy(latest.value, target) <= 0;
    return {
      ...result,
      level: met ? WarningLevel.GREEN : WarningLevel.RED,
      reason: `目标 ${fmt(target)}（${indicator.targetDate}），${actualText}，${met ? '已达成' : '未达成'}`,
    };
  }
  const rawGap = worseBy(latest.value, expectedAtLatest) / span;
  // Exactly on the path (or on a threshold) is exactly there, whatever floating-point arithmetic leaves over.
  const gap = Math.round(rawGap * 1e9) / 1e9;
  const projectedGap = projected === null ? null : Math.round((worseBy(projected, target) / span) * 1e9) / 1e9;
  const projection = projected === null ? '' : `；按趋势期末预计 ${fmt(projected)}，目标 ${fmt(target)}`;
  const position = gap > 0 ? `落后路径 ${pct(gap)}%` : gap < 0 ? `领先路径 ${pct(-gap)}%` : '正在路径上';
  const reason = `应达 ${fmt(expectedAtLatest)}，${actualText}，${position}${projection}`;
  const level =
    gap > INDICATOR_RED_SHARE
      ? WarningLevel.RED
      : gap > INDICATOR_YELLOW_SHARE || (projectedGap !== null && projectedGap > INDICATOR_YELLOW_SHARE)
        ? WarningLevel.YELLOW
        : WarningLevel.GREEN;
  return { ...result, level, reason };
}

/** The least-squares line through the points, read at day `x`; null with fewer than two distinct dates. */
function leastSquaresAt(points: readonly Observation[], x: number): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => dayNumber(p.asOf));
  const ys = points.map((p) => p.value);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (sxx === 0) return null;
  return my + (sxy / sxx) * (x - mx);
}
