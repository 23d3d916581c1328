import { today } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { AssignmentRole, getAssignmentsOfDepartment } from '../assignment';
import { getDepartmentByCode, getDepartmentById } from '../department';
import { getIndicatorsOfPlan, TargetKind } from '../indicator';
import { getMeasureIndex, type MeasureRow } from '../measure';
import { periodRange, periodsBetween } from '../period';
import { getPlanByCode } from '../plan';
import { authorize, can } from '../policy';
import {
  type BatchOutcome,
  fileReportBatch,
  getObservationsOfIndicator,
  getStandingReportsOfDepartment,
  type PreparedIndicatorValue,
  type PreparedReport,
  type ProgressStatus,
  prepareIndicatorValue,
  prepareReport,
  recordIndicatorValueBatch,
  reportedOnOf,
} from '../progress';
import { getMeasureSchedules } from '../supervision';
import {
  buildTemplate,
  type CellProblem,
  type CellValue,
  LAYOUTS,
  letterOf,
  type ReadRow,
  readTemplate,
  STATUS_LABELS,
  type TemplateKind,
} from './values-workbook.sheet';

/** A template's file: its Chinese name and bytes. */
export interface TemplateFile {
  fileName: string;
  body: Uint8Array;
}

/** An upload's answer: what it wrote, or each problem at its place (then nothing was written). */
export type UploadResult = { ok: true; rows: number } & BatchOutcome;

/** The refusal of an upload: every problem, each at its sheet, row and column. */
export class WorkbookRefused extends Error {
  constructor(readonly problems: CellProblem[]) {
    super('workbook refused');
  }
}

/** The API's input field → the template column it is read from. */
const FIELD_COLUMN: Record<TemplateKind, Record<string, string>> = {
  'indicator-values': {
    'input.indicatorCode': 'indicatorCode',
    'input.value': 'value',
    'input.asOf': 'asOf',
    'input.note': 'note',
    'input.planCode': 'indicatorCode',
  },
  progress: {
    'input.measureCode': 'measureCode',
    'input.departmentCode': 'departmentCode',
    'input.planCode': 'measureCode',
    'input.period': 'period',
    'input.status': 'status',
    'input.percentComplete': 'percentComplete',
    'input.summary': 'summary',
    'input.problems': 'problems',
    'input.reportedOn': 'reportedOn',
  },
};

function at(kind: TemplateKind, row: number, key: string, reason: string, detail: string): CellProblem {
  const layout = LAYOUTS[kind];
  const index = layout.columns.findIndex((c) => c.key === key);
  return {
    sheet: layout.sheet,
    row,
    column: index < 0 ? null : letterOf(index),
    header: layout.columns[index]?.header ?? null,
    reason,
    detail,
  };
}

/** Runs one row's API check; a refusal of the input becomes a problem at the column the field is read from. */
async function checkRow<T>(kind: TemplateKind, row: ReadRow, check: () => Promise<T>): Promise<T | CellProblem> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const { code, field, reason, detail } = error.extensions as {
      code: string;
      field?: string;
      reason: string;
      detail?: string;
    };
    const key = (field && FIELD_COLUMN[kind][field]) ?? LAYOUTS[kind].columns[0]?.key ?? '';
    return at(kind, row.row, key, reason, detail ?? code);
  }
}

const isProblem = (value: unknown): value is CellProblem =>
  typeof value === 'object' && value !== null && 'reason' in value && 'sheet' in value;

const NOT_A_TEMPLATE_ROW = '该行不是模板列出的行（缺少隐藏的编码）；请只在模板已列出的行中填写，不要新增行';

const text = (value: CellValue | undefined): string | null => (value == null ? null : String(value));

// ————— indicator × year —————

/**
 * 指标数值填报模板: one row per numeric indicator the viewer reports and per year of the plan up to this one, with
 * the value known for that year (the latest of the year) and its date; otherwise the year's last day (or today).
 */
