import { useMemo } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { type ChartOption, EChart } from '../../ui/EChart';

export const ProjectProgress_Measure = graphql(`
  fragment ProjectProgress_Measure on Measure {
    id
    code
    title
    kind
    progress { percent reported total rule }
  }
`);

/** Progress by project (工程) and safeguard, as horizontal bars against the time elapsed. */
export function ProjectProgress(props: {
  projects: FragmentType<typeof ProjectProgress_Measure>[];
  elapsed: number;
  dark?: boolean;
  height?: number;
}) {
  const projects = props.projects.map((p) => getFragmentData(ProjectProgress_Measure, p));
  const option = useMemo<ChartOption>(() => {
    const text = props.dark ? '#e6edf7' : '#262626';
    const rows = [...projects].reverse();
    return {
      animationDuration: 600,
      textStyle: { fontFamily: 'inherit', color: text },
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
      xAxis: { type: 'value', max: 100, axisLabel: { color: text, formatter: '{value}%' }, splitLine: { show: false } },
      yAxis: {
        type: 'category',
        axisLabel: { color: text, width: 180, overflow: 'truncate' },
        data: rows.map((p) => `${p.code} ${p.title}`),
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          itemStyle: { color: '#1677ff', borderRadius: [0, 4, 4, 0] },
          label: { show: true, position: 'right', color: text, formatter: '{c}%' },
          data: rows.map((p) => p.progress.percent),
          markLine: {
            symbol: 'none',
            label: { formatter: '时间进度', color: text },
            lineStyle: { type: 'dashed', color: '#d48806' },
            data: [{ xAxis: Math.round(props.elapsed) }],
          },
        },
      ],
    };
  }, [projects, props.elapsed, props.dark]);
  return (
    <EChart
      option={option}
      label={projects.map((p) => `${p.code} ${p.progress.percent}%`).join('，')}
      style={{ height: props.height ?? Math.max(160, projects.length * 34) }}
    />
  );
}
