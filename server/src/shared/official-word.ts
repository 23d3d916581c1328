import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/**
 * Word documents in Chinese official style (GB/T 9704-2012, 党政机关公文格式): A4, 版心 156 × 225 mm (top 37 mm,
 * left 28 mm), 仿宋_GB2312 三号 body at a fixed 28.95 pt line (22 lines a page), 方正小标宋简体 二号 titles, 黑体 and
 * 楷体_GB2312 headings, dates in Chinese numerals, page numbers 「— 1 —」 in 宋体 四号, odd pages right and even left.
 * Fonts are named, never embedded: WPS and Word on a Chinese system have them (the eastAsia name of every run).
 */

export const FONT = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Sizes in half-points (docx's unit): 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24 } as const;

const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);
/** 28.95 pt: 22 lines of 三号 in the 225 mm 版心. */
const LINE = Math.round(28.95 * 20);

export const RED = 'C00000';

interface RunStyle {
  font?: string;
  size?: number;
  bold?: boolean;
  color?: string;
}

/** A run with the Chinese font named for every script, so Word and WPS both use it. */
export function run(text: string, style: RunStyle = {}): TextRun {
  const font = style.font ?? FONT.body;
  return new TextRun({
    text,
    font: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
    size: style.size ?? SIZE.sanhao,
    bold: style.bold,
    color: style.color,
  });
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function paragraph(
  children: ParagraphChild[],
  options: { align?: Align; indent?: boolean; after?: number; before?: number; line?: number } = {},
): Paragraph {
  return new Paragraph({
    children,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    // 首行缩进两字: two characters of 三号.
    indent: options.indent ? { firstLine: 2 * 320 } : undefined,
    spacing: {
      line: options.line ?? LINE,
      lineRule: LineRuleType.EXACT,
      before: options.before ?? 0,
      after: options.after ?? 0,
    },
  });
}

/** 标题: 方正小标宋简体 二号, centred, a blank line after. */
export const title = (text: string) =>
  paragraph([run(text, { font: FONT.title, size: SIZE.erhao })], {
    align: AlignmentType.CENTER,
    line: Math.round(35 * 20),
    after: LINE,
  });

/** 一级标题 (一、…): 黑体 三号, indented two characters. */
export const heading = (text: string) => paragraph([run(text, { font: FONT.heading })], { indent: true });

/** 二级标题 (（一）…): 楷体_GB2312 三号. */
export const subheading = (text: string) => paragraph([run(text, { font: FONT.subheading })], { indent: true });

/** 正文: 仿宋_GB2312 三号, first line indented two characters. */
export const body = (text: string) => paragraph([run(text)], { indent: true });

/** A paragraph of mixed runs (a bold lead-in, then text). */
export const bodyRuns = (runs: TextRun[]) => paragraph(runs, { indent: true });

/** 主送机关: flush left. */
export const addressee = (text: string) => paragraph([run(text)], { align: AlignmentType.LEFT });

/** 发文机关署名 or 成文日期: right, kept four characters from the edge (GB/T 9704 7.3.5.1). */
export const signature = (text: string) =>
  new Paragraph({
    children: [run(text)],
    alignment: AlignmentType.RIGHT,
    indent: { right: 4 * 320 },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
  });

export const centred = (text: string, style: RunStyle = {}) =>
  paragraph([run(text, style)], { align: AlignmentType.CENTER });

/** A line set right (编号 above a form). */
export const paragraphRight = (text: string, style: RunStyle = {}) =>
  paragraph([run(text, style)], { align: AlignmentType.RIGHT });

export const blank = () => paragraph([run('')]);

/**
 * 版头: the issuing body's mark in red 小标宋 (with 文件 or without), the document number centred under it, and the
 * red rule under both (a bottom border, which Word, WPS and LibreOffice all draw).
 */
export function letterhead(issuer: string, docNumber: string): Paragraph[] {
  return [
    paragraph([run(issuer, { font: FONT.title, size: 60, color: RED })], {
      align: AlignmentType.CENTER,
      line: Math.round(50 * 20),
      before: LINE,
      after: LINE,
    }),
    new Paragraph({
      children: [run(docNumber)],
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, after: 2 * LINE },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
    }),
  ];
}

const DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumber(n: number): string {
  if (n < 10) return DIGIT[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGIT[n % 10]}`;
  return `${DIGIT[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGIT[n % 10]}`;
}

/** 成文日期 in Chinese numerals: 2026-12-06 → 二〇二六年十二月六日 (年份逐字, 月日按数读). */
export function chineseDate(date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  const y = [...year].map((d) => DIGIT[Number(d)]).join('');
  return `${y}年${chineseNumber(Number(month))}月${chineseNumber(Number(day))}日`;
}

/** 一、二、… for headings. */
export const ordinal = (n: number) => chineseNumber(n);

export interface Column {
  title: string;
  /** Share of the 156 mm width, in mm. */
  width: number;
}

/** A table of 小四 仿宋 cells with a 黑体 header row, full 版心 width, ruled. */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): Table {
  // A brief on a big plan has thousands of cells: each cell's paragraph names a style (TABLE_TEXT or TABLE_HEAD, in
  // officialDocx) and the margins are the table's, so a cell carries only its width and text.
  const cell = (text: string, width: number, header: boolean) =>
    new TableCell({
      width: { size: twips(width), type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: text
        .split('\n')
        .map((line) => new Paragraph({ style: header ? TABLE_HEAD : TABLE_TEXT, children: [new TextRun(line)] })),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twips(156), type: WidthType.DXA },
    columnWidths: columns.map((c) => twips(c.width)),
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.title, c.width, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, columns[i]!.width, false)) })),
    ],
  });
}

/** The paragraph styles of a table's cells: 仿宋 小四 at 1.5 lines, and the header row's 黑体 centred. */
const TABLE_TEXT = 'DubanTableText';
const TABLE_HEAD = 'DubanTableHead';
const fontOf = (font: string) => ({ ascii: font, hAnsi: font, eastAsia: font, cs: font });

/** A form: each row a 黑体 label and its value, ruled, full 版心 width (the 督办单). */
export function formTable(rows: readonly (readonly [string, string])[]): Table {
  const cell = (text: string, width: number, label: boolean) =>
    new TableCell({
      width: { size: twips(width), type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 100, right: 100, top: 60, bottom: 60 },
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            children: [run(line, { font: label ? FONT.heading : FONT.body, size: SIZE.sihao })],
            alignment: label ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: { line: 400, lineRule: LineRuleType.AUTO },
          }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twips(156), type: WidthType.DXA },
    columnWidths: [twips(32), twips(124)],
    rows: rows.map(([label, value]) => new TableRow({ children: [cell(label, 32, true), cell(value, 124, false)] })),
  });
}

/** 「— 1 —」: 宋体 四号, odd pages right, even pages left, each a quarter character from the edge. */
function pageFooter(align: Align): Footer {
  const font = FONT.pageNumber;
  const style = { font: { ascii: font, hAnsi: font, eastAsia: font }, size: SIZE.sihao };
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({ ...style, text: '— ' }),
          new TextRun({ ...style, children: [PageNumber.CURRENT] }),
          new TextRun({ ...style, text: ' —' }),
        ],
      }),
    ],
  });
}

/** The document as .docx bytes: A4, GB/T 9704 margins, page numbers, the title as its core property. */
export async function officialDocx(name: string, children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const document = new Document({
    title: name,
    creator: '督办系统',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT.body, hAnsi: FONT.body, eastAsia: FONT.body },
            size: SIZE.sanhao,
          },
        },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT,
          name: '表格文字',
          run: { font: fontOf(FONT.body), size: SIZE.xiaosi },
          paragraph: { alignment: AlignmentType.LEFT, spacing: { line: 360, lineRule: LineRuleType.AUTO } },
        },
        {
          id: TABLE_HEAD,
          name: '表格标题行',
          basedOn: TABLE_TEXT,
          run: { font: fontOf(FONT.heading), size: SIZE.xiaosi },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 360, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26), footer: twips(28) },
          },
        },
        footers: { default: pageFooter(AlignmentType.RIGHT), even: pageFooter(AlignmentType.LEFT) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
