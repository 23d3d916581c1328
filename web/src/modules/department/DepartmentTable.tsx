import { Table } from 'antd';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { DepartmentTable_DepartmentFragment } from '../../gql/graphql';
import { formatPercent } from '../../lib/format';
import { covers, previousPeriod } from '../../lib/period';
import { TONE_COLOR } from '../../ui/status';
import { WarningTag } from '../../ui/WarningTag';
import { WARNING_ORDER, type WarningLevelName } from '../../ui/warning';
import { LatestReport_ProgressReport } from '../progress/latest-report';

export const DepartmentTable_Department = graphql(`
  fragment DepartmentTable_Department on Department {
    code
    name
    kind
    progress(planCode: $plan) { percent reported total rule }
    warning(planCode: $plan) { level reason }
    assignments(planCode: $plan, inherited: true) {
      role
      measure { id kind }
      latestReport { ...LatestReport_ProgressReport }
    }
  }
`);

export interface DepartmentRecord {
  code: string;
  name: string;
  leads: number;
  participates: number;
  measures: number;
  reportedThisPeriod: number;
  missedLastPeriod: number;
  atRisk: number;
  delayed: number;
  percent: number;
  rule: string;
  warning: { level: WarningLevelName; reason: string };
}

/** A department's record in the plan this period, from its assignments' latest reports (measures, not projects). */
export function departmentRecord(department: DepartmentTable_DepartmentFragment, period: string): DepartmentRecord {
  const leaves = department.assignments?.filter((a) => a.measure.kind !== 'PROJECT') ?? [];
  const byMeasure = new Map(leaves.map((a) => [a.measure.id, a]));
  const cells = [...byMeasure.values()];
  const latest = cells.map((a) => getFragmentData(LatestReport_ProgressReport, a.latestReport));
  return {
    code: department.code,
    name: department.name,
    leads: cells.filter((a) => a.role === 'LEAD').length,
    participates: cells.filter((a) => a.role === 'PARTICIPANT').length,
    measures: cells.length,
    reportedThisPeriod: latest.filter((r) => covers(r?.period, period)).length,
    missedLastPeriod: latest.filter((r) => !covers(r?.period, previousPeriod(period))).length,
    atRisk: latest.filter((r) => r?.status === 'AT_RISK').length,
    delayed: latest.filter((r) => r?.status === 'DELAYED').length,
    percent: department.progress?.percent ?? 0,
    rule: department.progress?.rule ?? '',
    warning: department.warning,
  };
}

const count = (n: number, tone: keyof typeof TONE_COLOR, mark: string) =>
  n > 0 ? (
    <span style={{ color: TONE_COLOR[tone], fontWeight: 600 }}>
      {mark} {n}
    </span>
  ) : (
    <span className="muted">0</span>
  );

/** The departments of a plan: assignments, reported this period, missed last period, at risk, delayed. */
export function DepartmentTable(props: {
  departments: FragmentType<typeof DepartmentTable_Department>[];
  planCode: string;
  period: string;
  compact?: boolean;
}) {
  const rows = props.departments
    .map((d) => departmentRecord(getFragmentData(DepartmentTable_Department, d), props.period))
    .filter((r) => r.measures > 0)
    .sort(
      (a, b) =>
        WARNING_ORDER.indexOf(a.warning.level) - WARNING_ORDER.indexOf(b.warning.level) ||
        b.delayed - a.delayed ||
        b.atRisk - a.atRisk,
    );
  return (
    <Table<DepartmentRecord>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={rows}
      scroll={props.compact ? undefined : { x: 720 }}
      columns={[
        {
          title: '部门',
          dataIndex: 'name',
          render: (name: string, r) => <Link to={`/plans/${props.planCode}/departments/${r.code}`}>{name}</Link>,
        },
        {
          title: '预警',
          key: 'warning',
          render: (_, r) => <WarningTag warning={r.warning} compact />,
          sorter: (a, b) => WARNING_ORDER.indexOf(b.warning.level) - WARNING_ORDER.indexOf(a.warning.level),
        },
        {
          title: '承担措施',
          key: 'measures',
          render: (_, r) => `牵头 ${r.leads} · 参与 ${r.participates}`,
          sorter: (a, b) => a.measures - b.measures,
        },
        {
          title: '本期已报',
          key: 'reported',
          render: (_, r) => `${r.reportedThisPeriod}/${r.measures}`,
          sorter: (a, b) => a.reportedThisPeriod / a.measures - b.reportedThisPeriod / b.measures,
        },
        {
          title: '上期未报',
          dataIndex: 'missedLastPeriod',
          render: (n: number) => count(n, 'red', '■'),
          sorter: (a, b) => a.missedLastPeriod - b.missedLastPeriod,
        },
        {
          title: '风险',
          dataIndex: 'atRisk',
          render: (n: number) => count(n, 'yellow', '▲'),
          sorter: (a, b) => a.atRisk - b.atRisk,
        },
        {
          title: '滞后',
          dataIndex: 'delayed',
          render: (n: number) => count(n, 'red', '■'),
          sorter: (a, b) => a.delayed - b.delayed,
        },
        {
          title: '进度',
          dataIndex: 'percent',
          render: (p: number, r) => <span title={r.rule}>{formatPercent(p)}</span>,
          sorter: (a, b) => a.percent - b.percent,
        },
      ]}
    />
  );
}
