import { Table } from 'antd';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const DepartmentRecordTable_DepartmentRecord = graphql(`
  fragment DepartmentRecordTable_DepartmentRecord on DepartmentRecord {
    department { code name }
    measuresLed
    measuresCompleted
    reportsFiled
    periodsMissed
    reporting { owed reported onTime basis }
    noticesReceived
    noticesOpen
    noticesOverdue
    indicatorsOwned
    indicatorsMet
    reason
  }
`);

/** 部门履职: what each department led and finished, reported and missed, and was urged on. */
export function DepartmentRecordTable({
  planCode,
  rows,
}: {
  planCode: string;
  rows: readonly FragmentType<typeof DepartmentRecordTable_DepartmentRecord>[];
}) {
  const data = rows.map((row) => getFragmentData(DepartmentRecordTable_DepartmentRecord, row));
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(row) => row.department.code}
      dataSource={data}
      onRow={(row) => ({ 'data-department': row.department.code }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: '部门',
          key: 'department',
          render: (_, row) => (
            <Link to={`/plans/${planCode}/departments/${encodeURIComponent(row.department.code)}`}>
              {row.department.name}
            </Link>
          ),
        },
        {
          title: '牵头措施（完成/牵头）',
          key: 'measures',
          align: 'right',
          render: (_, row) => `${row.measuresCompleted}/${row.measuresLed}`,
        },
        {
          // The periods as 考核 counts them: one per period of each measure it leads.
          title: '应报期数（按时/已报/应报）',
          key: 'periods',
          align: 'right',
          render: (_, row) =>
            row.reporting.owed === 0 ? (
              '—'
            ) : (
              <span title={row.reporting.basis}>
                {row.reporting.onTime}/{row.reporting.reported}/{row.reporting.owed}
              </span>
            ),
        },
        { title: '未报期数', key: 'missed', dataIndex: 'periodsMissed', align: 'right' },
        { title: '提交报告（份）', key: 'reports', dataIndex: 'reportsFiled', align: 'right' },
        {
          title: '督办单（未办结/收到）',
          key: 'notices',
          align: 'right',
          render: (_, row) =>
            `${row.noticesOpen}/${row.noticesReceived}${row.noticesOverdue > 0 ? `，逾期 ${row.noticesOverdue}` : ''}`,
        },
        {
          title: '指标（达成/负责）',
          key: 'indicators',
          align: 'right',
          render: (_, row) => (row.indicatorsOwned === 0 ? '—' : `${row.indicatorsMet}/${row.indicatorsOwned}`),
        },
        { title: '理由', key: 'reason', dataIndex: 'reason', className: 'evaluation-reason' },
      ]}
    />
  );
}
