import { Alert, Button, Card, Col, Row, Segmented, Select, Skeleton, Space } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../../gql';
import type { MeetingQuery as MeetingResult } from '../../gql/graphql';
import { formatPeriod } from '../../lib/format';
import { STATUS_META, STATUS_ORDER, TONE_COLOR } from '../../ui/status';
import { WarningTag } from '../../ui/WarningTag';
import { LatestReport_ProgressReport } from '../progress';
import { groupProblems, type Problem } from './problems';

const MeetingQuery = graphql(`
  query Meeting($plan: String!) {
    plan(code: $plan) {
      id
      title
      goals { id code title }
      measures {
        id
        code
        title
        kind
        parent { id code }
        goal { id code }
        warning { level reason }
        assignments { role department { code name } latestReport { ...LatestReport_ProgressReport } }
      }
      departments { code name kind }
      urgeNotices {
        id
        state
        level
        issuedLevel
        escalations
        overdue
        dueOn
        text
        measure { id code }
        department { code name }
        pendingExtension { id requestedDueOn }
      }
    }
  }
`);

const LEVEL_TEXT = { REMIND: '提醒', CHASE: '催办', SUPERVISE: '督办' } as const;

const PAGE_COLUMNS = { screen: 30, projector: 8 };

/** 调度会: measures × departments by latest status, and the problems that need another department's help. */
export function MeetingPage() {
  const { planCode = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const mode = search.get('mode') === 'projector' ? 'projector' : 'screen';
  const [project, setProject] = useState<string | null>(null);
  const [goal, setGoal] = useState<string | null>(null);
  const [department, setDepartment] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [{ data, error }] = useQuery({ query: MeetingQuery, variables: { plan: planCode } });

  const model = useMemo(() => {
    const plan = data?.plan;
    if (!plan) return null;
    const rows = plan.measures
      .filter((m) => m.kind !== 'PROJECT')
      .filter((m) => !project || m.parent?.code === project)
      .filter((m) => !goal || (m.goal?.code ?? plan.measures.find((p) => p.id === m.parent?.id)?.goal?.code) === goal)
      .map((m) => ({
        measure: m,
        cells: new Map(
          m.assignments.map((a) => [
            a.department.code,
            { role: a.role, latest: getFragmentData(LatestReport_ProgressReport, a.latestReport) },
          ]),
        ),
      }))
      .filter((r) => !department || r.cells.has(department));
    const used = new Set(rows.flatMap((r) => [...r.cells.keys()]));
    const columns = plan.departments.filter((d) => used.has(d.code) && (!department || d.code === department));
    const problems: Problem[] = rows.flatMap((r) =>
      [...r.cells.values()]
        .map((c) => c.latest)
        .filter((l): l is NonNullable<typeof l> => Boolean(l?.problems))
        .map((l) => ({ text: l.problems ?? '', measure: r.measure, raisedBy: l.department, period: l.period })),
    );
    const unique = [...new Map(problems.map((p) => [`${p.measure.code}|${p.raisedBy.code}`, p])).values()];
    return { rows, columns, groups: groupProblems(unique, plan.departments), plan };
  }, [data, project, goal, department]);

  if (error && !data) return <Alert type="error" showIcon message="调度会视图加载失败" description={error.message} />;
  if (!model) return <Skeleton active />;
  const size = PAGE_COLUMNS[mode];
  const pages = Math.max(1, Math.ceil(model.columns.length / size));
  const shown = model.columns.slice((page % pages) * size, (page % pages) * size + size);

  return (
    <div className={`meeting meeting-${mode}`}>
      <header className="page-header">
        <h1>调度会 · {model.plan.title}</h1>
        <Space wrap className="no-print">
          <Select
            allowClear
            placeholder="按工程筛选"
            style={{ width: 200 }}
            value={project}
            onChange={(v) => setProject(v ?? null)}
            options={model.plan.measures
              .filter((m) => m.kind === 'PROJECT')
              .map((m) => ({ value: m.code, label: `${m.code} ${m.title}` }))}
          />
          <Select
            allowClear
            placeholder="按目标筛选"
            style={{ width: 200 }}
            value={goal}
            onChange={(v) => setGoal(v ?? null)}
            options={model.plan.goals.map((g) => ({ value: g.code, label: g.title }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="按部门筛选"
            style={{ width: 200 }}
            value={department}
            onChange={(v) => setDepartment(v ?? null)}
            options={model.plan.departments.map((d) => ({ value: d.code, label: d.name }))}
          />
          <Segmented
            value={mode}
            onChange={(v) => setSearch(v === 'projector' ? { mode: 'projector' } : {})}
            options={[
              { value: 'screen', label: '桌面' },
              { value: 'projector', label: '投影' },
            ]}
          />
          <Button onClick={() => window.print()}>打印</Button>
        </Space>
      </header>
      <ul className="legend" aria-label="图例">
        <li>★ 牵头</li>
        <li>● 参与</li>
        {STATUS_ORDER.map((status) => (
          <li key={status} style={{ color: TONE_COLOR[STATUS_META[status].tone] }}>
            {STATUS_META[status].mark} {STATUS_META[status].label}
          </li>
        ))}
        <li>– 未填报</li>
      </ul>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={mode === 'projector' ? 24 : 17}>
          <Card
            size="small"
            title={`措施 × 部门（${model.rows.length} 项措施，${model.columns.length} 个部门）`}
            extra={
              pages > 1 && (
                <Space className="no-print">
                  <Button size="small" onClick={() => setPage((p) => (p + pages - 1) % pages)}>
                    上一组部门
                  </Button>
                  <span>
                    {(page % pages) + 1}/{pages}
                  </span>
                  <Button size="small" onClick={() => setPage((p) => (p + 1) % pages)}>
                    下一组部门
                  </Button>
                </Space>
              )
            }
          >
            <div className="matrix-scroll">
              <table className="matrix">
                <thead>
                  <tr>
                    <th scope="col">措施</th>
                    <th scope="col">预警</th>
                    {shown.map((d) => (
                      <th key={d.code} scope="col" className="matrix-dept">
                        <span>{d.name}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {model.rows.map(({ measure, cells }) => (
                    <tr key={measure.id} data-measure={measure.code}>
                      <th scope="row">
                        <Link to={`/plans/${planCode}/measures/${encodeURIComponent(measure.code)}`}>
                          {measure.code}
                        </Link>{' '}
                        {measure.title}
                      </th>
                      <td className="matrix-warning">
                        <WarningTag warning={measure.warning} compact />
                      </td>
                      {shown.map((d) => {
                        const cell = cells.get(d.code);
                        if (!cell) return <td key={d.code} />;
                        const meta = cell.latest ? STATUS_META[cell.latest.status] : null;
                        const color = meta ? TONE_COLOR[meta.tone] : TONE_COLOR.grey;
                        return (
                          <td
                            key={d.code}
                            className="matrix-cell"
                            data-department={d.code}
                            data-status={cell.latest?.status ?? 'NONE'}
                            style={{ background: `${color}22`, color }}
                            title={`${d.name}${cell.role === 'LEAD' ? '（牵头）' : '（参与）'}：${meta ? `${meta.label} ${cell.latest?.percentComplete}%（${formatPeriod(cell.latest?.period ?? '')}）` : '未填报'}`}
                          >
                            {cell.role === 'LEAD' ? '★' : '●'} {meta ? meta.mark : '–'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </Col>
        <Col xs={24} xxl={mode === 'projector' ? 24 : 7}>
          <OpenNotices notices={model.plan.urgeNotices} planCode={planCode} />
          <Card size="small" title="需协调事项（按被请求协助的部门）" className="problems">
            {model.groups.length === 0 && <p className="empty">最新报告中没有需协调的问题。</p>}
            {model.groups.map((group) => (
              <section key={group.to?.code ?? 'none'} className="problem-group">
                <h3>
                  {group.to ? `请 ${group.to.name} 协助` : '未指明协助部门'}（{group.problems.length}）
                </h3>
                <ul>
                  {group.problems.map((p) => (
                    <li key={`${p.measure.code}|${p.raisedBy.code}`}>
                      <b>{p.raisedBy.name}</b>（{p.measure.code}，{formatPeriod(p.period)}）：{p.text}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

type MeetingNotice = NonNullable<MeetingResult['plan']>['urgeNotices'][number];

/**
 * 督办事项 for the meeting: the notices still open, overdue first, each saying its level (and what it rose from),
 * its reply date, and an extension the office has yet to decide.
 */
function OpenNotices(props: { notices: MeetingNotice[]; planCode: string }) {
  const open = props.notices
    .filter((n) => n.state !== 'CLOSED')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  const overdue = open.filter((n) => n.overdue).length;
  const pending = open.filter((n) => n.pendingExtension).length;
  return (
    <Card
      size="small"
      title={`督办事项（未办结 ${open.length}，逾期 ${overdue}，待审批延期 ${pending}）`}
      className="problems meeting-notices"
    >
      {open.length === 0 && <p className="empty">没有未办结的督办单。</p>}
      <ul>
        {open.map((n) => (
          <li key={n.id} data-notice={n.id} data-overdue={n.overdue ? 'true' : 'false'}>
            <b>{n.department.name}</b>（
            <Link to={`/plans/${props.planCode}/measures/${encodeURIComponent(n.measure.code)}`}>{n.measure.code}</Link>
            ，{LEVEL_TEXT[n.level]}
            {n.escalations > 0 && `，由${LEVEL_TEXT[n.issuedLevel]}逾期升级`}）：{n.text}
            <div className={n.overdue ? 'overdue' : 'muted'}>
              {n.overdue ? '■ 已超期，' : ''}反馈期限 {n.dueOn}
              {n.pendingExtension && ` · 申请延期至 ${n.pendingExtension.requestedDueOn}（待审批）`}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
