import { Table } from 'antd';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { DepartmentTable_DepartmentFragment } from '../../gql/graphql';
import { formatPercent } from '../../lib/format';
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
      reporting { currentReported overdue { period } }
    }
  }
`);

export interface DepartmentRecord {
  code: string;
  name: string;
  leads: number;
  participates: number;
  measures: number;
  /** Measures it leads that owe a report for the current period. */
  owing: number;
  reportedThisPeriod: number;
  /** Measures it leads with a period past its deadline and still unreported. */
  overdue: number;
  atRisk: number;
  delayed: number;
  percent: number;
  rule: string;
  warning: { level: WarningLevelName; reason: string };
}

/**
 * A department's record in the plan this period (measures, not projects): what it reported and what is overdue come
 * from the server's reporting status of the measures it leads (participants report nothing of their own); risks
 * and delays from its assignments' latest reports.
 */
export function departmentRecord(department: DepartmentTable_DepartmentFragment): DepartmentRecord {
  const leaves = department.assignments?.filter((a) => a.measure.kind !== 'PROJECT') ?? [];
  const byMeasure = new Map(leaves.map((a) => [a.measure.id, a]));
  const cells = [...byMeasure.values()];
  const latest = cells.map((a) => getFragmentData(LatestReport_ProgressReport, a.latestReport));
  const owing = cells.filter((a) => a.role === 'LEAD' && a.reporting);
  return {
    code: department.code,
    name: department.name,
    leads: cells.filter((a) => a.role === 'LEAD').length,
    participates: cells.filter((a) => a.role === 'PARTICIPANT').length,
    measures: cells.length,
    owing: owing.length,
    reportedThisPeriod: owing.filter((a) => a.reporting?.currentReported).length,
    overdue: owing.filter((a) => (a.reporting?.overdue.length ?? 0) > 0).length,
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

/** The departments of a plan: assignments, reported this period, overdue, at risk, delayed. */
export function DepartmentTable(props: {
  departments: FragmentType<typeof DepartmentTable_Department>[];
  planCode: string;
  compact?: boolean;
}) {
  const rows = props.departments
    .map((d) => departmentRecord(getFragmentData(DepartmentTable_Department, d)))
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
          render: (_, r) => (r.owing > 0 ? `${r.reportedThisPeriod}/${r.owing}` : <span className="muted">—</span>),
          sorter: (a, b) => a.reportedThisPeriod / (a.owing || 1) - b.reportedThisPeriod / (b.owing || 1),
        },
        {
          title: '逾期未报',
          dataIndex: 'overdue',
          render: (n: number) => count(n, 'red', '■'),
          sorter: (a, b) => a.overdue - b.overdue,
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
