/**
 * A text-layer PDF read into paragraphs with pdfjs-dist (Mozilla's PDF.js, the legacy build that runs on Node).
 * It runs without a worker thread (the fake worker in this process), fetches nothing (no fonts, no network; CJK cMaps
 * come from the package's own files) and evaluates no code from the document.
 *
 * Lines are rebuilt from text items by their baseline, paragraphs from the gaps between lines, first-line indents and
 * lines that end short of the right margin. Page numbers (— 3 —, 第3页, 3/12) and running headers or footers that
 * repeat across pages are dropped. A PDF has no table structure: a task-split or indicator table is recognised by
 * its header row (序号 | 任务 | 牵头单位 …, cells told apart by the gaps between them) and its rows rebuilt from the
 * columns the header sets out; any other table comes out as lines of text.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { type DocumentBlock, ImportError } from './plan-import.document';

export const MAX_PDF_PAGES = 2000;
/** Reading stops after this long: a PDF crafted to be slow is refused rather than holding the server. */
const MAX_READING_MS = 120_000;

const damaged = () => new ImportError('DAMAGED_DOCUMENT', 'PDF 文件已损坏或不完整，无法读取，请重新导出后再试');

export interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** The runs of text separated by a gap wider than a character: a table row's cells. */
  cells: Cell[];
}

interface Cell {
  text: string;
  x: number;
  right: number;
}

interface PageLines {
  lines: Line[];
  height: number;
}

const cMapUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

export async function extractPdf(bytes: Uint8Array): Promise<DocumentBlock[]> {
  // A PDF ends with %%EOF (give or take trailing whitespace or junk): without it the file was cut short.
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF')) throw damaged();

  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes ownership of the buffer it is given
    cMapUrl,
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch (error) {
      if ((error as Error).name === 'PasswordException') {
        throw new ImportError('UNSUPPORTED_FORMAT', 'PDF 文件设有密码保护，请取消密码后再导入');
      }
      throw damaged();
    }
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new ImportError('DOCUMENT_TOO_LARGE', `文档超过 ${MAX_PDF_PAGES} 页（共 ${pdf.numPages} 页），无法导入`);
    }
    const pages: PageLines[] = [];
    let characters = 0;
    const deadline = Date.now() + MAX_READING_MS;
    for (let n = 1; n <= pdf.numPages; n++) {
      if (Date.now() > deadline) {
        throw new ImportError(
          'DOCUMENT_TOO_LARGE',
          `PDF 读取超时（已读 ${n - 1} 页，共 ${pdf.numPages} 页），请拆分后再导入`,
        );
      }
      let items: Item[];
      let height: number;
      try {
        const page = await pdf.getPage(n);
        const [, bottom = 0, , top = 0] = page.view;
        height = top - bottom;
        const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
        items = [];
        for (const raw of content.items) {
          if (!('str' in raw) || !raw.str) continue;
          const [a = 1, b = 0, , d = 1, e = 0, f = 0] = raw.transform as number[];
          // Vertical or rotated text: keep it, ordered by its origin.
          const size = Math.hypot(a, b) || Math.abs(d) || raw.height || 1;
          items.push({ text: raw.str, x: e, y: f - bottom, width: raw.width, size });
          characters += raw.str.replace(/\s/g, '').length;
        }
        page.cleanup();
      } catch {
        throw damaged();
      }
      pages.push({ lines: rebuildLines(items), height });
    }
    if (pdf.numPages > 0 && characters < 16 * pdf.numPages) {
      throw new ImportError(
        'NO_TEXT_LAYER',
        'PDF 没有可读取的文字层，可能是扫描件或图片：请先进行文字识别（OCR），或上传 Word 文档（.docx）',
      );
    }
    return paragraphs(dropHeadersAndFooters(pages));
  } finally {
    await task.destroy();
  }
}

