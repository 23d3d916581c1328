import { today as todayOf } from '../../shared/clock';
import type { RequestScope } from '../../shared/request-scope';
import {
  AssignmentRole,
  type AssignmentView,
  getAssignmentsOfDepartment,
  getAssignmentsOfMeasure,
} from '../assignment';
import { type DepartmentRow, getDepartmentByCode, getDepartments } from '../department';
import { getIndicatorsOfPlan, IndicatorDirection, type IndicatorRow, TargetKind } from '../indicator';
import { getMeasureIndex, type MeasureIndex, MeasureKind, type MeasureRow } from '../measure';
import { getPlanByCode, type PlanRow } from '../plan';
import { authorize } from '../policy';
import {
  getDepartmentProgress,
  getMeasureProgress,
  getPlanProgress,
  getStandingReportsOfPlan,
  progressLoaders,
  reportedOnOf,
  type StandingReportRow,
} from '../progress';
import {
  assessIndicator,
  getAssignmentWarning,
  getDepartmentVerdictWarning,
  getIndicatorAssessment,
  getMeasureReporting,
  getMeasureWarning,
  getPlanOverview,
  participantVerdict,
  verdictOf,
  type Warning,
} from '../supervision';
import {
  fileNameOf,
  type LedgerBook,
  type LedgerCell,
  type LedgerColumn,
  type LedgerCover,
  type LedgerTable,
  REVIEW_LABEL,
  STATUS_META,
  sheetName,
  WARNING_META,
} from './ledger.rules';

// The 台账 are read from the services that feed the screens: the warnings and 报送情况 of supervision (the cockpit,
// the measure page, 我的任务), the roll-ups of progress, and 指标评估 (the indicator page). So a ledger and its
// screen never disagree: the ledger only lays their answers out as rows.

/** The measure ledger's columns, in order (the rows below fill them in this order). */
const MEASURE_COLUMNS: LedgerColumn[] = [
  { header: '编号', maxWidth: 10 },
  { header: '措施', maxWidth: 40, wrap: true },
  { header: '措施状态', maxWidth: 30, wrap: true },
  { header: '牵头单位', maxWidth: 24, wrap: true },
  { header: '配合单位', maxWidth: 30, wrap: true },
  { header: '当前研判', maxWidth: 12 },
  { header: '研判说明', maxWidth: 40, wrap: true },
  { header: '当前进度（%）', maxWidth: 14 },
  { header: '报送期', maxWidth: 10 },
  { header: '报送单位', maxWidth: 20, wrap: true },
  { header: '进展状态', maxWidth: 20, wrap: true },
  { header: '完成进度（%）', maxWidth: 14 },
  { header: '进展情况', maxWidth: 50, wrap: true },
  { header: '存在问题', maxWidth: 40, wrap: true },
  { header: '佐证材料', maxWidth: 40, wrap: true },
  { header: '报送日期', maxWidth: 12 },
  { header: '审核', maxWidth: 10 },
];

export const MEASURE_LEDGER_HEADERS = MEASURE_COLUMNS.map((column) => column.header);

/** 研判 as the screens tag it: its label (逾期未报, 落后序时…) filled with its level's colour. */
const verdictCell = (verdict: { level: string; label: string }): LedgerCell => ({
  value: verdict.label,
  tone: (WARNING_META[verdict.level] ?? WARNING_META.GREY!).tone,
});

interface Names {
  of(id: number): string;
}

async function namesOf(scope: RequestScope): Promise<Names> {
  const byId = new Map((await getDepartments(scope)).map((d) => [d.id, d.name]));
  return { of: (id) => byId.get(id) ?? `部门 ${id}` };
}

/** A measure's place in the plan: the sheet it goes on (its project, 保障措施, or 其他措施). */
function sheetOf(index: MeasureIndex, measure: MeasureRow): MeasureRow | 'SAFEGUARD' | 'OTHER' {
  const top = index.lineage(measure).at(-1)!;
  if (top.kind === MeasureKind.PROJECT) return top;
  return top.kind === MeasureKind.SAFEGUARD ? 'SAFEGUARD' : 'OTHER';
}

