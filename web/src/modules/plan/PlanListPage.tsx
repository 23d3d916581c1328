import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Tag } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import type { PlanListQuery as PlanListData } from '../../gql/graphql';
import { formatDateLong, formatPercent } from '../../lib/format';
import { useViewerCan } from '../auth';
import { usePlanListLive } from '../feed';
import { ArchivePlanButton } from './ArchivePlanButton';
import { LIFECYCLE_TAG } from './lifecycle';
import { PageFrame } from './PageFrame';
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
      overview { overdue scope verdictCounts { red yellow blue green grey total } }
      viewerCan { archive edit succeed }
      predecessor { id code title }
    }
  }
`);

/** Active plans first, then ended, drafts, archived; the newest period first within each. */
const ORDER = { ACTIVE: 0, ENDED: 1, DRAFT: 2, ARCHIVED: 3 } as const;

type ListedPlan = PlanListData['plans'][number];

/**
 * 工作方案: the home page, every plan the viewer may see with its state and the cockpit's headline figures; 新建方案
 * for those the server lets create one.
 */
export function PlanListPage() {
  const [{ data, error }, reexecute] = useQuery({ query: PlanListQuery });
  const viewerCan = useViewerCan();
  // A plan published (or revised, archived) that the viewer may see: read the list again.
  usePlanListLive(useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]));
  useRetryOnReconnect(error, reexecute);
  const plans = [...(data?.plans ?? [])].sort(
    (a, b) => ORDER[a.lifecycle] - ORDER[b.lifecycle] || b.startsOn.localeCompare(a.startsOn),
  );
  return (
    <PageFrame
      title="工作方案"
      className="plan-list"
      actions={
        viewerCan.createPlan && (
          <span className="plan-list-new">
            <Link to="/plans/import">
              <Button icon={<ImportOutlined />} data-testid="import-plan">
                导入方案文件
              </Button>
            </Link>{' '}
            <Link to="/plans/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="new-plan">
                新建方案
              </Button>
            </Link>
          </span>
        )
      }
    >
      {error && !data && <Alert type="error" showIcon message="无法读取工作方案" description={error.message} />}
      {!data && !error && <Skeleton active paragraph={{ rows: 6 }} />}
      {data && plans.length === 0 && <Empty description="暂无可查看的工作方案" />}
      {plans.map((plan) => (
        <PlanCard key={plan.id} plan={plan} />
      ))}
    </PageFrame>
  );
}

function PlanCard({ plan }: { plan: ListedPlan }) {
  const draft = plan.lifecycle === 'DRAFT';
  const tag = LIFECYCLE_TAG[plan.lifecycle];
  return (
    <Card className={`plan-card plan-card-${plan.lifecycle.toLowerCase()}`} data-plan={plan.code} size="small">
      <div className="plan-card-head">
        <Tag color={tag.color} data-lifecycle={plan.lifecycle}>
          {tag.label}
        </Tag>
        <Link
          to={draft && plan.viewerCan.edit ? `/plans/${plan.code}/edit` : `/plans/${plan.code}`}
          className="plan-card-title"
        >
          {plan.title}
        </Link>
        {draft && plan.viewerCan.edit && (
          <Link to={`/plans/${plan.code}/edit`}>
            <Button size="small" data-testid="continue-editing">
              继续编辑
            </Button>
          </Link>
        )}
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
      {draft ? (
        <div className="plan-card-draft-note" data-testid="draft-note">
          编制中，尚未发布，各责任单位看不到本方案。已编入 {plan.overview.scope}
          {plan.viewerCan.edit && '；发布前，编辑页的「发布」会逐项列出尚缺的内容。'}
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
  );
}
