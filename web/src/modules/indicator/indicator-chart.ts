/** The indicator chart's option, as pure functions: a year axis with each year once, and only the lines drawn. */
import type { PlanPhase } from '../../gql/graphql';
import type { ChartOption } from '../../ui/EChart';
import { FONT } from '../../ui/font';
import type { Trajectory } from './trajectory';

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Where a date sits on the year axis, in years, counted so that a year's last day is the whole number: 2023-12-31 →
 * 2023, 2024-06-30 → about 2023.5. Indicators are year-end figures (基期 2021 is the value at the end of 2021), so a
 * tick labelled 2023 stands at the end of 2023 and the baseline and the target sit exactly on their year.
 */
export function yearPosition(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 0)) / 86_400_000;
  return y - 1 + dayOfYear / (isLeap(y) ? 366 : 365);
}

/** At most this many year ticks: a long plan counts in steps of 2, 5… years. */
const MAX_TICKS = 8;

/**
 * The year axis over the given dates: whole years from the year of the first to the year of the last (a date inside
 * a year widens the axis to that year's end), one tick per year (or per few years on a long span), never repeated.
 */
export function yearAxis(dates: readonly string[]): { min: number; max: number; interval: number; years: number[] } {
  if (dates.length === 0) return { min: 0, max: 1, interval: 1, years: [0, 1] };
  const positions = dates.map(yearPosition);
  const min = Math.floor(Math.min(...positions));
  let max = Math.ceil(Math.max(...positions));
  if (max === min) max = min + 1;
  const interval = Math.max(1, Math.ceil((max - min) / (MAX_TICKS - 1)));
  // The last tick must be a whole step from the first, or ECharts draws an unlabelled half step.
  max = min + Math.ceil((max - min) / interval) * interval;
  const years = Array.from({ length: (max - min) / interval + 1 }, (_, i) => min + i * interval);
  return { min, max, interval, years };
}

/** The label of a year tick: the year, or nothing between whole years (there are none with yearAxis's interval). */
export function yearLabel(value: number): string {
  return Number.isInteger(value) ? String(value) : '';
}

export interface IndicatorChartInput {
  trajectory: Trajectory;
  unit: string;
  /** The plan's phase from the server: after the end nothing is forecast. */
  phase: PlanPhase;
  targetDate: string;
  dark?: boolean;
  /** Larger type for the wall display. */
  fontSize?: number;
}

type Point = [number, number, string];
/** Room on the x axis beyond the first and last labelled year, in steps. */
const X_PADDING = 0.3;
const point = (date: string, value: number): Point => [yearPosition(date), value, date];

/**
 * The chart: the planned path (baseline → target) where the document gives a baseline, the actual values, the target
 * as a marked point, and while the plan runs the trend to the target date. The legend lists exactly the lines drawn,
 * in its own band above the plot, so no marker covers it.
 */
export function indicatorChartOption(input: IndicatorChartInput): ChartOption {
  const { trajectory: t, unit, phase } = input;
  const text = input.dark ? '#e6edf7' : '#262626';
  const grid = input.dark ? '#2b3a55' : '#f0f0f0';
  const fontSize = input.fontSize ?? 12;
  const withUnit = (v: number) => `${v}${unit ? ` ${unit}` : ''}`;
  const latest = t.actual[t.actual.length - 1];
  const series: Record<string, unknown>[] = [];
  if (t.start && t.end) {
    series.push({
      name: '规划路径',
      type: 'line',
      symbol: 'none',
      lineStyle: { type: 'dashed', color: '#8c8c8c', width: 2 },
      itemStyle: { color: '#8c8c8c' },
      data: [point(t.start.date, t.start.value), point(t.end.date, t.end.value)],
    });
  }
  if (t.actual.length > 0) {
    series.push({
      name: '实际值',
      type: 'line',
      symbolSize: fontSize * 0.7,
      lineStyle: { width: 3, color: '#1677ff' },
      itemStyle: { color: '#1677ff' },
      label: { show: input.dark ?? false, color: text, position: 'top', fontSize, formatter: '{@[1]}' },
      data: t.actual.map((o) => point(o.asOf, o.value)),
    });
  }
  if (phase !== 'ENDED' && latest && t.projected != null) {
    series.push({
      name: '趋势预测',
      type: 'line',
      symbol: 'circle',
      symbolSize: fontSize * 0.5,
      lineStyle: { type: 'dotted', color: '#d48806', width: 2 },
      itemStyle: { color: '#d48806' },
      data: [point(latest.asOf, latest.value), point(input.targetDate, t.projected)],
    });
  }
  if (t.end) {
    series.push({
      name: '目标',
      type: 'line',
      symbol: 'diamond',
      symbolSize: fontSize * 1.2,
      itemStyle: { color: '#cf1322' },
      label: { show: true, position: 'left', color: text, fontSize, formatter: `目标 ${withUnit(t.end.value)}` },
      data: [point(t.end.date, t.end.value)],
    });
  }
  const dates = [
    ...(t.start ? [t.start.date] : []),
    ...t.actual.map((o) => o.asOf),
    ...(t.end ? [t.end.date] : [input.targetDate]),
  ];
  const axis = yearAxis(dates);
  return {
    animationDuration: 600,
    textStyle: { fontFamily: FONT, color: text, fontSize },
    // The legend has its own band (top); the plot starts below it, so the target's marker cannot reach it.
    legend: {
      top: 0,
      left: 0,
      itemGap: fontSize,
      textStyle: { color: text, fontSize },
      data: series.map((s) => s.name as string),
    },
    grid: { left: 8, right: fontSize * 1.5, top: fontSize * 3.6, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; data: Point }) => `${p.seriesName}：${p.data[2]} ${withUnit(p.data[1])}`,
    },
    xAxis: {
      type: 'value',
      // A little room beyond the first and last year, so that a point's label does not sit on the y axis's labels;
      // the ticks and labels are the years themselves, each once.
      min: axis.min - X_PADDING * axis.interval,
      max: axis.max + X_PADDING * axis.interval,
      axisTick: { customValues: axis.years },
      axisLabel: { color: text, fontSize, formatter: yearLabel, customValues: axis.years },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: text, fontSize },
      splitLine: { lineStyle: { color: grid } },
    },
    series,
  };
}