/** 已撤销 says so, with the day and the reason; a measure in force says 执行中. */
function measureState(measure: MeasureRow, index: MeasureIndex, asOf: string): LedgerCell {
  const withdrawn = index.lineage(measure).find((node) => index.isWithdrawn(node, asOf));
  if (!withdrawn) return '执行中';
  const reason = withdrawn.withdrawnReason ? `：${withdrawn.withdrawnReason}` : '';
  return { value: `已撤销（${withdrawn.withdrawnOn} 起）${reason}`, tone: 'grey' };
}

/**
 * The rows of one leaf measure: each standing report (a department's newest for a period), each period overdue and
 * unreported (逾期未报, as the measure page says it), oldest period first; one row saying 尚未填报 when neither.
 */
async function measureRows(
  scope: RequestScope,
  context: { index: MeasureIndex; names: Names; asOf: string; reports: Map<number, StandingReportRow[]> },
  measure: MeasureRow,
  warning: Warning,
): Promise<LedgerCell[][]> {
  const { index, names, asOf } = context;
  const [assignments, progress, reporting] = await Promise.all([
    getAssignmentsOfMeasure(scope, measure),
    getMeasureProgress(scope, measure),
    getMeasureReporting(scope, measure),
  ]);
  const leads = assignments.filter((a) => a.role === AssignmentRole.LEAD).map((a) => names.of(a.departmentId));
  const partners = assignments.filter((a) => a.role !== AssignmentRole.LEAD).map((a) => names.of(a.departmentId));
  const withdrawn = index.lineage(measure).some((node) => index.isWithdrawn(node, asOf));
  const head: LedgerCell[] = [
    measure.code,
    measure.title,
    measureState(measure, index, asOf),
    leads.join('、'),
    partners.join('、'),
    withdrawn ? { value: '已撤销', tone: 'grey' } : verdictCell(verdictOf(warning)),
    warning.reason,
    progress.percent,
  ];
  const lines: { period: string; cells: LedgerCell[] }[] = [];
  for (const report of context.reports.get(measure.id) ?? []) {
    const status = STATUS_META[report.status] ?? { label: report.status, tone: 'grey' as const };
    lines.push({
      period: report.period,
      cells: [
        report.period,
        names.of(report.departmentId),
        { value: status.label, tone: status.tone },
        report.percentComplete,
        report.summary,
        report.problems ?? '',
        report.evidence.map((item) => `${item.title}：${item.url}`).join('\n'),
        reportedOnOf(report),
        REVIEW_LABEL[report.reviewState] ?? report.reviewState,
      ],
    });
  }
  // A withdrawn measure owes nothing more: the periods it missed before are its record, not a debt.
  for (const overdue of withdrawn ? [] : (reporting?.overdue ?? [])) {
    lines.push({
      period: overdue.period,
      cells: [
        overdue.period,
        leads.join('、') || partners.join('、'),
        { value: `逾期未报（${overdue.dueOn} 截止，逾期 ${overdue.workingDaysLate} 个工作日）`, tone: 'red' },
        null,
        '',
        '',
        '',
        null,
        '',
      ],
    });
  }
  if (lines.length === 0) {
    return [[...head, null, '', { value: '尚未填报', tone: 'grey' }, null, '', '', '', null, '']];
  }
  lines.sort((a, b) => a.period.localeCompare(b.period));
  return lines.map((line) => [...head, ...line.cells]);
}

/** The lines of the plan's header (the department's and the indicator ledger's covers keep only these). */
const PLAN_HEADER = ['方案', '文号', '发文单位', '实施期', '数据截至', '方案阶段', '序时进度（%）'];

