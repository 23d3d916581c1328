import { useMemo } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { PlanPhase } from '../../gql/graphql';
import { type ChartOption, EChart } from '../../ui/EChart';
import { indicatorChartOption } from './indicator-chart';
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

/** A numeric indicator: the planned path from baseline to target, the actual values and, while the plan runs, the trend. */
export function IndicatorChart(props: {
  indicator: FragmentType<typeof IndicatorChart_Indicator>;
  /** The plan's phase, from the server (Plan.phase): after the end the final value stands against the target. */
  phase: PlanPhase;
  dark?: boolean;
  height?: number;
  /** Chart type size in px (the wall display asks for more). */
  fontSize?: number;
  /** Show the indicator's name above the chart (where no card title names it). */
  titled?: boolean;
}) {
  const indicator = getFragmentData(IndicatorChart_Indicator, props.indicator);
  const unit = indicator.unit ?? '';
  const ended = props.phase === 'ENDED';
  const t = useMemo(() => trajectory(indicator, unit, ended), [indicator, unit, ended]);
  const option = useMemo<ChartOption>(
    () =>
      indicatorChartOption({
        trajectory: t,
        unit,
        phase: props.phase,
        targetDate: indicator.targetDate,
        dark: props.dark,
        fontSize: props.fontSize,
      }),
    [t, unit, props.phase, props.dark, props.fontSize, indicator.targetDate],
  );

  if (indicator.targetKind !== 'NUMERIC') {
    return (
      <div className="indicator-text">
        <div className="muted">定性指标</div>
        <p>{indicator.targetText}</p>
      </div>
    );
  }
  return (
    <figure className="indicator-chart" data-phase={props.phase}>
      {props.titled && <h3 className="indicator-chart-title">{indicator.name}</h3>}
      <EChart option={option} label={`${indicator.name}：${t.gap}`} style={{ height: props.height ?? 220 }} />
      <figcaption>{t.gap}</figcaption>
    </figure>
  );
}
