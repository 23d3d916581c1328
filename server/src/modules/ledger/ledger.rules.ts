// The 台账's vocabulary and layout, pure: the words and colours the screens use (web/src/ui/status.ts and
// web/src/ui/warning.ts), sheet names Excel accepts, and column widths that fit Chinese text.

/** The screens' tones (web/src/ui/status.ts TONE_COLOR), as the fills of the ledger's cells. */
export type Tone = 'red' | 'yellow' | 'blue' | 'green' | 'grey';

export const TONE_COLOR: Record<Tone, string> = {
  red: '#d4380d',
  yellow: '#d48806',
  blue: '#1677ff',
  green: '#389e0d',
  grey: '#8c8c8c',
};

/** 三色预警 in words and tone, as web/src/ui/warning.ts says them. */
export const WARNING_META: Record<string, { label: string; tone: Tone }> = {
  RED: { label: '红色预警', tone: 'red' },
  YELLOW: { label: '黄色预警', tone: 'yellow' },
  BLUE: { label: '蓝色预警', tone: 'blue' },
  GREEN: { label: '正常', tone: 'green' },
  GREY: { label: '未开始', tone: 'grey' },
};

/** A department's own word on a period, as web/src/ui/status.ts says it. */
export const STATUS_META: Record<string, { label: string; tone: Tone }> = {
  ON_TRACK: { label: '正常推进', tone: 'green' },
  AT_RISK: { label: '存在风险', tone: 'yellow' },
  DELAYED: { label: '滞后', tone: 'red' },
  COMPLETED: { label: '已完成', tone: 'green' },
  NOT_STARTED: { label: '未启动', tone: 'grey' },
};

export const REVIEW_LABEL: Record<string, string> = {
  PENDING: '待审核',
  ACCEPTED: '审核通过',
  RETURNED: '退回修改',
};

/** A cell: its value, and the tone it is filled with (the warning colours), if any. */
export type LedgerValue = string | number | null;
export type LedgerCell = LedgerValue | { value: LedgerValue; tone: Tone };

export interface LedgerColumn {
  header: string;
  /** The widest the column grows (characters); long text wraps beyond it. */
  maxWidth?: number;
  /** Long text: wrapped, top-aligned. */
  wrap?: boolean;
}

/** One sheet of rows under a frozen, filtered header row. */
export interface LedgerTable {
  kind: 'table';
  name: string;
  columns: LedgerColumn[];
  rows: LedgerCell[][];
  /** Columns kept in view when scrolling right (编号, 名称). */
  freezeColumns: number;
}

/** The cover: a title, then label–value lines (the plan header, the as-of date, the counts). */
export interface LedgerCover {
  kind: 'cover';
  name: string;
  title: string;
  lines: { label: string; value: LedgerCell }[];
}

export interface LedgerBook {
  fileName: string;
  title: string;
  sheets: (LedgerCover | LedgerTable)[];
}

export const plainValue = (cell: LedgerCell): LedgerValue =>
  cell !== null && typeof cell === 'object' ? cell.value : cell;

export const toneOf = (cell: LedgerCell): Tone | null => (cell !== null && typeof cell === 'object' ? cell.tone : null);

/** Whether a character shows two columns wide: CJK, Hangul, full-width forms and punctuation. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/**
 * How wide a text shows in a spreadsheet, in character widths: a CJK character (or full-width punctuation) takes
 * two, anything else one. A multi-line text is as wide as its widest line. Counting stops at `limit`.
 */
export function displayWidth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let widest = 0;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      width = 0;
      continue;
    }
    width += isWide(code) ? 2 : 1;
    if (width > widest) {
      widest = width;
      if (widest >= limit) return widest;
    }
  }
  return widest;
}

/**
 * A column's width: its widest value or header, with a little room, between 6 and its maximum (40 by default). A
 * ledger repeats a measure's texts on each of its rows, so each distinct text is measured once.
 */
export function columnWidth(column: LedgerColumn, values: Iterable<LedgerValue>): number {
  const most = column.maxWidth ?? 40;
  let widest = displayWidth(column.header);
  const seen = new Set<LedgerValue>();
  for (const value of values) {
    if (value === null || seen.has(value)) continue;
    seen.add(value);
    widest = Math.max(widest, displayWidth(String(value), most));
    if (widest + 2 >= most) break;
  }
  return Math.min(most, Math.max(6, widest + 2));
}

/**
 * A sheet name Excel takes: at most 31 characters, none of []:*?/\, unique in the book (a number added when taken).
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, '_').trim() || '工作表';
  let name = clean.slice(0, 31);
  for (let n = 2; taken.has(name); n++) {
    const suffix = `(${n})`;
    name = `${clean.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name);
  return name;
}

/** A file name a reader's disk takes (no path separators or reserved characters). */
export function fileNameOf(title: string, asOf: string): string {
  return `${title.replace(/[\\/:*?"<>|]/g, '_')}（截至${asOf}）.xlsx`;
}