/** Items on one baseline (within a third of the font size) make one line, read left to right. */
export function rebuildLines(items: Item[]): Line[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: { items: Item[]; y: number; size: number }[] = [];
  for (const item of sorted) {
    // Sorted by baseline, an item can only belong to one of the last few lines (bounded work per item).
    const line = lines.slice(-4).find((l) => Math.abs(l.y - item.y) <= Math.max(l.size, item.size) * 0.35);
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else {
      lines.push({ items: [item], y: item.y, size: item.size });
    }
  }
  return lines
    .sort((p, q) => q.y - p.y)
    .map((line) => {
      const items = line.items.sort((p, q) => p.x - q.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      const cells: Cell[] = [];
      for (const item of items) {
        const gap = item.x - end;
        const last = text.at(-1) ?? '';
        const first = item.text[0] ?? '';
        // Latin words separated by a visible gap get a space; Chinese text only at a gap wider than a character
        // (cells of a table row, a signature beside a date), so that the cells do not run together.
        const latin = /[\w,.;:)]/.test(last) && /[\w(]/.test(first);
        if (text && (gap > line.size * 1.0 || (latin && gap > line.size * 0.2))) text += ' ';
        text += item.text;
        // Cells are told apart at a smaller gap than words (two cell paddings may be barely a character wide), by
        // the visible text only: pdf.js fills a gap with a blank item.
        const cell = cells.at(-1);
        if (item.text.trim() === '') {
          // nothing to place
        } else if (!cell || item.x - cell.right > line.size * 0.6) {
          cells.push({ text: item.text, x: item.x, right: item.x + item.width });
        } else {
          cell.text += (latin && item.x - cell.right > line.size * 0.2 ? ' ' : '') + item.text;
          cell.right = Math.max(cell.right, item.x + item.width);
        }
        end = Math.max(end, item.x + item.width);
      }
      for (const cell of cells) cell.text = cell.text.replace(/\s+/g, ' ').trim();
      return {
        text: text.replace(/\s+/g, ' ').trim(),
        x: items[0]?.x ?? 0,
        right: end,
        y: line.y,
        size: line.size,
        cells: cells.filter((c) => c.text),
      };
    })
    .filter((line) => line.text);
}

const PAGE_NUMBER =
  /^(?:[-—–－~·\s]*\d+[-—–－~·\s]*|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/** Drops page numbers, and lines repeated at the top or bottom of most pages (running headers and footers). */
function dropHeadersAndFooters(pages: PageLines[]): Line[][] {
  const band = (page: PageLines, line: Line) => line.y > page.height * 0.9 || line.y < page.height * 0.1;
  const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s/g, '');
  const repeated = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set(page.lines.filter((line) => band(page, line)).map((line) => key(line.text)));
    for (const k of seen) repeated.set(k, (repeated.get(k) ?? 0) + 1);
  }
  const runningThreshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page) =>
    page.lines.filter((line) => {
      if (!band(page, line)) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return (repeated.get(key(line.text)) ?? 0) < runningThreshold;
    }),
  );
}

/** Header cells of a task-split or indicator table (序号 | 任务 | 牵头单位 | 配合单位 | 完成时限). */
const HEADER_CELL =
  /^(?:序号|编号|.{0,6}(?:任务|措施|内容|事项|举措|项目)|.{0,4}(?:牵头|责任|配合|参与|协办|主责).{0,4}|(?:计量)?单位|.{0,4}(?:时限|时间|期限)|指标(?:名称)?|.{0,8}目标值?|(?:19|20)\d{2}\s*年.{0,4}|属性|备注)$/;

/** Whether a line reads as a table's header row: three cells or more, nearly all of them header words. */
function isHeaderRow(line: Line): boolean {
  const cells = line.cells.map((c) => c.text.replace(/\s+/g, ''));
  const headers = cells.filter((c) => HEADER_CELL.test(c)).length;
  const units = cells.some((c) => /牵头|责任|配合|指标/.test(c));
  return cells.length >= 3 && units && headers >= cells.length - 1;
}

/**
 * The rows of a ruled table from its header line on, and how many lines it took. A cell belongs to the column whose
 * header's right edge it starts beyond (headers may be left-aligned or centred); a row starts with a number in the
 * first column when it is 序号, else after a gap wider than the lines inside a cell. The table ends at a line whose
 * text starts left of the first column or runs across the columns (the prose after it).
 */
