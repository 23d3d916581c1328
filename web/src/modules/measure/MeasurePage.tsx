import { Alert, Card, Col, Descriptions, Progress, Row, Skeleton, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../../gql';
import { formatPercent, formatPeriod } from '../../lib/format';
import { StatusTag } from '../../ui/StatusTag';
import { WithdrawnTag } from '../../ui/WithdrawnTag';
import { InstructionButton, InstructionList } from '../instruction';
import { LatestReport_ProgressReport, ReportTimeline } from '../progress';

const MeasureQuery = graphql(`
  query MeasurePage($plan: String!) {
    plan(code: $plan) {
      id
      viewerCan { issueInstruction }
      measures {
        id
        code
        title
        kind
        description
        withdrawn { on reason }
        goal { id code title }
        parent { id code title }
        children { id code title withdrawn { on reason } }
        progress { percent reported total rule }
        assignments { key role inherited department { code name } latestReport { ...LatestReport_ProgressReport } }
        reports(first: 20) { ...ReportTimeline_ProgressReport }
        instructions { id ...InstructionList_Instruction }
      }
    }
  }
`);

/** A measure: its text, who leads and takes part, each one's latest report, and the report timeline. */
export function MeasurePage() {
  const { planCode = '', measureCode = '' } = useParams();
  const [{ data, error }] = useQuery({ query: MeasureQuery, variables: { plan: planCode } });
  if (error && !data) return <Alert type="error" showIcon message="加载失败" description={error.message} />;
  if (!data?.plan) return <Skeleton active />;
  const measure = data.plan.measures.find((m) => m.code === measureCode);
  if (!measure) return <Alert type="warning" showIcon message={`未找到措施「${measureCode}」`} />;
  const base = `/plans/${planCode}`;
  return (
    <div className="detail">
      <header className="page-header">
        <h1>
          {measure.code} {measure.title} <WithdrawnTag withdrawn={measure.withdrawn} />{' '}
          <InstructionButton
            planCode={planCode}
            target={{ measureCode: measure.code }}
            size="middle"
            allowed={data.plan.viewerCan.issueInstruction}
          />
        </h1>
        <div className="muted">
          {measure.kind === 'PROJECT' ? '工程' : measure.kind === 'SAFEGUARD' ? '保障措施' : '工作措施'}
          {measure.parent && (
            <>
              {' '}
              · 所属{' '}
              <Link to={`${base}/measures/${encodeURIComponent(measure.parent.code)}`}>
                {measure.parent.code} {measure.parent.title}
              </Link>
            </>
          )}
          {measure.goal && (
            <>
              {' '}
              · 服务目标 <Link to={`${base}/goals/${measure.goal.code}`}>{measure.goal.title}</Link>
            </>
          )}
        </div>
      </header>
      {measure.withdrawn && (
        <Alert
          className="section"
          type="info"
          showIcon
          message={`本措施已于 ${measure.withdrawn.on} 起撤销`}
          description={`撤销原因：${measure.withdrawn.reason}。此后不再报送、不预警，不计入各项统计；此前的报告和记录保留可查。`}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title="措施内容">
            <p className="document-text">{measure.description ?? '—'}</p>
            <div title={measure.progress.rule}>
              <Progress percent={measure.progress.percent} format={() => formatPercent(measure.progress.percent)} />
              <div className="muted">{measure.progress.rule}</div>
            </div>
            {measure.children.length > 0 && (
              <ul>
                {measure.children.map((c) => (
                  <li key={c.id} className={c.withdrawn ? 'withdrawn' : undefined}>
                    <Link to={`${base}/measures/${encodeURIComponent(c.code)}`}>
                      {c.code} {c.title}
                    </Link>{' '}
                    <WithdrawnTag withdrawn={c.withdrawn} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card size="small" title="报告记录" className="section">
            <ReportTimeline reports={measure.reports} planCode={planCode} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="责任分工">
            <Descriptions column={1} size="small">
              {measure.assignments.map((a) => {
                const latest = getFragmentData(LatestReport_ProgressReport, a.latestReport);
                return (
                  <Descriptions.Item
                    key={a.department.code}
                    label={
                      <span>
                        <Tag color={a.role === 'LEAD' ? 'red' : 'default'}>
                          {a.role === 'LEAD' ? '★ 牵头' : '● 参与'}
                        </Tag>
                        <Link to={`${base}/departments/${a.department.code}`}>{a.department.name}</Link>
                      </span>
                    }
                  >
                    {latest ? (
                      <span>
                        <StatusTag status={latest.status} /> {latest.percentComplete}%（{formatPeriod(latest.period)}）
                      </span>
                    ) : (
                      <span className="muted">未填报</span>
                    )}
                  </Descriptions.Item>
                );
              })}
            </Descriptions>
          </Card>
          <Card size="small" title="领导批示" className="section">
            <InstructionList
              instructions={measure.instructions}
              planCode={planCode}
              emptyText="尚无领导批示。"
              canMarkRead
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