export async function indicatorValuesTemplate(scope: RequestScope, planCode: string): Promise<TemplateFile> {
  authorize(scope, 'indicator.record');
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  const now = today(scope.clock);
  const numeric = (await getIndicatorsOfPlan(scope, plan.id)).filter((i) => i.targetKind === TargetKind.NUMERIC);
  const allowed = await Promise.all(
    numeric.map((indicator) => can(scope, 'indicator.record', { departmentId: indicator.departmentId })),
  );
  const indicators = numeric.filter((_, i) => allowed[i]);
  const firstYear = Number(plan.startsOn.slice(0, 4));
  const lastYear = Math.min(Number(plan.endsOn.slice(0, 4)), Number(now.slice(0, 4)));
  const rows: Record<string, CellValue>[] = [];
  // Asked for all at once, so the loader reads every indicator's values in one statement.
  const observationsOf = await Promise.all(
    indicators.map((indicator) => getObservationsOfIndicator(scope, indicator.id)),
  );
  for (const [i, indicator] of indicators.entries()) {
    const observations = observationsOf[i]!;
    for (let year = firstYear; year <= lastYear; year++) {
      const known = observations.find((o) => o.asOf.startsWith(`${year}-`));
      const yearEnd = `${year}-12-31`;
      const asOf = known?.asOf ?? (yearEnd > now ? now : yearEnd);
      rows.push({
        indicatorCode: indicator.code,
        year,
        name: indicator.name,
        unit: indicator.unit,
        target: indicator.target ?? indicator.targetText,
        value: known?.value ?? null,
        asOf: new Date(`${asOf}T00:00:00Z`),
        note: known?.note ?? null,
      });
    }
  }
  const body = await buildTemplate({ kind: 'indicator-values', planCode, departmentCode: null }, rows, [
    `方案：${plan.title}（${plan.code}）`,
    '每个指标每年一行。在“数值”列填写该年的值（只填数字，不带单位），“截至日期”填写该值对应的日期（须为日期格式）。',
    '已填过的值已预先填入；未改动的行上传时不会重复记录。不要增删列、改动表头或合并单元格，不要使用公式。',
    '灰色列为系统信息，请勿修改；隐藏列为编码，用于对应指标。',
  ]);
  return { fileName: `${plan.code}-指标数值填报模板.xlsx`, body };
}

/** Reads an uploaded 指标数值 workbook; every row is checked as recordIndicatorValue checks it, then all in one go. */
export async function uploadIndicatorValues(
  scope: RequestScope,
  planCode: string,
  bytes: Uint8Array,
): Promise<UploadResult> {
  const viewer = authorize(scope, 'indicator.record');
  await getPlanByCode(scope, planCode, 'planCode');
  const read = await readTemplate(bytes, 'indicator-values', planCode);
  if ('problems' in read) throw new WorkbookRefused(read.problems);
  const problems: CellProblem[] = [];
  const batch: PreparedIndicatorValue[] = [];
  for (const row of read.rows) {
    const { cells } = row;
    if (cells.value == null && cells.note == null) continue;
    if (cells.indicatorCode == null || cells.year == null) {
      problems.push(at('indicator-values', row.row, 'indicatorCode', NOT_A_TEMPLATE_ROW, 'NOT_A_TEMPLATE_ROW'));
      continue;
    }
    if (cells.value == null) {
      problems.push(at('indicator-values', row.row, 'value', '请填写数值（只写备注不能记录指标值）', 'REQUIRED'));
      continue;
    }
    if (cells.asOf == null) {
      problems.push(at('indicator-values', row.row, 'asOf', '请填写截至日期', 'REQUIRED'));
      continue;
    }
    const year = Number(cells.year);
    if (Number.isInteger(year) && !String(cells.asOf).startsWith(`${year}-`)) {
      problems.push(
        at('indicator-values', row.row, 'asOf', `截至日期 ${cells.asOf} 不在该行的年度（${year} 年）内`, 'WRONG_YEAR'),
      );
      continue;
    }
    const prepared = await checkRow('indicator-values', row, () =>
      prepareIndicatorValue(scope, {
        planCode,
        indicatorCode: text(cells.indicatorCode) ?? '',
        value: Number(cells.value),
        asOf: String(cells.asOf),
        note: text(cells.note),
      }),
    );
    if (isProblem(prepared)) problems.push(prepared);
    else batch.push(prepared);
  }
  if (problems.length > 0) throw new WorkbookRefused(problems);
  return { ok: true, rows: batch.length, ...(await recordIndicatorValueBatch(scope, viewer, batch)) };
}

