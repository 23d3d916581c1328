// exceljs is loaded when a workbook is made or read, not at start-up (it costs most of a second to import).
import type ExcelJS from 'exceljs';

/**
 * The two fill-in workbooks (填报模板) and how they are read back: the columns, the hidden marker that names the
 * template's kind, plan and department, and the structural checks (header, merged cells, formulas, dates typed as
 * text) that come before the API's own checks of each row. Nothing here knows the database.
 */

export type TemplateKind = 'indicator-values' | 'progress';

/** One column: its header (checked on upload), its width, whether the filler may change it, what it holds. */
export interface Column {
  key: string;
  header: string;
  width: number;
  editable: boolean;
  hidden?: boolean;
  type: 'text' | 'number' | 'date' | 'status';
}

export const MARKER_SHEET = '模板信息';
const MARKER = 'duban-values-template';
const TEMPLATE_VERSION = '1';

export const STATUS_LABELS: Record<string, string> = {
  NOT_STARTED: '未启动',
  ON_TRACK: '正常推进',
  AT_RISK: '存在风险',
  DELAYED: '滞后',
  COMPLETED: '已完成',
};

export const LAYOUTS: Record<TemplateKind, { sheet: string; columns: Column[] }> = {
  'indicator-values': {
    sheet: '指标数值',
    columns: [
      { key: 'indicatorCode', header: '指标编码', width: 16, editable: false, hidden: true, type: 'text' },
      { key: 'year', header: '年度', width: 8, editable: false, type: 'number' },
      { key: 'name', header: '指标名称', width: 36, editable: false, type: 'text' },
      { key: 'unit', header: '单位', width: 10, editable: false, type: 'text' },
      { key: 'target', header: '目标值', width: 14, editable: false, type: 'text' },
      { key: 'value', header: '数值', width: 12, editable: true, type: 'number' },
      { key: 'asOf', header: '截至日期', width: 14, editable: true, type: 'date' },
      { key: 'note', header: '来源或备注', width: 30, editable: true, type: 'text' },
    ],
  },
  progress: {
    sheet: '进度填报',
    columns: [
      { key: 'measureCode', header: '措施编码', width: 12, editable: false, hidden: true, type: 'text' },
      { key: 'departmentCode', header: '部门编码', width: 12, editable: false, hidden: true, type: 'text' },
      { key: 'period', header: '报告期', width: 10, editable: false, type: 'text' },
      { key: 'measure', header: '措施', width: 40, editable: false, type: 'text' },
      { key: 'status', header: '状态', width: 12, editable: true, type: 'status' },
      { key: 'percentComplete', header: '完成百分比', width: 12, editable: true, type: 'number' },
      { key: 'summary', header: '工作进展', width: 40, editable: true, type: 'text' },
      { key: 'problems', header: '存在问题', width: 30, editable: true, type: 'text' },
      { key: 'reportedOn', header: '原报送日期（仅办公室补录）', width: 16, editable: true, type: 'date' },
    ],
  },
};

const KIND_NAME: Record<TemplateKind, string> = { 'indicator-values': '指标数值填报模板', progress: '进度填报模板' };

