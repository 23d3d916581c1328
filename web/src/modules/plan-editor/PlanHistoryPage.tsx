import { Alert, Button, Card, Drawer, Empty, Skeleton, Tag, Tree } from 'antd';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import type { PlanVersionQuery } from '../../gql/graphql';
import { formatDateLong } from '../../lib/format';
import { editorTree } from './editor-tree';
import { ChangeLines } from './RevisionLines';

const PlanHistoryQuery = graphql(`
  query PlanHistory($plan: String!) {
    plan(code: $plan) {
      id
      code
      title
      docNumber
      issuedOn
      lifecycle
      viewerCan { revise }
      revisions {
        id
        number
        reason
        docNumber
        effectiveOn
        publishedAt
        publishedBy { displayName departmentName }
        changes { kind itemCode itemTitle summary fields { label before after } }
      }
    }
  }
`);

const PlanVersionDocument = graphql(`
  query PlanVersion($plan: String!, $revision: Int!) {
    plan(code: $plan) {
      id
      version(revision: $revision) {
        revision
        effectiveOn
        goals { code title }
        measures { code title kind parentCode goalCode withdrawn leadName participantNames }
        indicators { code name target targetText unit targetDate }
      }
    }
  }
`);

type Version = NonNullable<PlanVersionQuery['plan']>['version'];

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    dateStyle: 'long',
    timeStyle: 'short',
  });

/** 查看此版本: the plan as it stood after revision N (0: as published), read-only. */
function VersionTree(props: { planCode: string; revision: number }) {
  const [{ data, error }] = useQuery({
    query: PlanVersionDocument,
    variables: { plan: props.planCode, revision: props.revision },
  });
  const version: Version | undefined = data?.plan?.version;
  const tree = useMemo(() => {
    if (!version) return [];
    const byCode = new Map(version.measures.map((m) => [m.code, m]));
    const treeMeasures = version.measures.map((m) => ({
      code: m.code,
      kind: m.kind,
      title: m.title,
      parent: m.parentCode ? { code: m.parentCode } : null,
      goal: m.goalCode ? { code: m.goalCode } : null,
    }));
    const label = (node: { key: string; title: string; children: unknown[] }): string => {
      const m = node.key.startsWith('measure:') ? byCode.get(node.key.slice(8)) : undefined;
      if (!m) return node.title;
      const units = [
        m.leadName && `牵头：${m.leadName}`,
        m.participantNames.length > 0 && `配合：${m.participantNames.join('、')}`,
      ]
        .filter(Boolean)
        .join('；');
      return `${node.title}${units ? `（${units}）` : ''}${m.withdrawn ? ' 〔已撤销〕' : ''}`;
    };
    type Node = { key: string; title: string; children: Node[] };
    const relabel = (nodes: Node[]): Node[] =>
      nodes.map((n) => ({ ...n, title: label(n), children: relabel(n.children) }));
    return relabel(editorTree(version.goals, treeMeasures));
  }, [version]);
  if (error) return <Alert type="error" showIcon message="无法读取此版本" description={error.message} />;
  if (!version) return <Skeleton active />;
  return (
    <div data-testid="version-tree" data-revision={version.revision}>
      <p className="muted">
        {version.revision === 0 ? '原发布版本' : `第 ${version.revision} 次调整后`}
        {version.effectiveOn && ` · ${formatDateLong(version.effectiveOn)} 起施行`} · 共 {version.measures.length}{' '}
        项措施
      </p>
      <Tree
        blockNode
        defaultExpandAll
        selectable={false}
        treeData={tree}
        titleRender={(node) => (
          <span
            className={String(node.title).endsWith('〔已撤销〕') ? 'tree-withdrawn' : undefined}
            data-key={node.key}
          >
            {String(node.title)}
          </span>
        )}
      />
      {version.indicators.length > 0 && (
        <>
          <h4 className="section">指标</h4>
          <ul>
            {version.indicators.map((i) => (
              <li key={i.code}>
                {i.name}：{i.target ?? '—'}
                {i.unit ?? ''}（{i.targetText}，{formatDateLong(i.targetDate)}）
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * 版本历史: every revision of the plan, newest first: who published it, when, why, its document number and
 * effective date, and its readable differences; 查看此版本 opens the plan as it stood then. Everyone who may see
 * the plan may read it.
 */
export function PlanHistoryPage() {
  const { planCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [{ data, error }, reexecute] = useQuery({ query: PlanHistoryQuery, variables: { plan: planCode } });
  useRetryOnReconnect(error, reexecute);
  const shown = params.get('version');
  if (error && !data) return <Alert type="error" showIcon message="版本历史加载失败" description={error.message} />;
  if (!data) return <Skeleton active />;
  const plan = data.plan;
  if (!plan) return <Alert type="warning" showIcon message={`未找到工作方案「${planCode}」`} />;
  const open = (revision: number) => setParams({ version: String(revision) });
  return (
    <div className="plan-history">
      <div className="plan-editor-head">
        <h1>{plan.title} · 版本历史</h1>
        {plan.viewerCan.revise && (
          <Link to={`/plans/${planCode}/revise`}>
            <Button type="primary">方案调整</Button>
          </Link>
        )}
      </div>
      {plan.revisions.length === 0 && <Empty description="本方案发布后尚未调整" />}
      {plan.revisions.map((r) => (
        <Card
          key={r.id}
          size="small"
          className="section revision-card"
          data-revision={r.number}
          title={
            <span>
              <Tag color="blue">第 {r.number} 次调整</Tag>
              {r.docNumber && <span className="revision-doc">{r.docNumber}</span>}
            </span>
          }
          extra={
            <Button size="small" onClick={() => open(r.number)}>
              查看此版本
            </Button>
          }
        >
          <div className="muted">
            {formatDateLong(r.effectiveOn)} 起施行 · {r.publishedBy.displayName}
            {r.publishedBy.departmentName && `（${r.publishedBy.departmentName}）`} 于 {dateTime(r.publishedAt)} 发布
          </div>
          <div className="revision-reason">调整理由：{r.reason}</div>
          <ChangeLines lines={r.changes} />
        </Card>
      ))}
      <Card
        size="small"
        className="section revision-card"
        data-revision={0}
        title={
          <span>
            <Tag>原发布版本</Tag>
            {plan.docNumber}
          </span>
        }
        extra={
          <Button size="small" onClick={() => open(0)}>
            查看此版本
          </Button>
        }
      >
        <div className="muted">{plan.issuedOn ? `${formatDateLong(plan.issuedOn)} 印发` : '方案发布时的内容'}</div>
      </Card>
      <Drawer
        open={shown !== null}
        width={720}
        title={shown === '0' ? '原发布版本' : `第 ${shown} 次调整后的方案`}
        onClose={() => setParams({})}
        destroyOnHidden
      >
        {shown !== null && <VersionTree planCode={planCode} revision={Number(shown)} />}
      </Drawer>
    </div>
  );
}