function readTable(lines: Line[], start: number): { rows: string[][]; used: number } {
  const header = lines[start]!;
  const heads = header.cells;
  const size = header.size;
  const numbered = /^(?:序号|编号)$/.test(heads[0]!.text.replace(/\s+/g, ''));
  const column = (cell: Cell) => heads.slice(0, -1).filter((h) => cell.x > h.right - size * 0.5).length;
  const rows: string[][] = [heads.map((h) => h.text)];
  let row: string[] | null = null;
  let previous = header;
  let lineGap = Number.POSITIVE_INFINITY;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const gap = previous.y - line.y;
    // Text of another size, left of the table, or after a wide gap is no longer the table's.
    if (line.x < heads[0]!.x - size * 2 || Math.abs(line.size - size) > size * 0.15 || gap > size * 2.5) break;
    // Prose after the table: one run of text across two columns or more.
    if (line.cells.some((c) => column({ ...c, x: c.right }) - column(c) >= 2)) break;
    // The header repeated on a new page.
    if (line.cells.length === heads.length && line.cells.every((c, n) => c.text === heads[n]!.text)) continue;
    const cells = line.cells.map((c) => ({ text: c.text, at: column(c) }));
    // A header cell's second line (牵头 / 单位) before the first row.
    if (
      row === null &&
      gap > 0 &&
      gap < size * 1.6 &&
      cells.every((c) => c.text.length <= 4 && !/^\d+$/.test(c.text))
    ) {
      for (const cell of cells) rows[0]![cell.at] += cell.text;
      previous = line;
      continue;
    }
    const startsRow = numbered
      ? cells.some((c) => c.at === 0 && /^\d{1,4}$/.test(c.text))
      : row === null || (gap > 0 && gap > lineGap * 1.3);
    if (gap > 0 && !startsRow) lineGap = Math.min(lineGap, gap);
    if (startsRow || row === null) {
      row = heads.map(() => '');
      rows.push(row);
    }
    for (const cell of cells) row[cell.at] = (row[cell.at] ?? '') + cell.text;
    previous = line;
  }
  return { rows, used: i - start };
}

/** Joins lines into paragraphs: a new one starts after a wide gap, at an indent, or after a line that ends short. */
function paragraphs(pages: Line[][]): DocumentBlock[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const left = margin(all.map((line) => Math.round(line.x)));
  const right = percentile(
    all.map((line) => line.right),
    0.9,
  );
  const blocks: DocumentBlock[] = [];
  let current: string | null = null;
  let previous: Line | null = null;
  const flat = pages.flatMap((lines, pageIndex) =>
    lines.map((line, i) => ({ line, firstOnPage: i === 0 && pageIndex > 0 })),
  );
  const lines = flat.map((f) => f.line);
  for (let n = 0; n < flat.length; n++) {
    const { line, firstOnPage } = flat[n]!;
    if (isHeaderRow(line)) {
      const table = readTable(lines, n);
      if (table.rows.length > 1) {
        if (current !== null) blocks.push({ kind: 'paragraph', text: current });
        blocks.push({ kind: 'table', rows: table.rows });
        current = null;
        previous = null;
        n += table.used - 1;
        continue;
      }
    }
    let joins = false;
    if (current !== null && previous) {
      // Justified Chinese text ends within a character or two of the margin; Latin text wrapped at a word
      // boundary may end a long word short of it.
      const fullWidth = previous.right >= right - Math.max(previous.size * 2, (right - left) * 0.15);
      const indented = line.x > left + line.size * 0.8;
      const sameSize = Math.abs(line.size - previous.size) < 0.15 * previous.size;
      const gap = previous.y - line.y;
      const tight = firstOnPage || (gap > 0 && gap < previous.size * 2.1);
      // A line that opens with an ordinal after one that closes a sentence starts a heading or an item, wherever
      // the lines fall (二、重点任务 after …98%以上。 filling the line).
      const opensItem = ENDS_SENTENCE.test(previous.text) && ORDINAL.test(line.text);
      joins = fullWidth && !indented && sameSize && tight && !opensItem;
    }
    if (joins && current !== null) {
      const latin = /[A-Za-z0-9,.;:]$/.test(current) && /^[A-Za-z0-9(]/.test(line.text);
      current += (latin ? ' ' : '') + line.text;
    } else {
      if (current !== null) blocks.push({ kind: 'paragraph', text: current });
      current = line.text;
    }
    previous = line;
  }
  if (current !== null) blocks.push({ kind: 'paragraph', text: current });
  return blocks;
}

const ENDS_SENTENCE = /[。；;！!？?）)」”]$/;
const ORDINAL =
  /^(?:[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,3}\s*[.．、](?!\d)|第[一二三四五六七八九十]{1,3}[章部分节篇])/;

/**
 * The left margin: the leftmost x at which a fair share of the lines start. Not the commonest x, which in a
 * document of short one-line paragraphs is the first-line indent.
 */
function margin(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const enough = Math.max(2, Math.ceil(values.length * 0.05));
  const common = [...counts].filter(([, c]) => c >= enough).map(([v]) => v);
  return common.length > 0 ? Math.min(...common) : mode(values);
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
