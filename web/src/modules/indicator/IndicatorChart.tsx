import { useMemo } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { type ChartOption, EChart } from '../../ui/EChart';
import { trajectory } from './trajectory';

export const IndicatorChart_Indicator = graphql(`
  fragment IndicatorChart_Indicator on Indicator {
    id
    code
    name
    unit
    baseline
    baselineYear
    target
    targetDate
    targetKind
    targetText
    direction
    observations(first: 50) { id value asOf note }
  }
`);

/** A numeric indicator: the planned path from baseline to target, the actual values and the projected trend. */
export function IndicatorChart(props: {
  indicator: FragmentType<typeof IndicatorChart_Indicator>;
  dark?: boolean;
  height?: number;
}) {
  const indicator = getFragmentData(IndicatorChart_Indicator, props.indicator);
  const unit = indicator.unit ?? '';
  const t = useMemo(() => trajectory(indicator, unit), [indicator, unit]);
  const option = useMemo<ChartOption>(() => {
    const text = props.dark ? '#e6edf7' : '#262626';
    const grid = props.dark ? '#2b3a55' : '#f0f0f0';
    const latest = t.actual[t.actual.length - 1];
    return {
      animationDuration: 600,
      textStyle: { fontFamily: 'inherit', color: text },
      grid: { left: 48, right: 24, top: 28, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}${unit ? ` ${unit}` : ''}` },
      legend: { top: 0, right: 0, textStyle: { color: text }, data: ['规划路径', '实际值', '趋势预测'] },
      xAxis: { type: 'time', axisLabel: { color: text, formatter: '{yyyy}' }, splitLine: { show: false } },
      yAxis: { type: 'value', scale: true, axisLabel: { color: text }, splitLine: { lineStyle: { color: grid } } },
      series: [
        {
          name: '规划路径',
          type: 'line',
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#8c8c8c' },
          data:
            t.start && t.end
              ? [
                  [t.start.date, t.start.value],
                  [t.end.date, t.end.value],
                ]
              : [],
          markPoint: t.end
            ? {
                symbol: 'pin',
                symbolSize: 36,
                data: [{ name: '目标', coord: [t.end.date, t.end.value], value: '目标' }],
              }
            : undefined,
        },
        {
          name: '实际值',
          type: 'line',
          symbolSize: 8,
          lineStyle: { width: 3, color: '#1677ff' },
          itemStyle: { color: '#1677ff' },
          label: { show: props.dark ?? false, color: text, position: 'top' },
          data: t.actual.map((o) => [o.asOf, o.value]),
        },
        {
          name: '趋势预测',
          type: 'line',
          symbol: 'circle',
          symbolSize: 6,
          lineStyle: { type: 'dotted', color: '#d48806' },
          itemStyle: { color: '#d48806' },
          data:
            latest && t.projected != null
              ? [
                  [latest.asOf, latest.value],
                  [indicator.targetDate, t.projected],
                ]
              : [],
        },
      ],
    };
  }, [t, unit, props.dark, indicator.targetDate]);

  if (indicator.targetKind !== 'NUMERIC') {
    return (
      <div className="indicator-text">
        <div className="muted">定性指标</div>
        <p>{indicator.targetText}</p>
      </div>
    );
  }
  return (
    <figure className="indicator-chart">
      <EChart option={option} label={`${indicator.name}：${t.gap}`} style={{ height: props.height ?? 220 }} />
      <figcaption>{t.gap}</figcaption>
    </figure>
  );
}
