import { Alert, Card, Col, Row, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLiveState } from '../../app/live-state';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import { currentPeriod, planClock } from '../../lib/period';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { DepartmentTable } from '../department/DepartmentTable';
import { ActivityFeed } from '../feed/ActivityFeed';
import { GoalCard } from '../goal/GoalCard';
import { IndicatorChart } from '../indicator/IndicatorChart';
import { PlanHeader } from './PlanHeader';
import { RECENT_EVENTS } from './PlanLayout';
import { ProjectProgress } from './ProjectProgress';
import { StatusCounts } from './StatusCounts';
import { WarningCounts } from './WarningCounts';

export const CockpitQuery = graphql(`
  query Cockpit($plan: String!, $first: Int!) {
    plan(code: $plan) {
      id
      phase
      today
      code
      startsOn
      endsOn
      ...PlanHeader_Plan
      warning { level reason }
      warningCounts { red yellow blue green grey total }
      goals { id ...GoalCard_Goal }
      measures { id kind latestReport { id status } ...ProjectProgress_Measure }
      indicators { id code targetKind name ...IndicatorChart_Indicator }
      departments { code ...DepartmentTable_Department }
    }
    recentEvents(planCode: $plan, first: $first) { ...ActivityFeed_PlanEventPage }
  }
`);

/** 领导驾驶舱: is the plan on track, what is red and whose, what changed today. */
export function CockpitPage() {
  const { planCode = '' } = useParams();
  const live = useLiveState();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: CockpitQuery,
    variables: { plan: planCode, first: RECENT_EVENTS },
  });
  useRetryOnReconnect(error, reexecute);
  if (error && !data) return <Alert type="error" showIcon message="驾驶舱加载失败" description={error.message} />;
  if (!data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!data.plan) return <Alert type="warning" showIcon message={`未找到工作方案「${planCode}」`} />;
  const plan = data.plan;
  const today = plan.today;
  const clock = planClock(plan, today);
  const leaves = plan.measures.filter((m) => m.kind === 'MEASURE');
  const tops = plan.measures.filter((m) => m.kind !== 'MEASURE');
  const numeric = plan.indicators.filter((i) => i.targetKind === 'NUMERIC');
  return (
    <div className="cockpit" data-loading={fetching ? 'true' : 'false'}>
      <PlanHeader plan={plan} today={today} extra={<ConnectionBadge state={live} />} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={`三色预警（共 ${plan.warningCounts.total} 项措施）`} className="full-height">
                <WarningCounts counts={plan.warningCounts} />
                <div className="muted warning-summary">{plan.warning.reason}</div>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={`推进状态（共 ${leaves.length} 项，按各措施最新报告）`} className="full-height">
                <StatusCounts measures={leaves} />
              </Card>
            </Col>
          </Row>
          <section className="goal-grid" aria-label="工作目标">
            {plan.goals.map((goal) => (
              <GoalCard key={goal.id} goal={goal} planCode={planCode} />
            ))}
          </section>
          <Row gutter={[16, 16]}>
            {numeric.map((indicator) => (
              <Col xs={24} md={12} key={indicator.id}>
                <Card
                  size="small"
                  title={
                    <Link to={`/plans/${planCode}/indicators/${encodeURIComponent(indicator.code)}`}>
                      {indicator.name}
                    </Link>
                  }
                >
                  <IndicatorChart indicator={indicator} phase={plan.phase} />
                </Card>
              </Col>
            ))}
            <Col xs={24} md={numeric.length % 2 === 0 ? 24 : 12}>
              <Card size="small" title="各工程与保障措施进度">
                <ProjectProgress projects={tops} elapsed={clock.elapsed} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={`部门情况（本期 ${currentPeriod(plan, today)}）`} className="section">
            <DepartmentTable departments={plan.departments} planCode={planCode} />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card
            size="small"
            title="实时动态"
            extra={<Link to={`/plans/${planCode}/feed`}>全部</Link>}
            className="feed-card"
          >
            <ActivityFeed page={data.recentEvents} planCode={planCode} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
