import { Alert, Card, Descriptions, Skeleton, Table } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatAmount, formatDateLong, formatDateTime } from '../../lib/format';
import { useSession } from '../auth';
import { LedgerButton, ledgerPath } from '../ledger';
import { ValuesWorkbook } from '../progress';
import { IndicatorChart } from './IndicatorChart';
import { TargetRevisedNote } from './TargetRevisedNote';

const IndicatorQuery = graphql(`
  query IndicatorPage($plan: String!) {
    plan(code: $plan) {
      id
      phase
      indicators {
        id
        code
        name
        unit
        baseline
        baselineYear
        baselineText
        target
        targetText
        targetDate
        targetHistory { target targetText until revisionNumber }
        direction
        goal { id code title }
        department { code name }
        observations(first: 50) { id value asOf note submittedAt submittedBy { username displayName } }
        ...IndicatorChart_Indicator
      }
    }
  }
`);

/** An indicator: its target in the document's words, the trajectory chart and every recorded value. */
export function IndicatorPage() {
  const { planCode = '', indicatorCode = '' } = useParams();
  const session = useSession();
  const [{ data, error }] = useQuery({ query: IndicatorQuery, variables: { plan: planCode } });
  if (error && !data) return <Alert type="error" showIcon message="加载失败" description={error.message} />;
  if (!data?.plan) return <Skeleton active />;
  const indicator = data.plan.indicators.find((i) => i.code === indicatorCode);
  if (!indicator) return <Alert type="warning" showIcon message={`未找到指标「${indicatorCode}」`} />;
  const unit = indicator.unit ?? '';
  return (
    <div className="detail">
      <header className="page-header">
        <h1>{indicator.name}</h1>
        <div className="ledger-buttons">
          <LedgerButton path={ledgerPath.indicators(planCode)} label="下载指标台账" fallbackName="指标台账.xlsx" />
        </div>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="目标">
            {indicator.targetText}
            <TargetRevisedNote history={indicator.targetHistory} unit={indicator.unit} />
          </Descriptions.Item>
          <Descriptions.Item label="基期值">{indicator.baselineText}</Descriptions.Item>
          <Descriptions.Item label="目标日期">{formatDateLong(indicator.targetDate)}</Descriptions.Item>
          <Descriptions.Item label="所属目标">
            <Link to={`/plans/${planCode}/goals/${indicator.goal.code}`}>{indicator.goal.title}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="填报部门">
            <Link to={`/plans/${planCode}/departments/${indicator.department.code}`}>{indicator.department.name}</Link>
          </Descriptions.Item>
        </Descriptions>
      </header>
      <Card size="small">
        <IndicatorChart indicator={indicator} phase={data.plan.phase} height={320} />
      </Card>
      {(session?.user.role === 'ADMIN' || session?.user.department?.code === indicator.department.code) && (
        <Card size="small" title="Excel 批量填报（本部门各指标 × 年度）" className="section">
          <ValuesWorkbook kind="indicator-values" planCode={planCode} />
        </Card>
      )}
      <Card size="small" title="填报记录" className="section">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={indicator.observations}
          locale={{ emptyText: '尚未填报' }}
          columns={[
            { title: '统计截止', dataIndex: 'asOf' },
            { title: '数值', dataIndex: 'value', render: (v: number) => `${formatAmount(v)} ${unit}` },
            { title: '说明', dataIndex: 'note' },
            { title: '填报人', key: 'by', render: (_, o) => o.submittedBy?.displayName ?? '—' },
            { title: '填报时间', dataIndex: 'submittedAt', render: (t: string) => formatDateTime(t) },
          ]}
        />
      </Card>
    </div>
  );
}