// ————— measure × period —————

/**
 * The department a progress workbook is for, and whether the viewer files as the plan office (办公室补录, with
 * original dates) or as the department itself; refused (403) for another department's clerk.
 */
async function progressFiler(scope: RequestScope, departmentCode: string | null) {
  const office = can(scope, 'progress.backfill');
  const viewer = office ? authorize(scope, 'progress.backfill') : authorize(scope, 'progress.submit');
  if (!departmentCode) {
    if (office || viewer.departmentId === null) {
      throw new DomainError('BAD_USER_INPUT', {
        field: 'departmentCode',
        reason: '请指明部门（departmentCode）',
        detail: 'REQUIRED',
      });
    }
  }
  const department = departmentCode
    ? await getDepartmentByCode(scope, departmentCode, 'departmentCode')
    : await getDepartmentById(scope, viewer.departmentId ?? 0);
  if (!office) {
    await authorize(scope, 'progress.submit', {
      departmentId: department.id,
      name: department.name,
      field: 'departmentCode',
    });
  }
  return { viewer, office, department };
}

/**
 * 进度填报模板: one row per measure the department leads (directly, inherited from a project, or through a group)
 * and per period of its reporting cycle from the plan's start to now, with the department's standing report.
 */
export async function progressTemplate(
  scope: RequestScope,
  planCode: string,
  departmentCode: string | null,
): Promise<TemplateFile> {
  const { office, department } = await progressFiler(scope, departmentCode);
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  const now = today(scope.clock);
  const index = await getMeasureIndex(scope, plan.id);
  const scheduleOf = await getMeasureSchedules(scope, plan.id);
  const led = new Map<number, MeasureRow>();
  for (const view of await getAssignmentsOfDepartment(scope, department, {
    planId: plan.id,
    inherited: true,
    throughGroups: true,
  })) {
    if (view.role !== AssignmentRole.LEAD) continue;
    const measure = index.byId.get(view.measureId);
    // Only the measures that carry the work: a project's row would be refused (MEASURE_NOT_LEAF).
    if (measure && index.isLeaf(measure) && (measure.withdrawnOn === null || measure.withdrawnOn > now))
      led.set(measure.id, measure);
  }
  const standing = await getStandingReportsOfDepartment(scope, plan.id, department.id);
  const until = now < plan.endsOn ? now : plan.endsOn;
  const rows: Record<string, CellValue>[] = [];
  for (const measure of [...led.values()].sort((a, b) => a.position - b.position)) {
    for (const period of periodsBetween(plan.startsOn, until, scheduleOf(measure).cycle)) {
      if (periodRange(period).start > now) continue;
      const report = standing.get(`${measure.id}|${period}`);
      rows.push({
        measureCode: measure.code,
        departmentCode: department.code,
        period,
        measure: `${measure.code} ${measure.title}`,
        status: report ? (STATUS_LABELS[report.status] ?? report.status) : null,
        percentComplete: report?.percentComplete ?? null,
        summary: report?.summary ?? null,
        problems: report?.problems ?? null,
        // The original date is the office's to give: only its template shows it, for every standing report (a
        // department's own too, as the day it was made), so that a row the office leaves as it was passes again.
        reportedOn: office && report ? new Date(`${reportedOnOf(report)}T00:00:00Z`) : null,
      });
    }
  }
  const body = await buildTemplate({ kind: 'progress', planCode, departmentCode: department.code }, rows, [
    `方案：${plan.title}（${plan.code}）；部门：${department.name}`,
    '每项牵头措施每个报告期一行。填写“状态”（从列表选择）、“完成百分比”（0–100 的整数）、“工作进展”（必填）和“存在问题”。',
    '状态为“未启动”时完成百分比为 0，“已完成”时为 100。',
    office
      ? '办公室补录：请在“原报送日期”列填写部门当时实际报送的日期（日期格式），考核据此判断是否按时。'
      : '“原报送日期”列仅供方案办公室补录历史报告时填写，部门填报请留空。',
    '已填报的内容已预先填入；未改动的行上传时不会重复提交。不要增删列、改动表头或合并单元格，不要使用公式。',
  ]);
  return { fileName: `${plan.code}-${department.name}-进度填报模板.xlsx`, body };
}

