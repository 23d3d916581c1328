import { useMemo } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { type ChartOption, EChart } from '../../ui/EChart';
import { FONT } from '../../ui/font';

export const ProjectProgress_Measure = graphql(`
  fragment ProjectProgress_Measure on Measure {
    id
    code
    title
    kind
    progress { percent reported total rule }
  }
`);

/** A project's label on the chart: its code first, always, then as much of its title as fits. */
const projectLabel = (p: { code: string; title: string }) => `${p.code} ${p.title}`;

/** Progress by project (工程) and safeguard, as horizontal bars against the time elapsed. */
export function ProjectProgress(props: {
  projects: FragmentType<typeof ProjectProgress_Measure>[];
  elapsed: number;
  dark?: boolean;
  height?: number;
  /** Type size in px (the wall display asks for more). */
  fontSize?: number;
  /** Room for a project's label, in px; a longer title is cut at the end, never the code. */
  labelWidth?: number;
}) {
  const projects = props.projects.map((p) => getFragmentData(ProjectProgress_Measure, p));
  const fontSize = props.fontSize ?? 12;
  const option = useMemo<ChartOption>(() => {
    const text = props.dark ? '#e6edf7' : '#262626';
    const rows = [...projects].reverse();
    return {
      animationDuration: 600,
      textStyle: { fontFamily: FONT, color: text, fontSize },
      // Room above the bars for the 时间进度 label, and to the right for the percentages.
      grid: { left: 8, right: fontSize * 4, top: fontSize * 2.2, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
      xAxis: {
        type: 'value',
        max: 100,
        axisLabel: { color: text, fontSize, formatter: '{value}%' },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'category',
        // Every project keeps its label (ECharts would otherwise skip some when they are close).
        axisLabel: { color: text, fontSize, interval: 0, width: props.labelWidth ?? 180, overflow: 'truncate' },
        data: rows.map(projectLabel),
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: fontSize * 1.8,
          itemStyle: { color: '#1677ff', borderRadius: [0, 4, 4, 0] },
          label: { show: true, position: 'right', color: text, fontSize, formatter: '{c}%' },
          data: rows.map((p) => p.progress.percent),
          markLine: {
            symbol: 'none',
            label: { formatter: `时间进度 ${Math.round(props.elapsed)}%`, color: text, fontSize, position: 'end' },
            lineStyle: { type: 'dashed', color: '#d48806', width: 2 },
            data: [{ xAxis: Math.round(props.elapsed) }],
          },
        },
      ],
    };
  }, [projects, props.elapsed, props.dark, props.labelWidth, fontSize]);
  return (
    <EChart
      option={option}
      label={projects.map((p) => `${p.code} ${p.progress.percent}%`).join('，')}
      style={{ height: props.height ?? Math.max(160, projects.length * 34 + 40) }}
    />
  );
}
