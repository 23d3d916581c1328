import { PassThrough } from 'node:stream';
// exceljs is loaded when a workbook is made or read, not at start-up (it costs most of a second to import).
import type ExcelJS from 'exceljs';
import {
  columnWidth,
  type LedgerBook,
  type LedgerCell,
  type LedgerCover,
  type LedgerTable,
  plainValue,
  TONE_COLOR,
  type Tone,
  toneOf,
} from './ledger.rules';

// exceljs writes the .xlsx (a maintained library that both Excel and WPS read): with its streaming writer each row is
// zipped out as it is committed, so only the ledger's data, its distinct strings and the compressed bytes are held,
// never a whole sheet's XML model.

const FONT = '宋体';
const argb = (tone: Tone) => `FF${TONE_COLOR[tone].slice(1).toUpperCase()}`;
/** A4, every column on one page wide (as many pages down as it takes), so the printed 台账 reads across. */
const PAGE = (orientation: 'portrait' | 'landscape') =>
  ({ paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true }) as const;
const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The few styles every cell takes, made once: exceljs registers a style by the identity of the object (a WeakMap), so a
 * cell given one of these costs a look-up, where a style built per cell would be serialised and compared each time.
 */
const plainStyle = (wrap: boolean): Partial<ExcelJS.Style> => ({
  font: { name: FONT, size: 10 },
  border: BORDER,
  alignment: { vertical: 'top', wrapText: wrap },
});
const tonedStyle = (tone: Tone, wrap: boolean): Partial<ExcelJS.Style> => ({
  font: { name: FONT, size: 10, bold: true, color: { argb: 'FFFFFFFF' } },
  border: BORDER,
  alignment: { vertical: 'top', wrapText: wrap },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(tone) } },
});
const TONES: Tone[] = ['red', 'yellow', 'blue', 'green', 'grey'];
const STYLES = {
  plain: { wrap: plainStyle(true), flat: plainStyle(false) },
  toned: Object.fromEntries(
    TONES.map((tone) => [tone, { wrap: tonedStyle(tone, true), flat: tonedStyle(tone, false) }]),
  ) as Record<Tone, { wrap: Partial<ExcelJS.Style>; flat: Partial<ExcelJS.Style> }>,
};

function styleCell(cell: ExcelJS.Cell, source: LedgerCell, wrap: boolean): void {
  const tone = toneOf(source);
  cell.value = plainValue(source);
  const styles = tone ? STYLES.toned[tone] : STYLES.plain;
  cell.style = wrap ? styles.wrap : styles.flat;
}

function writeTable(book: ExcelJS.stream.xlsx.WorkbookWriter, table: LedgerTable): void {
  const sheet = book.addWorksheet(table.name, {
    pageSetup: PAGE('landscape'),
    views: [{ state: 'frozen', xSplit: table.freezeColumns, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = table.columns.map((column, i) => ({
    width: columnWidth(
      column,
      table.rows.map((row) => plainValue(row[i] ?? null)),
    ),
  }));
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.commit();
  for (const values of table.rows) {
    const row = sheet.addRow([]);
    table.columns.forEach((column, i) => {
      styleCell(row.getCell(i + 1), values[i] ?? null, column.wrap ?? false);
    });
    row.commit();
  }
  sheet.commit();
}

function writeCover(book: ExcelJS.stream.xlsx.WorkbookWriter, cover: LedgerCover): void {
  const sheet = book.addWorksheet(cover.name, { pageSetup: PAGE('portrait') });
  const labels = { header: '项目', maxWidth: 20 };
  const values = { header: '内容', maxWidth: 60 };
  sheet.columns = [
    {
      width: columnWidth(
        labels,
        cover.lines.map((line) => line.label),
      ),
    },
    {
      width: columnWidth(
        values,
        cover.lines.map((line) => plainValue(line.value)),
      ),
    },
  ];
  const title = sheet.addRow([cover.title]);
  title.getCell(1).font = { name: FONT, size: 16, bold: true };
  title.height = 28;
  title.commit();
  sheet.addRow([]).commit();
  for (const line of cover.lines) {
    const row = sheet.addRow([]);
    const label = row.getCell(1);
    label.value = line.label;
    label.font = { name: FONT, size: 11, bold: true };
    label.border = BORDER;
    styleCell(row.getCell(2), line.value, true);
    row.commit();
  }
  sheet.commit();
}

/** The book as .xlsx bytes, written with exceljs's streaming writer. */
export async function writeLedgerBook(ledger: LedgerBook): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Shared strings: a measure's title, units and 研判 repeat on each of its period rows, so each is encoded and zipped
  // once (on the 100× plan's ledger a third less time to write and 7.5 MB instead of 11 MB).
  const { default: Excel } = await import('exceljs');
  const book = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 6 } },
  });
  book.creator = '督办系统';
  book.title = ledger.title;
  for (const sheet of ledger.sheets) {
    if (sheet.kind === 'cover') writeCover(book, sheet);
    else writeTable(book, sheet);
  }
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
