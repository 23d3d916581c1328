import { Alert, Card, Col, Drawer, Empty, Grid, Row, Segmented, Skeleton, Space } from 'antd';
import { type RefObject, Suspense, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { useSession } from '../auth';
import { IndicatorValueForm } from '../indicator';
import { InstructionList } from '../instruction';
import { LedgerButton, ledgerPath } from '../ledger';
import { loadReportForm, loadReportTimeline, ValuesWorkbook } from '../progress';
import { loadNoticeList } from '../supervision';
import { DeskHeader } from './DeskHeader';
import { FormerList, OwedList, PartakingList, type Resubmit, ReturnedCard } from './DeskLists';
import { type DeskFocus, deskFocus, focusKey, focusMissingText, focusShown } from './desk-focus';
import { type DeskDepartment, type DeskItem, type DeskView, useDesk } from './useDesk';

// The desk is read on phones over a slow intranet: what shows only on demand (the report form in its drawer, the
// report history tab, the notices' table when there are notices) loads when it is shown.
const ReportForm = lazyPage(loadReportForm, 'ReportForm');
const ReportTimeline = lazyPage(loadReportTimeline, 'ReportTimeline');
const NoticeList = lazyPage(loadNoticeList, 'NoticeList');
const loadingPart = <Skeleton active />;

/**
 * 我的任务: what this department owes (the parts it must report on, returned reports, open notices), most urgent
 * first, and a one-minute way to post it; apart from that, calmly, the measures it only takes part in
 * (`owesReports` false: 配合单位不单独报送), with the measure's latest report. A member unit (a town) holds its
 * group's parts (`heldThrough`) and reports for the group. What the viewer may do comes from `viewerCan`.
 */
export function DeskPage() {
  const { planCode = '' } = useParams();
  const session = useSession();
  const department = session?.user.department?.code ?? '';
  const [view, setView] = useState<'tasks' | 'history'>('tasks');
  const desk = useDesk(planCode, department);
  const root = useRef<HTMLDivElement>(null);
  const [params] = useSearchParams();
  const focus = deskFocus(params);
  const key = focus ? focusKey(focus) : null;
  const shown = focus !== null && desk.view !== null && focusShown(focus, desk.view.contents);
  const missing = useFocusCheck(key, desk.view !== null, shown, desk.reload);
  // A link into the desk shows the tasks, where what it points at is, and scrolls there.
  useEffect(() => {
    if (key) setView('tasks');
  }, [key]);
  useScrollToFocus(root, shown ? key : null);
  if (!department) return <Alert type="info" showIcon message="“我的任务”供部门填报员使用：当前账号未归属任何部门。" />;
  if (desk.error) return <Alert type="error" showIcon message="任务加载失败" description={desk.error.message} />;
  if (!desk.view || !desk.department) return <Skeleton active />;
  return (
    <div className="desk" ref={root}>
      <DeskHeader department={desk.department} view={desk.view} />
      {focus && missing && (
        <Alert
          type="info"
          showIcon
          className="section desk-focus-missing"
          message={focusMissingText(focus)}
          action={focus.kind === 'notice' && <Link to={`/plans/${planCode}/supervision`}>督办</Link>}
        />
      )}
      <div className="ledger-buttons">
        <LedgerButton
          path={ledgerPath.department(planCode, department)}
          label="下载本部门台账"
          fallbackName="部门工作台账.xlsx"
        />
      </div>
      <Segmented
        value={view}
        onChange={(v) => setView(v as 'tasks' | 'history')}
        options={[
          { value: 'tasks', label: '待办事项' },
          { value: 'history', label: '本部门报告记录' },
        ]}
      />
      {view === 'tasks' ? (
        <DeskTasks
          planCode={planCode}
          departmentCode={department}
          department={desk.department}
          view={desk.view}
          focus={shown ? focus : null}
        />
      ) : (
        <Card size="small" className="section">
          <Suspense fallback={loadingPart}>
            {desk.view.all.map(({ key, assignment }) => (
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
          </Suspense>
        </Card>
      )}
    </div>
  );
}

/**
 * Whether the desk lacks what a link points at, once it has read itself again: a notice issued a moment ago may not be
 * in what it read first.
 */
function useFocusCheck(key: string | null, loaded: boolean, shown: boolean, reload: () => Promise<unknown>): boolean {
  const requested = useRef<string | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  useEffect(() => {
    if (!key || !loaded || shown || requested.current === key) return;
    requested.current = key;
    void reload().finally(() => setChecked(key));
  }, [key, loaded, shown, reload]);
  return key !== null && !shown && checked === key;
}

/**
 * Scrolls to what a link points at (marked `.link-target`) once per link, when it is there and the parts the desk
 * loads later (the notices' table) have loaded above it, so that nothing pushes it away afterwards.
 */
function useScrollToFocus(root: RefObject<HTMLDivElement | null>, key: string | null): void {
  useEffect(() => {
    if (!key) return;
    const scroll = () => {
      const desk = root.current;
      const target = desk?.querySelector('.link-target');
      if (!desk || !target || desk.querySelector('.ant-skeleton')) return false;
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      return true;
    };
    if (scroll()) return;
    const observer = new MutationObserver(() => {
      if (scroll()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root, key]);
}

/** 待办事项: instructions, returned reports, open notices, what is owed and what is only taken part in. */
function DeskTasks(props: {
  planCode: string;
  departmentCode: string;
  department: DeskDepartment;
  view: DeskView;
  focus: DeskFocus | null;
}) {
  const { planCode, department, view, focus } = props;
  const focusMeasure = focus?.kind === 'measure' ? focus.code : undefined;
  const [open, setOpen] = useState<string | null>(null);
  const [resubmit, setResubmit] = useState<Resubmit | null>(null);
  const returnedMeasures = new Set(view.returned.map((r) => r.measure.code));
  const { instructions, unread, returned, openNotices, items, partaking, all, withdrawn, ended } = view;
  return (
    <>
      {instructions.length > 0 && (
        <Card
          size="small"
          title={unread > 0 ? `领导批示（${unread} 条未阅）` : '领导批示'}
          className="section instructions-card"
        >
          <InstructionList
            instructions={instructions}
            planCode={planCode}
            emptyText=""
            canMarkRead
            focusId={focus?.kind === 'instruction' ? focus.id : undefined}
          />
        </Card>
      )}
      {returned.length > 0 && (
        <ReturnedCard planCode={planCode} returned={returned} onResubmit={setResubmit} focusMeasure={focusMeasure} />
      )}
      {openNotices.length > 0 && (
        <Card size="small" title={`督办单（${openNotices.length} 件待办理）`} className="section notices-card">
          <Suspense fallback={loadingPart}>
            <NoticeList notices={openNotices} emptyText="" focusId={focus?.kind === 'notice' ? focus.id : undefined} />
          </Suspense>
        </Card>
      )}
      <Row gutter={[16, 16]} className="section">
        <Col xs={24} lg={16}>
          {all.length === 0 && <Empty description="本部门在此方案中没有承担措施" />}
          {items.length > 0 && <h2 className="desk-section-title">应报事项（{items.length} 项）</h2>}
          <OwedList
            planCode={planCode}
            items={items}
            returnedMeasures={returnedMeasures}
            onOpen={setOpen}
            focusMeasure={focusMeasure}
          />
          {partaking.length > 0 && (
            <PartakingList planCode={planCode} partaking={partaking} onOpen={setOpen} focusMeasure={focusMeasure} />
          )}
          <FormerList planCode={planCode} withdrawn={withdrawn} ended={ended} focusMeasure={focusMeasure} />
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title="本部门负责的指标">
            {(department.indicators ?? []).length === 0 ? (
              <p className="empty">本部门不负责填报指标。</p>
            ) : (
              <IndicatorValueForm planCode={planCode} indicators={department.indicators ?? []} />
            )}
          </Card>
          <Card size="small" title="Excel 批量填报" className="section">
            <Space direction="vertical">
              {all.length > 0 && <ValuesWorkbook kind="progress" planCode={planCode} label="进度" />}
              {(department.indicators ?? []).length > 0 && (
                <ValuesWorkbook kind="indicator-values" planCode={planCode} label="指标" />
              )}
            </Space>
          </Card>
        </Col>
      </Row>
      <ReportDrawers
        planCode={planCode}
        department={department}
        departmentCode={props.departmentCode}
        view={view}
        opened={all.find((i) => i.key === open) ?? null}
        onClose={() => setOpen(null)}
        resubmit={resubmit}
        onResubmitted={() => setResubmit(null)}
      />
    </>
  );
}

/** The periods a report is asked for, most pressing first, as the server's reporting status says. */
function periodsFor(item: DeskItem, period: string) {
  return item.assignment.reporting?.filingPeriods ?? [period];
}

function formNote(item: DeskItem, department: DeskDepartment) {
  return [
    item.assignment.heldThrough &&
      `以「${department.name}」名义填报，计为「${item.assignment.heldThrough.name}」的报送。`,
    !item.assignment.owesReports && '本部门为配合单位，不单独报送；在此补充的进展计入该措施，可选填。',
  ]
    .filter(Boolean)
    .join('');
}

/** 填报进展 and 修改后重新提交, each in a drawer with the report form. */
function ReportDrawers(props: {
  planCode: string;
  department: DeskDepartment;
  departmentCode: string;
  view: DeskView;
  opened: DeskItem | null;
  onClose: () => void;
  resubmit: Resubmit | null;
  onResubmitted: () => void;
}) {
  const { planCode, opened, resubmit, departmentCode } = props;
  const screens = Grid.useBreakpoint();
  const width = screens.md ? 560 : '100%';
  return (
    <>
      <Drawer
        open={opened != null}
        onClose={props.onClose}
        width={width}
        title={opened ? `填报进展：${opened.assignment.measure.code} ${opened.assignment.measure.title}` : ''}
        destroyOnHidden
      >
        {opened && (
          <Suspense fallback={loadingPart}>
            <ReportForm
              planCode={planCode}
              measureCode={opened.assignment.measure.code}
              departmentCode={departmentCode}
              periods={periodsFor(opened, props.view.period)}
              last={opened.latest ?? null}
              note={formNote(opened, props.department) || undefined}
              onDone={props.onClose}
            />
          </Suspense>
        )}
      </Drawer>
      <Drawer
        open={resubmit != null}
        onClose={props.onResubmitted}
        width={width}
        title={resubmit ? `修改后重新提交：${resubmit.measureCode} ${resubmit.title}` : ''}
        destroyOnHidden
      >
        {resubmit && (
          <Suspense fallback={loadingPart}>
            <ReportForm
              planCode={planCode}
              measureCode={resubmit.measureCode}
              departmentCode={departmentCode}
              periods={[resubmit.report.period]}
              last={null}
              editing={resubmit.report}
              onDone={props.onResubmitted}
            />
          </Suspense>
        )}
      </Drawer>
    </>
  );
}