/**
 * Reads an uploaded 进度填报 workbook: every row is checked as submitProgressReport (or, for the plan office,
 * backfillProgressReport with the row's 原报送日期) checks it; then all rows in one transaction.
 */
export async function uploadProgress(scope: RequestScope, planCode: string, bytes: Uint8Array): Promise<UploadResult> {
  // The role first, before the file is read: whoever may file no progress at all learns nothing of the workbook.
  if (!can(scope, 'progress.backfill')) authorize(scope, 'progress.submit');
  await getPlanByCode(scope, planCode, 'planCode');
  const read = await readTemplate(bytes, 'progress', planCode);
  if ('problems' in read) throw new WorkbookRefused(read.problems);
  const { viewer, office, department } = await progressFiler(scope, read.mark.departmentCode);
  const problems: CellProblem[] = [];
  const batch: PreparedReport[] = [];
  for (const row of read.rows) {
    const { cells } = row;
    if (cells.status == null && cells.percentComplete == null && cells.summary == null && cells.problems == null)
      continue;
    if (cells.measureCode == null || cells.period == null) {
      problems.push(at('progress', row.row, 'measureCode', NOT_A_TEMPLATE_ROW, 'NOT_A_TEMPLATE_ROW'));
      continue;
    }
    if (text(cells.departmentCode) !== department.code) {
      problems.push(
        at('progress', row.row, 'departmentCode', `该行属于其他部门（${cells.departmentCode ?? '空'}）`, 'OTHER_ROW'),
      );
      continue;
    }
    if (cells.status == null) {
      problems.push(at('progress', row.row, 'status', '请选择状态', 'REQUIRED'));
      continue;
    }
    if (cells.percentComplete == null) {
      problems.push(at('progress', row.row, 'percentComplete', '请填写完成百分比', 'REQUIRED'));
      continue;
    }
    if (office && cells.reportedOn == null) {
      problems.push(at('progress', row.row, 'reportedOn', '办公室补录须填写原报送日期', 'REQUIRED'));
      continue;
    }
    if (!office && cells.reportedOn != null) {
      problems.push(
        at('progress', row.row, 'reportedOn', '原报送日期仅由方案办公室补录时填写，部门填报请留空', 'OFFICE_ONLY'),
      );
      continue;
    }
    const prepared = await checkRow('progress', row, () =>
      prepareReport(
        scope,
        {
          planCode,
          measureCode: text(cells.measureCode) ?? '',
          departmentCode: department.code,
          period: text(cells.period) ?? '',
          status: cells.status as ProgressStatus,
          percentComplete: Number(cells.percentComplete),
          summary: text(cells.summary) ?? '',
          problems: text(cells.problems),
        },
        office ? String(cells.reportedOn) : null,
      ),
    );
    if (isProblem(prepared)) problems.push(prepared);
    else batch.push(prepared);
  }
  if (problems.length > 0) throw new WorkbookRefused(problems);
  return { ok: true, rows: batch.length, ...(await fileReportBatch(scope, viewer, batch)) };
}
