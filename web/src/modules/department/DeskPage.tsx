import { Alert, Card, Col, Drawer, Empty, Grid, Row, Segmented, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { getFragmentData, graphql } from '../../gql';
import { formatPercent, formatPeriod } from '../../lib/format';
import { StatusTag } from '../../ui/StatusTag';
import { TONE_COLOR } from '../../ui/status';
import { WARNING_META, type WarningLevelName } from '../../ui/warning';
import { useSession } from '../auth';
import { IndicatorValueForm } from '../indicator';
import { InstructionList } from '../instruction';
import {
  type EditedReport,
  LatestReport_ProgressReport,
  ReportForm,
  ReportTimeline,
  ReportTimeline_ProgressReport,
} from '../progress';
import { NoticeList } from '../supervision';

const DeskQuery = graphql(`
  query Desk($plan: String!, $department: String!) {
    plan(code: $plan) { id code filingPeriod }
    department(code: $department) {
      code
      name
      progress(planCode: $plan) { percent reported total rule }
      assignments(planCode: $plan, inherited: true) {
        role
        owesReports
        heldThrough { code name }
        measure {
          id
          code
          title
          kind
          parent { id code title }
          leadDepartments { code name }
          latestReport { ...LatestReport_ProgressReport }
          warning { level reason }
          reports(first: 20) { ...ReportTimeline_ProgressReport }
        }
        latestReport { ...LatestReport_ProgressReport }
        warning { level reason dueOn }
        reporting { filingPeriods }
      }
      indicators(planCode: $plan) { id code name unit targetKind target latest { id value asOf } }
      urgeNotices(planCode: $plan) { id state ...NoticeList_UrgeNotice }
      instructions(planCode: $plan) { id readAt ...InstructionList_Instruction }
    }
  }
`);

type Urgency = 'overdue' | 'due' | 'attention' | 'done';
const URGENCY_ORDER: Urgency[] = ['overdue', 'due', 'attention', 'done'];
/** The desk's order is the server's 三色预警: red (overdue) first, then blue (due soon), then yellow (behind). */
const URGENCY_OF: Record<WarningLevelName, Urgency> = {
  RED: 'overdue',
  BLUE: 'due',
  YELLOW: 'attention',
  GREEN: 'done',
  GREY: 'done',
};

const URGENCY_TEXT: Record<Urgency, { label: string; color: string }> = {
  overdue: { label: '■ 逾期', color: TONE_COLOR.red },
  due: { label: '◆ 临期', color: TONE_COLOR.blue },
  attention: { label: '▲ 滞后', color: TONE_COLOR.yellow },
  done: { label: '● 正常', color: TONE_COLOR.green },
};

/**
 * 我的任务: what this department owes (the parts it must report on, returned reports, open notices), most urgent
 * first, and a one-minute way to post it; apart from that, calmly, the measures it only takes part in
 * (`owesReports` false: 配合单位不单独报送), with the measure's latest report. A member unit (a town) holds its
 * group's parts (`heldThrough`) and reports for the group.
 */
export function DeskPage() {
  const { planCode = '' } = useParams();
  const session = useSession();
  const screens = Grid.useBreakpoint();
  const department = session?.user.department?.code ?? '';
  const [open, setOpen] = useState<string | null>(null);
  const [resubmit, setResubmit] = useState<{ measureCode: string; title: string; report: EditedReport } | null>(null);
  const [view, setView] = useState<'tasks' | 'history'>('tasks');
  const [{ data, error }, reexecute] = useQuery({
    query: DeskQuery,
    variables: { plan: planCode, department },
    pause: !department,
  });
  useRetryOnReconnect(error, reexecute);
  if (!department) return <Alert type="info" showIcon message="“我的任务”供部门填报员使用：当前账号未归属任何部门。" />;
  if (error && !data) return <Alert type="error" showIcon message="任务加载失败" description={error.message} />;
  if (!data?.plan || !data.department) return <Skeleton active />;
  // The server's clock and cycle decide the period (tests and demos may run at another date).
  const period = data.plan.filingPeriod;
  const all = (data.department.assignments ?? [])
    .filter((a) => a.measure.kind !== 'PROJECT')
    .map((a) => {
      const latest = getFragmentData(LatestReport_ProgressReport, a.latestReport);
      const key = `${a.measure.id}:${a.heldThrough?.code ?? ''}`;
      return { key, assignment: a, latest, item: { urgency: URGENCY_OF[a.warning.level], reason: a.warning.reason } };
    })
    .sort(
      (a, b) =>
        URGENCY_ORDER.indexOf(a.item.urgency) - URGENCY_ORDER.indexOf(b.item.urgency) ||
        a.assignment.measure.code.localeCompare(b.assignment.measure.code, 'zh-CN', { numeric: true }),
    );
  // What the server says this department owes, and what it only takes part in.
  const items = all.filter((i) => i.assignment.owesReports);
  const partaking = all
    .filter((i) => !i.assignment.owesReports)
    .sort((a, b) => a.assignment.measure.code.localeCompare(b.assignment.measure.code, 'zh-CN', { numeric: true }));
  const openNotices = (data.department.urgeNotices ?? []).filter((n) => n.state !== 'CLOSED');
  const instructions = data.department.instructions ?? [];
  const unread = instructions.filter((i) => !i.readAt).length;
  // 退回修改: this department's standing reports the plan office sent back, waiting for a resubmission.
  const returned = all.flatMap(({ assignment }) =>
    assignment.measure.reports
      .map((r) => getFragmentData(ReportTimeline_ProgressReport, r))
      .filter((r) => r.department.code === department && r.reviewState === 'RETURNED' && !r.withdrawn)
      .map((report) => ({ measure: assignment.measure, report })),
  );
  const returnedMeasures = new Set(returned.map((r) => r.measure.code));
  const opened = all.find((i) => i.key === open);
  const counts = (u: Urgency) => items.filter((i) => i.item.urgency === u).length;
  const owing = [
    counts('overdue') > 0 && `逾期未报 ${counts('overdue')} 项`,
    returned.length > 0 && `退回待修改 ${returned.length} 份`,
    openNotices.length > 0 && `督办单待办理 ${openNotices.length} 件`,
    counts('due') > 0 && `临期待报 ${counts('due')} 项`,
  ].filter(Boolean);
  const groups = [...new Set(all.flatMap((i) => (i.assignment.heldThrough ? [i.assignment.heldThrough.name] : [])))];
  const verdict =
    owing.length > 0
      ? `本部门现有待办：${owing.join('、')}`
      : items.length > 0
        ? `本部门当前无逾期、无待办：承担报送的 ${items.length} 项措施均无欠报${partaking.length > 0 ? `；另参与配合 ${partaking.length} 项，不单独报送` : ''}`
        : partaking.length > 0
          ? `本部门当前无待办：在此方案中为配合单位，参与 ${partaking.length} 项措施，不单独报送进展（可选择补充）`
          : '';
  // The periods a report is asked for, most pressing first, as the server's reporting status says.
  const periodsFor = (i: (typeof all)[number]) => i.assignment.reporting?.filingPeriods ?? [period];
  const formNote = (i: (typeof all)[number]) =>
    [
      i.assignment.heldThrough &&
        `以「${data.department?.name}」名义填报，计为「${i.assignment.heldThrough.name}」的报送。`,
      !i.assignment.owesReports && '本部门为配合单位，不单独报送；在此补充的进展计入该措施，可选填。',
    ]
      .filter(Boolean)
      .join('');

  return (
    <div className="desk">
      <header className="page-header">
        <h1>我的任务 · {data.department.name}</h1>
        <div className="muted">
          本期 {formatPeriod(period)} · 应报 {items.length} 项：逾期 {counts('overdue')} 项 · 临期 {counts('due')} 项 ·
          滞后 {counts('attention')} 项 · 参与配合 {partaking.length} 项（不单独报送）· 部门进度{' '}
          {formatPercent(data.department.progress?.percent ?? 0)}
          {groups.length > 0 && <> · 含所在组「{groups.join('、')}」承担的措施</>}
        </div>
        {verdict && (
          <Alert
            className="desk-verdict"
            type={owing.length > 0 ? (counts('overdue') > 0 || returned.length > 0 ? 'error' : 'warning') : 'success'}
            showIcon
            message={verdict}
          />
        )}
      </header>
      <Segmented
        value={view}
        onChange={(v) => setView(v as 'tasks' | 'history')}
        options={[
          { value: 'tasks', label: '待办事项' },
          { value: 'history', label: '本部门报告记录' },
        ]}
      />
      {view === 'tasks' ? (
        <>
          {instructions.length > 0 && (
            <Card
              size="small"
              title={unread > 0 ? `领导批示（${unread} 条未阅）` : '领导批示'}
              className="section instructions-card"
            >
              <InstructionList instructions={instructions} planCode={planCode} emptyText="" canMarkRead />
            </Card>
          )}
          {returned.length > 0 && (
            <Card size="small" title={`退回修改（${returned.length} 份待重新提交）`} className="section returned-card">
              <ul className="desk-list">
                {returned.map(({ measure, report }) => (
                  <li key={report.id} className="desk-item urgency-returned" data-report={report.id}>
                    <div className="desk-item-head">
                      <Tag color="red">↩ 退回修改</Tag>
                      <Link to={`/plans/${planCode}/measures/${encodeURIComponent(measure.code)}`}>
                        {measure.code} {measure.title}
                      </Link>
                      <span className="muted">{formatPeriod(report.period)} 报告</span>
                    </div>
                    <div className="desk-item-body">
                      <span>退回理由：{report.reviewNote ?? '—'}</span>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() =>
                          setResubmit({
                            measureCode: measure.code,
                            title: measure.title,
                            report: {
                              id: report.id,
                              version: report.version,
                              period: report.period,
                              status: report.status,
                              percentComplete: report.percentComplete,
                              summary: report.summary,
                              problems: report.problems,
                              nextSteps: report.nextSteps,
                              evidence: report.evidence,
                            },
                          })
                        }
                      >
                        修改后重新提交
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {openNotices.length > 0 && (
            <Card size="small" title={`督办单（${openNotices.length} 件待办理）`} className="section notices-card">
              <NoticeList notices={openNotices} emptyText="" />
            </Card>
          )}
          <Row gutter={[16, 16]} className="section">
            <Col xs={24} lg={16}>
              {all.length === 0 && <Empty description="本部门在此方案中没有承担措施" />}
              {items.length > 0 && <h2 className="desk-section-title">应报事项（{items.length} 项）</h2>}
              <ul className="desk-list owed-list">
                {items.map(({ key, assignment, latest, item }) => (
                  <li key={key} className={`desk-item urgency-${item.urgency}`} data-measure={assignment.measure.code}>
                    <div className="desk-item-head">
                      <span className="urgency" style={{ color: URGENCY_TEXT[item.urgency].color }}>
                        {URGENCY_TEXT[item.urgency].label}
                      </span>
                      <Link to={`/plans/${planCode}/measures/${encodeURIComponent(assignment.measure.code)}`}>
                        {assignment.measure.code} {assignment.measure.title}
                      </Link>
                      <Tag color={assignment.role === 'LEAD' ? 'red' : 'default'}>
                        {assignment.role === 'LEAD' ? '★ 牵头' : '● 参与'}
                      </Tag>
                      {assignment.heldThrough && <Tag color="blue">「{assignment.heldThrough.name}」承担</Tag>}
                      {returnedMeasures.has(assignment.measure.code) && <Tag color="red">↩ 退回待修改</Tag>}
                    </div>
                    <div className="desk-item-body">
                      <span>{item.reason}</span>
                      {latest ? (
                        <span className="muted">
                          最新：{formatPeriod(latest.period)} <StatusTag status={latest.status} />{' '}
                          {latest.percentComplete}%
                        </span>
                      ) : (
                        <span className="muted">尚未填报</span>
                      )}
                      <button type="button" className="link-button" onClick={() => setOpen(key)}>
                        填报进展
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
              {partaking.length > 0 && (
                <>
                  <h2 className="desk-section-title">
                    参与配合（{partaking.length} 项 · 不单独报送，进展由牵头单位报送）
                  </h2>
                  <ul className="desk-list partaking-list">
                    {partaking.map(({ key, assignment }) => {
                      const lead = getFragmentData(LatestReport_ProgressReport, assignment.measure.latestReport);
                      const leads = assignment.measure.leadDepartments.map((d) => d.name).join('、');
                      return (
                        <li key={key} className="desk-item partaking" data-measure={assignment.measure.code}>
                          <div className="desk-item-head">
                            <Tag>● 配合</Tag>
                            <Link to={`/plans/${planCode}/measures/${encodeURIComponent(assignment.measure.code)}`}>
                              {assignment.measure.code} {assignment.measure.title}
                            </Link>
                            {assignment.heldThrough && <Tag color="blue">「{assignment.heldThrough.name}」承担</Tag>}
                          </div>
                          <div className="desk-item-body">
                            <span className="muted">牵头：{leads || '—'}</span>
                            {lead ? (
                              <span className="muted">
                                措施最新报告：{formatPeriod(lead.period)} <StatusTag status={lead.status} />{' '}
                                {lead.percentComplete}%（{lead.department.name}）
                              </span>
                            ) : (
                              <span className="muted">措施尚无报告</span>
                            )}
                            <span className="muted" title={assignment.measure.warning.reason}>
                              措施预警（牵头单位负责）：{WARNING_META[assignment.measure.warning.level].mark}{' '}
                              {WARNING_META[assignment.measure.warning.level].label}
                            </span>
                            <button type="button" className="link-button secondary" onClick={() => setOpen(key)}>
                              补充进展（可选）
                            </button>
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title="本部门负责的指标">
                {(data.department.indicators ?? []).length === 0 ? (
                  <p className="empty">本部门不负责填报指标。</p>
                ) : (
                  <IndicatorValueForm planCode={planCode} indicators={data.department.indicators ?? []} />
                )}
              </Card>
            </Col>
          </Row>
        </>
      ) : (
        <Card size="small" className="section">
          {all.map(({ key, assignment }) => (
            <section key={key}>
              <h3>
                {assignment.measure.code} {assignment.measure.title}
              </h3>
              <ReportTimeline
                reports={assignment.measure.reports}
                departmentCode={department}
                planCode={planCode}
                emptyText="本部门尚未就此措施报告。"
              />
            </section>
          ))}
        </Card>
      )}
      <Drawer
        open={opened != null}
        onClose={() => setOpen(null)}
        width={screens.md ? 560 : '100%'}
        title={opened ? `填报进展：${opened.assignment.measure.code} ${opened.assignment.measure.title}` : ''}
        destroyOnHidden
      >
        {opened && (
          <ReportForm
            planCode={planCode}
            measureCode={opened.assignment.measure.code}
            departmentCode={department}
            periods={periodsFor(opened)}
            last={opened.latest ?? null}
            note={formNote(opened) || undefined}
            onDone={() => setOpen(null)}
          />
        )}
      </Drawer>
      <Drawer
        open={resubmit != null}
        onClose={() => setResubmit(null)}
        width={screens.md ? 560 : '100%'}
        title={resubmit ? `修改后重新提交：${resubmit.measureCode} ${resubmit.title}` : ''}
        destroyOnHidden
      >
        {resubmit && (
          <ReportForm
            planCode={planCode}
            measureCode={resubmit.measureCode}
            departmentCode={department}
            periods={[resubmit.report.period]}
            last={null}
            editing={resubmit.report}
            onDone={() => setResubmit(null)}
          />
        )}
      </Drawer>
    </div>
  );
}