/** The plan header, the as-of date and the cockpit's counts. */
async function planLines(scope: RequestScope, plan: PlanRow): Promise<LedgerCover['lines']> {
  const [overview, progress] = await Promise.all([getPlanOverview(scope, plan.id), getPlanProgress(scope, plan.id)]);
  const counts = overview.verdictCounts;
  return [
    { label: '方案', value: plan.title },
    { label: '文号', value: plan.docNumber ?? '' },
    { label: '发文单位', value: plan.issuer },
    { label: '实施期', value: `${plan.startsOn} 至 ${plan.endsOn}` },
    { label: '数据截至', value: overview.asOf },
    { label: '方案阶段', value: overview.phaseLabel },
    { label: '报送期', value: overview.periodLabel },
    { label: '序时进度（%）', value: overview.expectedProgress },
    { label: '总体完成（%）', value: progress.percent },
    { label: '统计范围', value: overview.scope },
    { label: '红色预警', value: { value: counts.red, tone: 'red' } },
    { label: '黄色预警', value: { value: counts.yellow, tone: 'yellow' } },
    { label: '蓝色预警', value: { value: counts.blue, tone: 'blue' } },
    { label: '正常', value: { value: counts.green, tone: 'green' } },
    { label: '未开始', value: { value: counts.grey, tone: 'grey' } },
    { label: '存在逾期未报的措施', value: overview.overdue },
  ];
}

