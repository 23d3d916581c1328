/** An indicator's path from baseline to target, its actual values and where the trend is heading. */
import { formatDateLong } from '../../lib/format';

export interface Observation {
  value: number;
  asOf: string;
}

export interface TrajectoryInput {
  baseline?: number | null;
  baselineYear?: number | null;
  target?: number | null;
  targetDate: string;
  direction: 'INCREASE' | 'DECREASE';
  observations: readonly Observation[];
}

export interface Trajectory {
  start: { date: string; value: number } | null;
  end: { date: string; value: number } | null;
  actual: Observation[];
  /** The value the trend of the last (up to) three values reaches on the target date; none once the plan ended. */
  projected: number | null;
  /** What the path says the value should be on the latest value's date. */
  expectedAtLatest: number | null;
  gap: string;
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(iso.slice(0, 10));
const round = (v: number) => Number(v.toFixed(2));

/**
 * The line from baseline to target; the projection is a least-squares line through the last three values. Once the
 * plan has ended (`ended`, from the server's Plan.phase) nothing is forecast: the final value stands against the target.
 */
export function trajectory(input: TrajectoryInput, unit = '', ended = false): Trajectory {
  const actual = [...input.observations].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const start =
    input.baseline != null && input.baselineYear != null
      ? { date: `${input.baselineYear}-12-31`, value: input.baseline }
      : null;
  const end = input.target != null ? { date: input.targetDate, value: input.target } : null;
  const latest = actual[actual.length - 1];
  const expectedAtLatest =
    start && end && latest
      ? round(
          start.value +
            ((end.value - start.value) * (time(latest.asOf) - time(start.date))) / (time(end.date) - time(start.date)),
        )
      : null;
  const points = actual.slice(-3);
  if (start && points.length < 3 && !points.some((p) => p.asOf === start.date))
    points.unshift({ value: start.value, asOf: start.date });
  let projected: number | null = null;
  if (!ended && points.length >= 2) {
    const xs = points.map((p) => time(p.asOf) / DAY);
    const ys = points.map((p) => p.value);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    const slope = sxx === 0 ? 0 : xs.reduce((a, x, i) => a + (x - mx) * ((ys[i] ?? 0) - my), 0) / sxx;
    const at = Math.max(time(input.targetDate) / DAY, xs[xs.length - 1] ?? 0);
    projected = round(my + slope * (at - mx));
  }
  const gap = ended ? describeFinal(input, latest, unit) : describeGap(input, latest, projected, unit);
  return { start, end, actual, projected, expectedAtLatest, gap };
}

const better = (input: TrajectoryInput, a: number, b: number) => (input.direction === 'INCREASE' ? a >= b : a <= b);

/** After the plan: the last value reported, against the target, met or not. */
function describeFinal(input: TrajectoryInput, latest: Observation | undefined, unit: string): string {
  const fmt = (v: number) => (unit ? `${v} ${unit}` : `${v}`);
  if (input.target == null) return '方案已结束，定性目标由评估组评定';
  if (!latest) return `方案已结束，未填报实际值，目标 ${fmt(input.target)}`;
  const final = `方案已结束：终值 ${fmt(latest.value)}（${formatDateLong(latest.asOf)}），目标 ${fmt(input.target)}`;
  return better(input, latest.value, input.target)
    ? `${final}，已达成`
    : `${final}，未达成，尚差 ${fmt(round(Math.abs(input.target - latest.value)))}`;
}

function describeGap(
  input: TrajectoryInput,
  latest: Observation | undefined,
  projected: number | null,
  unit: string,
): string {
  const fmt = (v: number) => (unit ? `${v} ${unit}` : `${v}`);
  if (input.target == null) return '定性目标';
  if (!latest) return '尚未填报实际值';
  if (better(input, latest.value, input.target)) return `已达到目标 ${fmt(input.target)}`;
  if (projected != null) {
    return better(input, projected, input.target)
      ? `按当前趋势，到期可达 ${fmt(projected)}，可完成目标`
      : `按当前趋势，到期约 ${fmt(projected)}，距目标 ${fmt(input.target)} 尚差 ${fmt(round(Math.abs(input.target - projected)))}`;
  }
  return `实际 ${fmt(latest.value)}，目标 ${fmt(input.target)}`;
}
