import { Table } from 'antd';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatAmount, formatPercent } from '../../lib/format';
import { TargetRevisedNote } from '../indicator';
import { VerdictTag } from './VerdictTag';
import { INDICATOR_VERDICT } from './verdict';

export const IndicatorEvaluationTable_IndicatorEvaluation = graphql(`
  fragment IndicatorEvaluationTable_IndicatorEvaluation on IndicatorEvaluation {
    indicator { id code name unit targetText baselineText targetHistory { target targetText until revisionNumber } }
    baseline
    target
    finalValue
    finalAsOf
    verdict
    achievementPercent
    reason
  }
`);

const amount = (value: number | null | undefined, unit: string | null | undefined) =>
  value == null ? '—' : `${formatAmount(value)}${unit ? ` ${unit}` : ''}`;

/** 指标: baseline, target, final value, achievement and verdict, each with its reason. */
export function IndicatorEvaluationTable({
  planCode,
  rows,
  final,
}: {
  planCode: string;
  rows: readonly FragmentType<typeof IndicatorEvaluationTable_IndicatorEvaluation>[];
  final: boolean;
}) {
  const data = rows.map((row) => getFragmentData(IndicatorEvaluationTable_IndicatorEvaluation, row));
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(row) => row.indicator.id}
      dataSource={data}
      onRow={(row) => ({ 'data-indicator': row.indicator.code }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: '指标',
          key: 'name',
          render: (_, row) => (
            <Link to={`/plans/${planCode}/indicators/${encodeURIComponent(row.indicator.code)}`}>
              {row.indicator.name}
            </Link>
          ),
        },
        {
          title: '基期值',
          key: 'baseline',
          render: (_, row) =>
            row.baseline == null ? (
              <span className="muted" data-testid="baseline">
                {row.indicator.baselineText}
              </span>
            ) : (
              <span data-testid="baseline">{row.indicator.baselineText}</span>
            ),
        },
        {
          title: '目标值',
          key: 'target',
          render: (_, row) => (
            <>
              {row.target == null ? row.indicator.targetText : amount(row.target, row.indicator.unit)}
              <TargetRevisedNote history={row.indicator.targetHistory} unit={row.indicator.unit} />
            </>
          ),
        },
        {
          title: final ? '终值' : '最新值',
          key: 'final',
          render: (_, row) =>
            row.finalValue == null ? '—' : `${amount(row.finalValue, row.indicator.unit)}（${row.finalAsOf}）`,
        },
        {
          title: '达成率',
          key: 'achievement',
          align: 'right',
          render: (_, row) => (row.achievementPercent == null ? '—' : formatPercent(row.achievementPercent)),
        },
        {
          title: '结论',
          key: 'verdict',
          render: (_, row) => <VerdictTag meta={INDICATOR_VERDICT[row.verdict]} verdict={row.verdict} />,
        },
        { title: '理由', key: 'reason', dataIndex: 'reason', className: 'evaluation-reason' },
      ]}
    />
  );
}
