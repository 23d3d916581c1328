import { type DocumentBlock, type ExtractedDocument, ImportError } from './plan-import.document';

/** Larger pasted text is refused rather than parsed (a plan of 100 pages is well below 2 MB of text). */
export const MAX_TEXT_LENGTH = 8 * 1024 * 1024;

/** A line that is only a page number: "— 3 —", "- 12 -", "3", "第3页", "第 3 页 共 10 页". */
const PAGE_NUMBER = /^(?:[—–\-－\s]*\d{1,4}[—–\-－\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?)$/;
/** A markdown table's rule row: |---|:---:|. */
const TABLE_RULE = /^[|｜\s:：\-—]+$/;

/** Normalises one line: full-width and no-break spaces, zero-width characters, trailing blanks. */
export function normaliseLine(line: string): string {
  return line
    .replace(/[\u3000\u00a0\u2002-\u200a]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .trim();
}

/** The cells of a table line (tab or ｜/| separated), or null when the line is prose. */
function tableCells(rawLine: string): string[] | null {
  let cells: string[];
  if (rawLine.includes('\t')) {
    cells = rawLine.split('\t');
  } else if (/[|｜]/.test(rawLine)) {
    cells = rawLine.split(/[|｜]/);
    // A markdown row starts and ends with a bar.
    if (cells.length > 2 && normaliseLine(cells[0]!) === '') cells.shift();
    if (cells.length > 1 && normaliseLine(cells[cells.length - 1]!) === '') cells.pop();
  } else {
    return null;
  }
  cells = cells.map(normaliseLine);
  // Cells left empty at the end of a row (a row's last tab, an HTML row's last cell).
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

const looksLikeHtml = (text: string) =>
  /<\/?(?:p|div|br|html|body|td|tr|table|span|h\d)\b[^>]{0,200}>/i.test(text.slice(0, 20_000));

/** HTML pasted as text: block ends become line ends, cells tabs; other tags and scripts dropped. */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[^<]*(?:<(?!\/\1)[^<]*)*<\/\1\s*>/gi, '')
    .replace(/<\/(?:td|th)\s*>/gi, '\t')
    .replace(/<(?:br|\/p|\/div|\/tr|\/h\d|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Pasted or plain text to blocks: one paragraph per non-empty line; a run of lines with tab- or bar-separated cells
 * becomes a table (a single such line stays a paragraph). Page numbers on their own line are dropped.
 */
export function textToDocument(text: string): ExtractedDocument {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ImportError('DOCUMENT_TOO_LARGE', `文本过长（超过 ${MAX_TEXT_LENGTH / 1024 / 1024} MB），请分段导入`);
  }
  const blocks: DocumentBlock[] = [];
  let rows: { cells: string[]; line: string }[] = [];
  const flushRows = () => {
    if (rows.length >= 2) blocks.push({ kind: 'table', rows: rows.map((r) => r.cells) });
    else for (const r of rows) blocks.push({ kind: 'paragraph', text: r.line });
    rows = [];
  };
  const plain = looksLikeHtml(text) ? htmlToText(text) : text;
  for (const rawLine of plain.replace(/\r\n?/g, '\n').split('\n')) {
    const line = normaliseLine(rawLine);
    if (line === '' || PAGE_NUMBER.test(line)) {
      // A blank line ends a table only when the next line is not a row either: tables pasted from Word often
      // carry blank lines between rows, so a blank line is simply skipped.
      continue;
    }
    if (rows.length > 0 && /[|｜]/.test(line) && TABLE_RULE.test(line)) continue;
    const cells = tableCells(rawLine);
    if (cells) {
      rows.push({ cells, line });
      continue;
    }
    flushRows();
    blocks.push({ kind: 'paragraph', text: line });
  }
  flushRows();
  // An empty text gives no blocks: proposePlan refuses it (EMPTY_DOCUMENT), as it does an empty .docx.
  return { format: 'text', blocks };
}

/**
 * A document as the parser reads it: an extracted text file read again line by line, so that its tab- or
 * bar-separated tables are found (extraction keeps each line a paragraph); a .docx or PDF as extracted.
 */
export function documentForParser(document: ExtractedDocument): ExtractedDocument {
  if (document.format !== 'text') return document;
  return textToDocument(
    document.blocks
      .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join('\t')).join('\n')))
      .join('\n'),
  );
}