/** The column letter of a 0-based index (A, B, … Z, AA …). */
export function letterOf(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** What the template is for: read back on upload to refuse another plan's, department's or kind's template. */
export interface TemplateMark {
  kind: TemplateKind;
  planCode: string;
  departmentCode: string | null;
}

export type CellValue = string | number | Date | null;

/** Builds a template: the marker sheet (hidden), the data sheet with locked keys, lists and frozen header. */
export async function buildTemplate(
  mark: TemplateMark,
  rows: readonly Record<string, CellValue>[],
  instructions: readonly string[],
): Promise<Uint8Array> {
  const layout = LAYOUTS[mark.kind];
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = '督办系统';
  book.created = new Date(0);
  const sheet = book.addWorksheet(layout.sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed on A4 across, all columns on one page wide, the header row on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.columns = layout.columns.map((c) => ({ key: c.key, header: c.header, width: c.width, hidden: c.hidden }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const last = Math.max(rows.length + 1, 2);
  layout.columns.forEach((column, i) => {
    const letter = letterOf(i);
    for (let r = 2; r <= last; r++) {
      const cell = sheet.getCell(`${letter}${r}`);
      cell.protection = { locked: !column.editable };
      if (!column.editable) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      if (column.type === 'date') cell.numFmt = 'yyyy-mm-dd';
      if (column.type === 'status') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${Object.values(STATUS_LABELS).join(',')}"`],
          showErrorMessage: true,
          errorTitle: '状态',
          error: `请从列表中选择：${Object.values(STATUS_LABELS).join('、')}`,
        };
      }
      if (column.key === 'percentComplete') {
        cell.dataValidation = {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [0, 100],
          showErrorMessage: true,
          error: '完成百分比须为 0 至 100 的整数',
        };
      }
      if (column.type === 'date') {
        cell.dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [new Date(Date.UTC(1990, 0, 1))],
          showErrorMessage: true,
          error: '请填写日期（如 2025-06-30），不要填文本',
        };
      }
    }
  });
  // Locked keys: the sheet is protected without a password (anyone may lift it, but nobody types over a key by
  // accident); the editable columns are unlocked.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    autoFilter: true,
  });

  const help = book.addWorksheet('填表说明');
  help.getColumn(1).width = 100;
  help.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  help.addRow([KIND_NAME[mark.kind]]).font = { bold: true, size: 14 };
  for (const line of instructions) help.addRow([line]);

  const marker = book.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  marker.addRow([MARKER, mark.kind, mark.planCode, mark.departmentCode ?? '', TEMPLATE_VERSION]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A problem found in the file, at a place in it (sheet, 1-based row, column letter), before or by the API's checks. */
export interface CellProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** The column's header, for the message. */
  header: string | null;
  reason: string;
  detail: string;
}

/** One filled data row: its 1-based row number, and its cells by column key (null for empty). */
export interface ReadRow {
  row: number;
  cells: Record<string, CellValue>;
}

export const MAX_ROWS = 5000;

const problem = (p: Partial<CellProblem> & Pick<CellProblem, 'reason' | 'detail'>): CellProblem => ({
  sheet: null,
  row: null,
  column: null,
  header: null,
  ...p,
});

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Reads an uploaded template of `kind` for `planCode`: its marker, its data rows. Whole-file problems (damaged file,
 * not a template, another kind or plan, a changed header, merged cells) come back alone; cell problems (formulas,
 * dates typed as text, numbers typed as words, unknown statuses) come back together, each at its place.
 */
