import { Alert, Card, Col, Progress, Row, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatPercent } from '../../lib/format';
import { StatusTag } from '../../ui/StatusTag';
import { WithdrawnTag } from '../../ui/WithdrawnTag';
import { IndicatorChart } from '../indicator';

const GoalQuery = graphql(`
  query GoalPage($plan: String!) {
    plan(code: $plan) {
      id
      phase
      goals {
        id
        code
        title
        description
        progress { percent reported total rule }
        indicators { id code name ...IndicatorChart_Indicator }
        measures { id code title kind withdrawn { on reason } progress { percent rule } latestReport { id status } }
      }
    }
  }
`);

/** A goal: its text, progress with the rule, its indicators' trajectories and the measures serving it. */
export function GoalPage() {
  const { planCode = '', goalCode = '' } = useParams();
  const [{ data, error }] = useQuery({ query: GoalQuery, variables: { plan: planCode } });
  if (error && !data) return <Alert type="error" showIcon message="加载失败" description={error.message} />;
  if (!data?.plan) return <Skeleton active />;
  const { phase } = data.plan;
  const goal = data.plan.goals.find((g) => g.code === goalCode);
  if (!goal) return <Alert type="warning" showIcon message={`未找到目标「${goalCode}」`} />;
  return (
    <div className="detail">
      <header className="page-header">
        <h1>{goal.title}</h1>
        <p className="document-text">{goal.description}</p>
        <Progress percent={goal.progress.percent} format={() => formatPercent(goal.progress.percent)} />
        <div className="muted">{goal.progress.rule}</div>
      </header>
      <Row gutter={[16, 16]}>
        {goal.indicators.map((i) => (
          <Col xs={24} md={12} key={i.id}>
            <Card
              size="small"
              title={<Link to={`/plans/${planCode}/indicators/${encodeURIComponent(i.code)}`}>{i.name}</Link>}
            >
              <IndicatorChart indicator={i} phase={phase} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title="服务该目标的工程与措施" className="section">
        <ul className="plain-list">
          {goal.measures.map((m) => (
            <li key={m.id} className={m.withdrawn ? 'withdrawn' : undefined} data-measure={m.code}>
              <Link to={`/plans/${planCode}/measures/${encodeURIComponent(m.code)}`}>
                {m.code} {m.title}
              </Link>{' '}
              {m.withdrawn ? (
                <WithdrawnTag withdrawn={m.withdrawn} showReason />
              ) : (
                m.kind !== 'PROJECT' && <StatusTag status={m.latestReport?.status} />
              )}{' '}
              {!m.withdrawn && (
                <span className="muted" title={m.progress.rule}>
                  {formatPercent(m.progress.percent)}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