/** The sheets of measure rows: one per project (工程), one for 保障措施, one for measures under no project. */
async function measureSheets(
  scope: RequestScope,
  plan: PlanRow,
  leaves: { measure: MeasureRow; warning: Warning }[],
  taken: Set<string>,
): Promise<LedgerTable[]> {
  const [index, names, reports] = await Promise.all([
    getMeasureIndex(scope, plan.id),
    namesOf(scope),
    getStandingReportsOfPlan(scope, plan.id),
  ]);
  const context = { index, names, asOf: todayOf(scope.clock), reports };
  const groups = new Map<string, { title: string; position: number; rows: LedgerCell[][] }>();
  const rowsOf = await Promise.all(leaves.map((leaf) => measureRows(scope, context, leaf.measure, leaf.warning)));
  leaves.forEach(({ measure }, i) => {
    const place = sheetOf(index, measure);
    const key = typeof place === 'string' ? place : String(place.id);
    let group = groups.get(key);
    if (!group) {
      const title =
        place === 'SAFEGUARD' ? '保障措施' : place === 'OTHER' ? '其他措施' : `${place.code} ${place.title}`;
      const position = typeof place === 'string' ? (place === 'SAFEGUARD' ? 1e9 : 1e9 + 1) : place.position;
      group = { title, position, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(...rowsOf[i]!);
  });
  return [...groups.values()]
    .sort((a, b) => a.position - b.position)
    .map((group) => ({
      kind: 'table',
      name: sheetName(group.title, taken),
      columns: MEASURE_COLUMNS,
      rows: group.rows,
      freezeColumns: 2,
    }));
}

/** The leaves of a plan in document order (withdrawn ones included: the ledger marks them, it does not hide them). */
function leavesInOrder(index: MeasureIndex): MeasureRow[] {
  const out: MeasureRow[] = [];
  const walk = (parentId: number | null) => {
    for (const node of [...(index.childrenOf.get(parentId) ?? [])].sort((a, b) => a.position - b.position)) {
      if (index.isLeaf(node)) out.push(node);
      else walk(node.id);
    }
  };
  walk(null);
  return out;
}

/**
 * 台账 of a whole plan: a cover with the plan header and the counts of the cockpit, then the measures × periods, one
 * sheet per project and one for 保障措施. Whoever may see the plan may download it.
 */
export async function getPlanLedger(scope: RequestScope, planCode: string): Promise<LedgerBook> {
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  const index = await getMeasureIndex(scope, plan.id);
  const leaves = await Promise.all(
    leavesInOrder(index).map(async (measure) => ({ measure, warning: await getMeasureWarning(scope, measure) })),
  );
  const taken = new Set<string>();
  const cover: LedgerCover = {
    kind: 'cover',
    name: sheetName('封面汇总', taken),
    title: `${plan.title}工作台账`,
    lines: await planLines(scope, plan),
  };
  const sheets = await measureSheets(scope, plan, leaves, taken);
  return {
    title: cover.title,
    fileName: fileNameOf(`${plan.title}工作台账`, todayOf(scope.clock)),
    sheets: [cover, ...sheets],
  };
}

/**
 * 部门台账: the measures a department leads or takes part in (its own assignments, its projects' measures and, for a
 * member unit, its group's), with its part's warning as 我的任务 shows it. A clerk may download only its own
 * department's or its group's; the other roles any department's.
 */
export async function getDepartmentLedger(
  scope: RequestScope,
  planCode: string,
  departmentCode: string,
): Promise<LedgerBook> {
  authorize(scope, 'ledger.readDepartment');
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  const department: DepartmentRow = await getDepartmentByCode(scope, departmentCode, 'departmentCode');
  await authorize(scope, 'ledger.readDepartment', { departmentId: department.id, name: department.name });
  const index = await getMeasureIndex(scope, plan.id);
  const views = await getAssignmentsOfDepartment(scope, department, {
    planId: plan.id,
    inherited: true,
    throughGroups: true,
  });
  // One part per measure, a lead's before a participant's (as the desk counts them).
  const byMeasure = new Map<number, AssignmentView>();
  for (const view of views) {
    const measure = index.byId.get(view.measureId);
    if (!measure || !index.isLeaf(measure)) continue;
    const known = byMeasure.get(view.measureId);
    if (!known || (known.role !== AssignmentRole.LEAD && view.role === AssignmentRole.LEAD))
      byMeasure.set(view.measureId, view);
  }
  const leaves = await Promise.all(
    leavesInOrder(index)
      .filter((measure) => byMeasure.has(measure.id))
      .map(async (measure) => ({ measure, warning: await getAssignmentWarning(scope, byMeasure.get(measure.id)!) })),
  );
  const [progress, verdict] = await Promise.all([
    getDepartmentProgress(scope, department, plan.id),
    getDepartmentVerdictWarning(scope, department, plan.id),
  ]);
  // As the department page says it: a unit that only takes part is judged by the work it shares.
  const departmentVerdict = verdict.leads ? verdictOf(verdict.warning) : participantVerdict(verdictOf(verdict.warning));
  const leading = [...byMeasure.values()].filter((view) => view.role === AssignmentRole.LEAD).length;
  const taken = new Set<string>();
  const title = `${plan.title}${department.name}工作台账`;
  const cover: LedgerCover = {
    kind: 'cover',
    name: sheetName('封面汇总', taken),
    title,
    lines: [
      { label: '部门', value: department.name },
      {
        label: '承担措施',
        value: `${byMeasure.size} 项（牵头 ${leading} 项，参与配合 ${byMeasure.size - leading} 项）`,
      },
      { label: '部门进度（%）', value: progress.percent },
      { label: '部门研判', value: verdictCell(departmentVerdict) },
      { label: '研判说明', value: departmentVerdict.reason },
      ...(await planLines(scope, plan)).filter((line) => PLAN_HEADER.includes(line.label)),
    ],
  };
  const sheets = await measureSheets(scope, plan, leaves, taken);
  return { title, fileName: fileNameOf(title, todayOf(scope.clock)), sheets: [cover, ...sheets] };
}

export const INDICATOR_SUMMARY_HEADERS = [
  '编号',
  '指标',
  '单位',
  '基期值',
  '基期年',
  '目标值',
  '目标日期',
  '方向',
  '填报单位',
  '当前应达（序时）',
  '最新实际值',
  '实际值日期',
  '趋势预计期末值',
  '评估',
  '评估说明',
];

export const INDICATOR_VALUE_HEADERS = [
  '编号',
  '指标',
  '单位',
  '填报单位',
  '日期',
  '实际值',
  '路径应达值',
  '差距（实际－应达）',
  '目标值',
  '备注',
];

const round = (n: number) => Math.round(n * 100) / 100;

/** The target as the indicator page states it: the number, or the words of a qualitative one. */
const targetOf = (indicator: IndicatorRow): LedgerCell =>
  indicator.targetKind === TargetKind.NUMERIC && indicator.target !== null ? indicator.target : indicator.targetText;

/**
 * 指标台账: each indicator with its target, baseline, unit and reporting unit, today's 指标评估 (the indicator page's),
 * and each value against the path (基期值 to 目标值): the value the path asked for on its date, by the same rule.
 */
export async function getIndicatorLedger(scope: RequestScope, planCode: string): Promise<LedgerBook> {
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  const [indicators, names] = await Promise.all([getIndicatorsOfPlan(scope, plan.id), namesOf(scope)]);
  const summary: LedgerCell[][] = [];
  const values: LedgerCell[][] = [];
  // Asked for all at once, so the loaders read every indicator's values (and what the assessments need) in one go.
  const read = await Promise.all(
    indicators.map((indicator) =>
      Promise.all([
        getIndicatorAssessment(scope, indicator),
        scope.get(progressLoaders).observationsOf.load(indicator.id),
      ]),
    ),
  );
  for (const [i, indicator] of indicators.entries()) {
    const [assessment, observations] = read[i]!;
    const meta = WARNING_META[assessment.level] ?? WARNING_META.GREY!;
    const department = names.of(indicator.departmentId);
    summary.push([
      indicator.code,
      indicator.name,
      indicator.unit ?? '',
      indicator.baseline,
      indicator.baselineYear,
      targetOf(indicator),
      indicator.targetDate,
      indicator.direction === IndicatorDirection.INCREASE ? '越大越好' : '越小越好',
      department,
      assessment.expected,
      assessment.actual,
      assessment.actualAsOf ?? '',
      assessment.projected,
      {
        value: assessment.level === 'GREY' && indicator.targetKind !== TargetKind.NUMERIC ? '定性目标' : meta.label,
        tone: meta.tone,
      },
      assessment.reason,
    ]);
    // One value per date, the newest recorded for it (as the assessment and the chart read them), oldest first.
    const newest = new Map<string, (typeof observations)[number]>();
    for (const o of observations) if (!newest.has(o.asOf)) newest.set(o.asOf, o);
    const points = [...newest.values()].reverse();
    for (const point of points) {
      const upTo = observations.filter((o) => o.asOf <= point.asOf);
      const expected = assessIndicator(indicator, upTo, point.asOf, plan.startsOn).expectedAtLatest;
      values.push([
        indicator.code,
        indicator.name,
        indicator.unit ?? '',
        department,
        point.asOf,
        point.value,
        expected,
        expected === null ? null : round(point.value - expected),
        targetOf(indicator),
        point.note ?? '',
      ]);
    }
  }
  const taken = new Set<string>();
  const title = `${plan.title}指标台账`;
  const cover: LedgerCover = {
    kind: 'cover',
    name: sheetName('封面汇总', taken),
    title,
    lines: [
      ...(await planLines(scope, plan)).filter((line) => PLAN_HEADER.includes(line.label)),
      { label: '指标', value: `${indicators.length} 项，实际值 ${values.length} 条` },
      {
        label: '路径说明',
        value: '路径应达值：基期值（基期年末）至目标值（目标日期）的直线在该日期的取值；无基期值时以首个实际值为起点',
      },
    ],
  };
  const wide = (header: string): LedgerColumn => ({
    header,
    maxWidth: ['指标', '评估说明', '备注'].includes(header) ? 40 : 20,
    wrap: ['指标', '评估说明', '备注'].includes(header),
  });
  return {
    title,
    fileName: fileNameOf(title, todayOf(scope.clock)),
    sheets: [
      cover,
      {
        kind: 'table',
        name: sheetName('指标汇总', taken),
        columns: INDICATOR_SUMMARY_HEADERS.map(wide),
        rows: summary,
        freezeColumns: 2,
      },
      {
        kind: 'table',
        name: sheetName('指标值明细', taken),
        columns: INDICATOR_VALUE_HEADERS.map(wide),
        rows: values,
        freezeColumns: 2,
      },
    ],
  };
}
