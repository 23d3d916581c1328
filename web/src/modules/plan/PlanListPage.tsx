import { Alert, Button, Card, Empty, Layout, Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import { formatDateLong, formatPercent } from '../../lib/format';
import { ArchivePlanButton } from './ArchivePlanButton';
import { LIFECYCLE_TAG } from './lifecycle';
import { UserMenu } from './UserMenu';
import { WarningCounts } from './WarningCounts';

export const PlanListQuery = graphql(`
  query PlanList {
    plans {
      id
      code
      title
      docNumber
      issuer
      startsOn
      endsOn
      lifecycle
      progress { percent reported total }
      overview { overdue verdictCounts { red yellow blue green grey total } }
      viewerCan { archive succeed }
      predecessor { id code title }
    }
  }
`);

/** Active plans first, then ended, drafts, archived; the newest period first within each. */
const ORDER = { ACTIVE: 0, ENDED: 1, DRAFT: 2, ARCHIVED: 3 } as const;

/** 工作方案: the home page, every plan the viewer may see with its state and the cockpit's headline figures. */
export function PlanListPage() {
  const [{ data, error }, reexecute] = useQuery({ query: PlanListQuery });
  useRetryOnReconnect(error, reexecute);
  const plans = [...(data?.plans ?? [])].sort(
    (a, b) => ORDER[a.lifecycle] - ORDER[b.lifecycle] || b.startsOn.localeCompare(a.startsOn),
  );
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark">督</span> 督办
        </Link>
        <span className="app-header-title">工作方案</span>
        <UserMenu />
      </Layout.Header>
      <Layout.Content className="app-content plan-list">
        {error && !data && <Alert type="error" showIcon message="无法读取工作方案" description={error.message} />}
        {!data && !error && <Skeleton active paragraph={{ rows: 6 }} />}
        {data && plans.length === 0 && <Empty description="暂无可查看的工作方案" />}
        {plans.map((plan) => (
          <Card key={plan.id} className="plan-card" data-plan={plan.code} size="small">
            <div className="plan-card-head">
              <Tag color={LIFECYCLE_TAG[plan.lifecycle].color} data-lifecycle={plan.lifecycle}>
                {LIFECYCLE_TAG[plan.lifecycle].label}
              </Tag>
              <Link to={`/plans/${plan.code}`} className="plan-card-title">
                {plan.title}
              </Link>
              {plan.viewerCan.succeed && (
                <Link to={`/plans/${plan.code}/successor`} data-action="succeed">
                  <Button size="small">启动接续方案</Button>
                </Link>
              )}
              {plan.viewerCan.archive && <ArchivePlanButton planCode={plan.code} title={plan.title} />}
            </div>
            {plan.predecessor && (
              <div className="muted" data-testid="plan-predecessor">
                接续自 <Link to={`/plans/${plan.predecessor.code}`}>{plan.predecessor.title}</Link>
              </div>
            )}
            <div className="muted">
              {plan.docNumber && <span>{plan.docNumber} · </span>}
              {plan.issuer} · 实施期 {formatDateLong(plan.startsOn)} 至 {formatDateLong(plan.endsOn)}
            </div>
            {plan.lifecycle === 'DRAFT' ? (
              <div className="plan-card-figures muted" data-testid="plan-list-draft">
                草稿编制中：发布后各部门开始报送，届时显示完成情况和预警
              </div>
            ) : (
              <div className="plan-card-figures">
                <div className="plan-card-figure">
                  <span className="figure-label">总体完成</span>
                  <strong data-testid="plan-list-progress">{formatPercent(plan.progress.percent)}</strong>
                  <span className="muted">
                    （{plan.progress.reported}/{plan.progress.total} 项已报）
                  </span>
                </div>
                <div className="plan-card-figure">
                  <span className="figure-label">逾期未报</span>
                  <strong>{plan.overview.overdue}</strong>
                  <span className="muted">项措施</span>
                </div>
                <WarningCounts counts={plan.overview.verdictCounts} />
              </div>
            )}
          </Card>
        ))}
      </Layout.Content>
    </Layout>
  );
}
