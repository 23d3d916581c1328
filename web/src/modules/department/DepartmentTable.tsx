import { Table } from 'antd';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { DepartmentTable_DepartmentFragment } from '../../gql/graphql';
import { formatPercent } from '../../lib/format';
import { TONE_COLOR } from '../../ui/status';
import { VerdictTag, type VerdictView } from '../../ui/VerdictTag';
import { WARNING_ORDER } from '../../ui/warning';

export const DepartmentTable_Department = graphql(`
  fragment DepartmentTable_Department on Department {
    code
    name
    kind
    progress(planCode: $plan) { percent reported total rule }
    verdict(planCode: $plan) { level label basis reason details }
    standing(planCode: $plan) { leads participates measures owing reportedThisPeriod overdue atRisk delayed }
  }
`);

/** The counts of a department's part in the plan, as the server makes them (Department.standing). */
type Standing = Omit<DepartmentTable_DepartmentFragment['standing'], '__typename'>;

export interface DepartmentRecord extends Standing {
  code: string;
  name: string;
  percent: number;
  rule: string;
  verdict: VerdictView;
}

/**
 * A department's record in the plan this period, as the server counts it (Department.standing: its measures, not
 * projects; withdrawn ones count nowhere; what it reported and what is overdue by the reporting status of the
 * measures it leads, risks and delays from its latest reports), with its progress and verdict. Nothing is counted
 * here: the field list is the server's.
 */
export function departmentRecord(department: DepartmentTable_DepartmentFragment): DepartmentRecord {
  const { __typename, ...standing } = department.standing as DepartmentTable_DepartmentFragment['standing'] & {
    __typename?: string;
  };
  return {
    code: department.code,
    name: department.name,
    ...standing,
    percent: department.progress?.percent ?? 0,
    rule: department.progress?.rule ?? '',
    verdict: department.verdict,
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
  /** False before the plan starts and after it ends: there is no current period to have reported. */
  hasCurrentPeriod?: boolean;
  compact?: boolean;
}) {
  const hasCurrentPeriod = props.hasCurrentPeriod ?? true;
  const rows = props.departments
    .map((d) => departmentRecord(getFragmentData(DepartmentTable_Department, d)))
    .filter((r) => r.measures > 0)
    .sort(
      (a, b) =>
        WARNING_ORDER.indexOf(a.verdict.level) - WARNING_ORDER.indexOf(b.verdict.level) ||
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
          title: '研判',
          key: 'verdict',
          render: (_, r) => <VerdictTag verdict={r.verdict} compact />,
          sorter: (a, b) => WARNING_ORDER.indexOf(b.verdict.level) - WARNING_ORDER.indexOf(a.verdict.level),
        },
        {
          title: '承担措施',
          key: 'measures',
          render: (_, r) => `牵头 ${r.leads} · 参与 ${r.participates}`,
          sorter: (a, b) => a.measures - b.measures,
        },
        {
          title: hasCurrentPeriod ? '本期已报' : '本期',
          key: 'reported',
          render: (_, r) =>
            !hasCurrentPeriod ? (
              <span className="muted">无当期</span>
            ) : r.owing > 0 ? (
              `${r.reportedThisPeriod}/${r.owing}`
            ) : (
              <span className="muted" title="只配合，不单独报送">
                不单独报送
              </span>
            ),
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
