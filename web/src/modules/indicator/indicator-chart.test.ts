import { describe, expect, it } from 'vitest';
import { indicatorChartOption, yearAxis, yearLabel, yearPosition } from './indicator-chart';
import { trajectory } from './trajectory';

const patents = {
  baseline: 5,
  baselineYear: 2021,
  target: 10,
  targetDate: '2025-12-31',
  direction: 'INCREASE' as const,
  observations: [
    { value: 6, asOf: '2022-12-31' },
    { value: 7, asOf: '2023-12-31' },
    { value: 7.5, asOf: '2024-06-30' },
  ],
};

/** The labels the chart draws on the year axis: one per year it lists. */
const ticks = (axis: { years: number[] }) => axis.years.map(yearLabel);

type Series = { name: string; data: unknown[] };
const option = (phase: 'BEFORE' | 'RUNNING' | 'ENDED', input = patents) =>
  indicatorChartOption({
    trajectory: trajectory(input, '件', phase === 'ENDED'),
    unit: '件',
    phase,
    targetDate: input.targetDate,
  }) as {
    series: Series[];
    legend: { data: string[] };
    xAxis: { min: number; max: number; axisLabel: { customValues: number[] }; axisTick: { customValues: number[] } };
  };

describe('the year axis of an indicator chart', () => {
  it('puts a year’s last day on the whole year, and a mid-year date inside that year', () => {
    expect(yearPosition('2021-12-31')).toBe(2021);
    expect(yearPosition('2024-12-31')).toBe(2024);
    expect(yearPosition('2024-06-30')).toBeGreaterThan(2023.4);
    expect(yearPosition('2024-06-30')).toBeLessThan(2023.6);
    expect(yearPosition('2025-01-01')).toBeGreaterThan(2024);
  });

  it('labels each year once, from the baseline year to the target year', () => {
    const axis = yearAxis(['2021-12-31', '2023-12-31', '2024-06-30', '2025-12-31']);
    expect(axis).toMatchObject({ min: 2021, max: 2025, interval: 1 });
    expect(ticks(axis)).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('widens a date inside a year to that year’s end, and never shows a one-tick axis', () => {
    expect(yearAxis(['2022-03-31', '2022-09-30']).years).toEqual([2021, 2022]);
    expect(yearAxis(['2023-12-31']).years).toEqual([2023, 2024]);
  });

  it('counts a long span in steps of several years, still each label once and the last on a whole step', () => {
    const axis = yearAxis(['2010-12-31', '2035-12-31']);
    const labels = ticks(axis);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBeLessThanOrEqual(8);
    expect(axis.max).toBeGreaterThanOrEqual(2035);
    expect((axis.max - axis.min) % axis.interval).toBe(0);
    expect(axis.years[axis.years.length - 1]).toBe(axis.max);
  });
});

describe('the lines of an indicator chart', () => {
  it('while the plan runs: the planned path, the actual values, the trend and the target, each in the legend', () => {
    const o = option('RUNNING');
    expect(o.series.map((s) => s.name)).toEqual(['规划路径', '实际值', '趋势预测', '目标']);
    expect(o.legend.data).toEqual(o.series.map((s) => s.name));
    for (const s of o.series) expect(s.data.length).toBeGreaterThan(0);
    const path = o.series.find((s) => s.name === '规划路径')?.data as [number, number][];
    expect(path.map((p) => p.slice(0, 2))).toEqual([
      [2021, 5],
      [2025, 10],
    ]);
  });

  it('after the plan’s end: no trend, and the caption gives the final value against the target', () => {
    const o = option('ENDED');
    expect(o.series.map((s) => s.name)).toEqual(['规划路径', '实际值', '目标']);
    expect(o.legend.data).toEqual(['规划路径', '实际值', '目标']);
    const t = trajectory(patents, '件', true);
    expect(t.projected).toBeNull();
    expect(t.gap).toBe('方案已结束：终值 7.5 件（2024年6月30日），目标 10 件，未达成，尚差 2.5 件');
    expect(t.gap).not.toContain('按当前趋势');
  });

  it('after the end, a final value at or beyond the target is called met', () => {
    const met = { ...patents, observations: [{ value: 10.4, asOf: '2025-12-31' }] };
    expect(trajectory(met, '件', true).gap).toBe('方案已结束：终值 10.4 件（2025年12月31日），目标 10 件，已达成');
  });

  it('draws no planned path and lists none when the document gives no baseline', () => {
    const o = option('RUNNING', { ...patents, baseline: null as unknown as number });
    expect(o.legend.data).not.toContain('规划路径');
    expect(o.series.map((s) => s.name)).not.toContain('规划路径');
    expect(o.legend.data).toEqual(o.series.map((s) => s.name));
  });

  it('keeps the x axis a little beyond the whole years that cover every point drawn, labelling each of those years once', () => {
    const o = option('RUNNING');
    expect(o.xAxis.axisLabel.customValues).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(o.xAxis.axisTick.customValues).toEqual(o.xAxis.axisLabel.customValues);
    expect(o.xAxis.min).toBeGreaterThan(2020);
    expect(o.xAxis.min).toBeLessThan(2021);
    expect(o.xAxis.max).toBeGreaterThan(2025);
    expect(o.xAxis.max).toBeLessThan(2026);
  });
});
