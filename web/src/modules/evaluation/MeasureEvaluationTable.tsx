import { Space, Switch, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatPercent } from '../../lib/format';
import { VerdictTag } from './VerdictTag';
import { MEASURE_VERDICT } from './verdict';

export const MeasureEvaluationTable_MeasureEvaluation = graphql(`
  fragment MeasureEvaluationTable_MeasureEvaluation on MeasureEvaluation {
    measure { id code title }
    percentComplete
    verdict
    leadDepartments { code name }
    reason
  }
`);

/** 措施: completion by the progress roll-up; the filter keeps only the measures not completed. */
export function MeasureEvaluationTable({
  planCode,
  rows,
}: {
  planCode: string;
  rows: readonly FragmentType<typeof MeasureEvaluationTable_MeasureEvaluation>[];
}) {
  const [unfinishedOnly, setUnfinishedOnly] = useState(false);
  const all = rows.map((row) => getFragmentData(MeasureEvaluationTable_MeasureEvaluation, row));
  const data = unfinishedOnly ? all.filter((row) => row.verdict !== 'COMPLETED') : all;
  return (
    <>
      <Space className="no-print evaluation-filter">
        <Switch size="small" checked={unfinishedOnly} onChange={setUnfinishedOnly} id="evaluation-unfinished" />
        <label htmlFor="evaluation-unfinished">只看未完成</label>
      </Space>
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => row.measure.id}
        dataSource={data}
        onRow={(row) => ({ 'data-measure': row.measure.code }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '措施',
            key: 'measure',
            render: (_, row) => (
              <>
                <Link to={`/plans/${planCode}/measures/${encodeURIComponent(row.measure.code)}`}>
                  {row.measure.code}
                </Link>{' '}
                {row.measure.title}
              </>
            ),
          },
          {
            title: '牵头部门',
            key: 'leads',
            render: (_, row) => row.leadDepartments.map((d) => d.name).join('、') || '—',
          },
          {
            title: '完成',
            key: 'percent',
            align: 'right',
            render: (_, row) => formatPercent(row.percentComplete),
          },
          {
            title: '结论',
            key: 'verdict',
            render: (_, row) => <VerdictTag meta={MEASURE_VERDICT[row.verdict]} verdict={row.verdict} />,
          },
          { title: '理由', key: 'reason', dataIndex: 'reason', className: 'evaluation-reason' },
        ]}
      />
    </>
  );
}