export async function readTemplate(
  bytes: Uint8Array,
  kind: TemplateKind,
  planCode: string,
): Promise<{ problems: CellProblem[] } | { mark: TemplateMark; rows: ReadRow[] }> {
  const layout = LAYOUTS[kind];
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return {
      problems: [
        problem({
          reason: '文件已损坏或不是 Excel 工作簿（.xlsx），无法读取；请重新下载填报模板填写后上传',
          detail: 'DAMAGED_FILE',
        }),
      ],
    };
  }
  const marker = book.getWorksheet(MARKER_SHEET);
  const values = marker ? [1, 2, 3, 4].map((c) => String(marker.getRow(1).getCell(c).value ?? '')) : [];
  if (!marker || values[0] !== MARKER) {
    return {
      problems: [
        problem({
          sheet: MARKER_SHEET,
          row: 1,
          column: 'A',
          reason: `不是本系统的${KIND_NAME[kind]}（缺少模板标识）；请下载填报模板填写后上传`,
          detail: 'NOT_A_TEMPLATE',
        }),
      ],
    };
  }
  if (values[1] !== kind) {
    return {
      problems: [
        problem({
          sheet: MARKER_SHEET,
          row: 1,
          column: 'B',
          reason: `这是${KIND_NAME[values[1] as TemplateKind] ?? '其他模板'}，不是${KIND_NAME[kind]}`,
          detail: 'WRONG_TEMPLATE_KIND',
        }),
      ],
    };
  }
  if (values[2] !== planCode) {
    return {
      problems: [
        problem({
          sheet: MARKER_SHEET,
          row: 1,
          column: 'C',
          reason: `该模板属于方案「${values[2]}」，不是方案「${planCode}」的模板`,
          detail: 'WRONG_PLAN',
        }),
      ],
    };
  }
  const mark: TemplateMark = { kind, planCode, departmentCode: values[3] || null };
  const sheet = book.getWorksheet(layout.sheet);
  if (!sheet) {
    return {
      problems: [
        problem({
          sheet: layout.sheet,
          reason: `缺少工作表「${layout.sheet}」（可能被改名或删除）`,
          detail: 'NO_SHEET',
        }),
      ],
    };
  }
  const headerProblems: CellProblem[] = [];
  layout.columns.forEach((column, i) => {
    const found = sheet
      .getRow(1)
      .getCell(i + 1)
      .text.trim();
    if (found !== column.header) {
      headerProblems.push(
        problem({
          sheet: layout.sheet,
          row: 1,
          column: letterOf(i),
          header: column.header,
          reason: `表头应为「${column.header}」，实为「${found}」；请勿增删、移动或改名列`,
          detail: 'HEADER_CHANGED',
        }),
      );
    }
  });
  if (headerProblems.length > 0) return { problems: headerProblems };
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) {
    return {
      problems: merges.map((range) => {
        const start = /^([A-Z]+)(\d+)/.exec(range);
        return problem({
          sheet: layout.sheet,
          row: start ? Number(start[2]) : null,
          column: start ? (start[1] ?? null) : null,
          reason: `单元格 ${range} 被合并；填报表不能合并单元格，请取消合并后上传`,
          detail: 'MERGED_CELLS',
        });
      }),
    };
  }
  if (sheet.rowCount - 1 > MAX_ROWS) {
    return {
      problems: [
        problem({
          sheet: layout.sheet,
          row: MAX_ROWS + 2,
          reason: `行数超过 ${MAX_ROWS} 行，请分批上传`,
          detail: 'TOO_MANY_ROWS',
        }),
      ],
    };
  }

  const problems: CellProblem[] = [];
  const rows: ReadRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const excelRow = sheet.getRow(r);
    const cells: Record<string, CellValue> = {};
    let any = false;
    layout.columns.forEach((column, i) => {
      const cell = excelRow.getCell(i + 1);
      const at = { sheet: layout.sheet, row: r, column: letterOf(i), header: column.header };
      const raw = cell.value;
      if (
        raw !== null &&
        typeof raw === 'object' &&
        !(raw instanceof Date) &&
        ('formula' in raw || 'sharedFormula' in raw)
      ) {
        problems.push(problem({ ...at, reason: '单元格含公式；请复制后“选择性粘贴为数值”再上传', detail: 'FORMULA' }));
        cells[column.key] = null;
        return;
      }
      const value = plain(raw);
      if (value === null) {
        cells[column.key] = null;
        return;
      }
      if (column.editable) any = true;
      if (column.type === 'date') {
        if (value instanceof Date) cells[column.key] = isoDay(value);
        else {
          problems.push(
            problem({
              ...at,
              reason: `「${String(value)}」是文本或数字，不是日期；请填写 Excel 日期（单元格格式为日期，如 2025-06-30）`,
              detail: 'DATE_AS_TEXT',
            }),
          );
          cells[column.key] = null;
        }
      } else if (column.type === 'number' && column.editable) {
        const number = typeof value === 'number' ? value : Number.NaN;
        if (Number.isNaN(number)) {
          problems.push(
            problem({
              ...at,
              reason: `「${String(value)}」不是数字；请填写数值，不带单位或文字`,
              detail: 'NOT_A_NUMBER',
            }),
          );
          cells[column.key] = null;
        } else cells[column.key] = number;
      } else if (column.type === 'status') {
        const label = String(value).trim();
        const status = Object.entries(STATUS_LABELS).find(([, name]) => name === label)?.[0];
        if (!status) {
          problems.push(
            problem({
              ...at,
              reason: `状态「${label}」不在列表中；请从 ${Object.values(STATUS_LABELS).join('、')} 中选择`,
              detail: 'UNKNOWN_STATUS',
            }),
          );
          cells[column.key] = null;
        } else cells[column.key] = status;
      } else cells[column.key] = value instanceof Date ? isoDay(value) : String(value);
    });
    if (any) rows.push({ row: r, cells });
  }
  return problems.length > 0 ? { problems } : { mark, rows };
}

/** A cell's value as plain data: rich text joined, hyperlinks by their text, errors and blanks as null. */
function plain(raw: ExcelJS.CellValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date || typeof raw === 'number') return raw;
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw;
  if (typeof raw === 'boolean') return String(raw);
  if ('richText' in raw) return raw.richText.map((t) => t.text).join('') || null;
  if ('text' in raw && typeof raw.text === 'string') return raw.text;
  if ('error' in raw) return String(raw.error);
  return null;
}
