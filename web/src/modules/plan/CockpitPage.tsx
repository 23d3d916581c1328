import { Alert, Card, Col, Row, Skeleton } from 'antd';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLiveState } from '../../app/live-state';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { VerdictTag } from '../../ui/VerdictTag';
import { warningColor } from '../../ui/warning';
import { DepartmentTable } from '../department';
import { ActivityFeed, RECENT_EVENTS, useRefetchOnPlanEvents } from '../feed';
import { GoalCard } from '../goal';
import { IndicatorChart } from '../indicator';
import { LedgerButton, ledgerPath } from '../ledger';
import { PlanHeader } from './PlanHeader';
import { ProjectProgress } from './ProjectProgress';
import { RevisionNote } from './RevisionNote';
import { StatusCounts } from './StatusCounts';
import { WarningCounts } from './WarningCounts';

export const CockpitQuery = graphql(`
  query Cockpit($plan: String!, $first: Int!) {
    plan(code: $plan) {
      id
      phase
      today
      code
      expectedProgress
      ...PlanHeader_Plan
      ...RevisionNote_Plan
      verdict { level label basis reason details }
      overview {
        scope
        phase
        phaseLabel
        currentPeriod
        periodLabel
        overdue
        verdictCounts { red yellow blue green grey total }
        statusCounts { notStarted onTrack atRisk delayed completed unreported total }
      }
      goals { id ...GoalCard_Goal }
      measures { id kind ...ProjectProgress_Measure }
      indicators { id code targetKind name ...IndicatorChart_Indicator }
      departments { code ...DepartmentTable_Department }
    }
    recentEvents(planCode: $plan, first: $first) { ...ActivityFeed_PlanEventPage }
  }
`);

/**
 * Events after which the cockpit reads the plan again: a revision (方案调整) changes its tree (measures added or
 * withdrawn, targets, lead units), which no one node's live update carries.
 */
const STRUCTURE_CHANGED: ReadonlySet<EventType> = new Set<EventType>(['PLAN_REVISED']);

/** 领导驾驶舱: the one verdict first, then what it is made of, whose, and what changed today. */
export function CockpitPage() {
  const { planCode = '' } = useParams();
  const live = useLiveState();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: CockpitQuery,
    variables: { plan: planCode, first: RECENT_EVENTS },
  });
  useRetryOnReconnect(error, reexecute);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOnPlanEvents(planCode, STRUCTURE_CHANGED, refresh);
  if (error && !data) return <Alert type="error" showIcon message="驾驶舱加载失败" description={error.message} />;
  if (!data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!data.plan) return <Alert type="warning" showIcon message={`未找到工作方案「${planCode}」`} />;
  const plan = data.plan;
  const today = plan.today;
  const { overview, verdict } = plan;
  const tops = plan.measures.filter((m) => m.kind !== 'MEASURE');
  const numeric = plan.indicators.filter((i) => i.targetKind === 'NUMERIC');
  return (
    <div className="cockpit" data-loading={fetching ? 'true' : 'false'}>
      <PlanHeader
        plan={plan}
        today={today}
        extra={
          <>
            <ConnectionBadge state={live} />
            <div className="ledger-buttons">
              <LedgerButton path={ledgerPath.plan(planCode)} label="下载台账" fallbackName="工作台账.xlsx" />
              <LedgerButton path={ledgerPath.indicators(planCode)} label="下载指标台账" fallbackName="指标台账.xlsx" />
            </div>
          </>
        }
      />
      <RevisionNote plan={plan} />
      <section
        className="plan-verdict"
        aria-label="总体研判"
        data-phase={overview.phase}
        style={{ borderLeftColor: warningColor(verdict.level) }}
      >
        <div className="plan-verdict-head">
          <span className="plan-verdict-title">总体研判</span>
          <VerdictTag verdict={verdict} compact />
          <span className="muted plan-verdict-phase" data-testid="plan-phase">
            {overview.phaseLabel} · {overview.periodLabel}
          </span>
        </div>
        <div className="plan-verdict-reason" data-testid="plan-verdict-reason">
          {verdict.reason}
        </div>
        {verdict.details.length > 1 && (
          <details className="plan-verdict-details">
            <summary>查看明细（{verdict.details.length} 项需关注）</summary>
            <ul>
              {verdict.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <div className="muted counts-scope" data-testid="counts-scope">
            统计口径：{overview.scope}
          </div>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title={`研判：系统与部门自报合并（共 ${overview.verdictCounts.total} 项）`}
                className="full-height"
                data-testid="verdict-counts"
              >
                <WarningCounts counts={overview.verdictCounts} />
                <div className="muted warning-summary">
                  其中逾期未报 {overview.overdue}{' '}
                  项。逾期、落后序时由系统研判；滞后、风险、完成以部门自报为准；取最严重者。
                </div>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title={`部门自报：各措施牵头部门最新报告（共 ${overview.statusCounts.total} 项）`}
                className="full-height"
                data-testid="status-counts"
              >
                <StatusCounts counts={overview.statusCounts} />
                <div className="muted warning-summary">部门自报「正常推进」的措施，仍可能因逾期未报被研判为红色。</div>
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
                <ProjectProgress projects={tops} elapsed={plan.expectedProgress} />
              </Card>
            </Col>
          </Row>
          <Card
            size="small"
            title={`部门情况（${overview.currentPeriod ? `本期 ${overview.currentPeriod}` : overview.phaseLabel}）`}
            className="section"
          >
            <DepartmentTable
              departments={plan.departments}
              planCode={planCode}
              hasCurrentPeriod={overview.currentPeriod != null}
            />
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
