/**
 * Documents made on the fly for the extraction tests (and the browser story that uploads a .docx). The only binary
 * files committed are the evaluation set's document.docx and document.pdf, made from its texts by
 * test/import-eval/make-files.ts with these writers. Test-only: imports dev dependencies (docx, pdf-lib).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';

/** The Boshan plan's text (博政发〔2022〕8号). */
export const BOSHAN_TEXT = fs.readFileSync(
  path.join(import.meta.dirname, '../../seed/boshan-ip-plan-2022-2025.txt'),
  'utf8',
);

/** A small plan (2024—2026), as its office would paste it: two goals, two projects with five measures, a safeguard. */
export const SMALL_PLAN_TEXT = [
  '关于印发某区知识产权工作方案（2024—2026年）的通知',
  '某政发〔2024〕1号',
  '某区知识产权工作方案（2024—2026年）',
  '一、主要目标',
  '（一）知识产权创造能力增强。到2026年，有效发明专利拥有量达到500件，有效商标注册量累计达到3000件。',
  '（二）知识产权保护水平提升。知识产权保护社会满意度稳步提高。',
  '二、重点任务',
  '（一）实施专利导航工程。',
  '1.开展产业专利导航。围绕主导产业开展专利导航分析。（牵头单位：区市场监督管理局；配合单位：区科学技术局）',
  '2.建设知识产权服务站。在园区建设知识产权服务站。（责任单位：区财政局）',
  '3.培育高价值专利。支持企业培育高价值专利组合。（责任单位：区科学技术局）',
  '（二）实施知识产权保护工程。',
  '1.加强行政执法。开展专项执法行动。（责任单位：区市场监督管理局、区公安分局）',
  '2.推进司法保护。完善知识产权审判机制。（责任单位：区法院）',
  '三、保障措施',
  '（一）加强组织领导。成立工作专班。（责任单位：区市场监督管理局）',
].join('\n');

/**
 * The same plan as revised: one measure reworded (P1.2), one added under the first project, one dropped (P2.2),
 * one measure's units changed (P2.1: 区司法局 instead of 区公安分局), one target raised (有效商标注册量 3000 → 3500).
 */
export const SMALL_PLAN_REVISED_TEXT = SMALL_PLAN_TEXT.replace(
  '有效商标注册量累计达到3000件',
  '有效商标注册量累计达到3500件',
)
  .replace(
    '2.建设知识产权服务站。在园区建设知识产权服务站。',
    '2.建设知识产权公共服务站点。在园区建设知识产权公共服务站点。',
  )
  .replace(
    '（责任单位：区科学技术局）\n（二）',
    '（责任单位：区科学技术局）\n4.推动专利转化运用。开展专利开放许可。（责任单位：区工业和信息化局）\n（二）',
  )
  .replace('区市场监督管理局、区公安分局', '区市场监督管理局、区司法局')
  .replace('2.推进司法保护。完善知识产权审判机制。（责任单位：区法院）\n', '');

/** The non-empty lines of a text, trimmed: what a reader should get back as paragraphs. */
export const nonEmptyLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export type TableSpec = {
  header: string[];
  rows: (string | { text: string; rowSpan?: number; columnSpan?: number })[][];
};

/** A .docx with one paragraph per line, then a table; lines given as { numbered } get Word's automatic numbering. */
export async function makeDocx(
  lines: (string | { numbered: 0 | 1 | 2; text: string })[],
  table?: TableSpec,
): Promise<Uint8Array> {
  const cell = (spec: string | { text: string; rowSpan?: number; columnSpan?: number }) => {
    const { text, rowSpan, columnSpan } = typeof spec === 'string' ? { text: spec } : spec;
    return new TableCell({
      children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun(t)] })),
      rowSpan,
      columnSpan,
    });
  };
  const children: (Paragraph | Table)[] = lines.map((line) =>
    typeof line === 'string'
      ? new Paragraph({ children: [new TextRun(line)] })
      : new Paragraph({ children: [new TextRun(line.text)], numbering: { reference: 'plan', level: line.numbered } }),
  );
  if (table) {
    children.push(
      new Table({ rows: [table.header, ...table.rows].map((row) => new TableRow({ children: row.map(cell) })) }),
    );
  }
  const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: n,
    format,
    text,
    alignment: AlignmentType.LEFT,
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            level(0, LevelFormat.CHINESE_COUNTING, '%1、'),
            level(1, LevelFormat.CHINESE_COUNTING, '（%2）'),
            level(2, LevelFormat.DECIMAL, '%3.'),
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Word's document properties with a fixed date, so that the same blocks always make the same bytes. */
const coreXml = (date: Date) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${date.toISOString()}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${date.toISOString()}</dcterms:modified>` +
  '</cp:coreProperties>';

/** Sets every entry's modification time in a zip to 1980-01-01 00:00 (in place), for reproducible bytes. */
function stableZipTimes(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const local = zip.readUInt32LE(at + 42);
    for (const offset of [at + 12, local + 10]) {
      zip.writeUInt16LE(0, offset); // time
      zip.writeUInt16LE(0x21, offset + 2); // date: 1980-01-01
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

/**
 * A .docx of a document's blocks in order: a paragraph each, a Word table for each table (cells as given, an empty
 * cell left empty). The same blocks and date give the same bytes.
 */
export async function makeDocxOfBlocks(
  blocks: ({ kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] })[],
  date = new Date(Date.UTC(2024, 0, 1)),
): Promise<Uint8Array> {
  const children = blocks.map((block) => {
    if (block.kind === 'paragraph') return new Paragraph({ children: [new TextRun(block.text)] });
    const width = Math.max(...block.rows.map((row) => row.length));
    return new Table({
      rows: block.rows.map(
        (row) =>
          new TableRow({
            children: Array.from(
              { length: width },
              (_, i) => new TableCell({ children: [new Paragraph({ children: [new TextRun(row[i] ?? '')] })] }),
            ),
          }),
      ),
    });
  });
  const doc = new Document({ sections: [{ children }] });
  const bytes = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(date) }]);
  return new Uint8Array(stableZipTimes(Buffer.from(bytes)));
}

/** A zip of the given files (deflated), e.g. to make a zip that is not a .docx or one that inflates too far. */
export function makeZip(files: Record<string, Uint8Array | string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    const compressed = zlib.deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A tiny valid PNG (a grey square), for an image upload and an image-only PDF. */
export function makePng(size = 16): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const raw = Buffer.alloc((size + 1) * size, 0x80);
  for (let row = 0; row < size; row++) raw[row * (size + 1)] = 0; // filter: none
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', zlib.deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** Text in GBK/GB18030, as Chinese Windows saves it (Node has a GB18030 decoder but no encoder). */
export function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** The first CJK font installed on this machine, or null (a PDF with Chinese text needs one to be made). */
export function findCjkFont(): string | null {
  const candidates = [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  ];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

/** One face of a TrueType/OpenType collection (.ttc) as a standalone font (pdf-lib cannot embed a collection). */
function faceOfCollection(ttc: Buffer, postscriptName: RegExp): Uint8Array {
  const faces = ttc.readUInt32BE(8);
  for (let index = 0; index < faces; index++) {
    const faceOffset = ttc.readUInt32BE(12 + 4 * index);
    const numTables = ttc.readUInt16BE(faceOffset + 4);
    const tables = Array.from({ length: numTables }, (_, i) => {
      const at = faceOffset + 12 + 16 * i;
      return {
        tag: ttc.readUInt32BE(at),
        checksum: ttc.readUInt32BE(at + 4),
        offset: ttc.readUInt32BE(at + 8),
        length: ttc.readUInt32BE(at + 12),
      };
    });
    const headerSize = 12 + 16 * numTables;
    const out = Buffer.alloc(tables.reduce((size, t) => size + ((t.length + 3) & ~3), headerSize));
    ttc.copy(out, 0, faceOffset, faceOffset + 12);
    let at = headerSize;
    tables.forEach((t, i) => {
      const entry = 12 + 16 * i;
      out.writeUInt32BE(t.tag, entry);
      out.writeUInt32BE(t.checksum, entry + 4);
      out.writeUInt32BE(at, entry + 8);
      out.writeUInt32BE(t.length, entry + 12);
      ttc.copy(out, at, t.offset, t.offset + t.length);
      at += (t.length + 3) & ~3;
    });
    if (postscriptName.test(fontkit.create(out).postscriptName ?? '')) return out;
  }
  throw new Error('no such face in the collection');
}

export interface PdfPageSpec {
  /** Paragraphs laid out as an official document: first line indented two characters, wrapped at the margin. */
  paragraphs: string[];
}

/**
 * A text-layer PDF laid out like a printed 公文: A4, paragraphs wrapped at the right margin with a two-character
 * first-line indent, a running header on every page and a page number like "— 3 —" at the foot.
 */
export async function makePdf(
  paragraphs: (string | { table: string[][] })[],
  options: { font: 'cjk' | 'latin'; header?: string; size?: number; date?: Date },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (options.date) {
    // A fixed date makes the same paragraphs give the same bytes.
    pdf.setCreationDate(options.date);
    pdf.setModificationDate(options.date);
  }
  let font: PDFFont;
  if (options.font === 'cjk') {
    const file = findCjkFont();
    if (!file) throw new Error('no CJK font installed');
    pdf.registerFontkit(fontkit);
    font = await pdf.embedFont(faceOfCollection(fs.readFileSync(file), /CJKsc-/), { subset: true });
  } else {
    font = await pdf.embedFont(StandardFonts.Helvetica);
  }
  const size = options.size ?? 14;
  const [width, height] = [595, 842];
  const [left, right, top, bottom] = [72, width - 72, height - 90, 90];
  const indent = options.font === 'cjk' ? 2 * size : 2 * size;
  let page = pdf.addPage([width, height]);
  let y = top;
  let pageNumber = 1;
  const decorate = () => {
    if (options.header) page.drawText(options.header, { x: left, y: height - 50, size: 9, font });
    const number = `— ${pageNumber} —`;
    page.drawText(number, { x: width / 2 - font.widthOfTextAtSize(number, 10) / 2, y: 40, size: 10, font });
  };
  decorate();
  const newLine = () => {
    y -= size * 1.6;
    if (y < bottom) {
      page = pdf.addPage([width, height]);
      pageNumber++;
      decorate();
      y = top;
    }
  };
  /** A table with ruled cells, its text wrapped inside each cell; a row that does not fit goes to the next page. */
  const drawTable = (rows: string[][]) => {
    const tableSize = size * 0.8;
    const pad = 6;
    const columns = Math.max(...rows.map((row) => row.length));
    const weights = Array.from({ length: columns }, (_, i) =>
      Math.min(24, Math.max(6, ...rows.map((row) => [...(row[i] ?? '')].length))),
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => ((right - left) * w) / total);
    const wrap = (text: string, width: number) => {
      const lines: string[] = [];
      let line = '';
      for (const ch of text) {
        if (line && font.widthOfTextAtSize(line + ch, tableSize) > width - 2 * pad) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
      if (line) lines.push(line);
      return lines;
    };
    y -= size * 0.6;
    for (const row of rows) {
      const cells = widths.map((width, i) => wrap(row[i] ?? '', width));
      const rowHeight = Math.max(1, ...cells.map((c) => c.length)) * tableSize * 1.4 + 2 * pad;
      if (y - rowHeight < bottom) {
        page = pdf.addPage([width, height]);
        pageNumber++;
        decorate();
        y = top;
      }
      let x = left;
      cells.forEach((lines, i) => {
        page.drawRectangle({
          x,
          y: y - rowHeight,
          width: widths[i]!,
          height: rowHeight,
          borderWidth: 0.5,
          borderColor: rgb(0, 0, 0),
        });
        lines.forEach((text, n) => {
          page.drawText(text, { x: x + pad, y: y - pad - tableSize * (1.1 + 1.4 * n), size: tableSize, font });
        });
        x += widths[i]!;
      });
      y -= rowHeight;
    }
    newLine();
  };
  for (const paragraph of paragraphs) {
    if (typeof paragraph !== 'string') {
      drawTable(paragraph.table);
      continue;
    }
    // Wrap by width, character by character for Chinese, by word for Latin.
    const units = options.font === 'cjk' ? [...paragraph] : paragraph.split(/(?<= )/);
    let line = '';
    let x = left + indent;
    for (const unit of units) {
      if (line && x + font.widthOfTextAtSize(line + unit, size) > right) {
        page.drawText(line.trimEnd(), { x, y, size, font });
        newLine();
        line = '';
        x = left;
      }
      line += unit;
    }
    if (line) page.drawText(line.trimEnd(), { x, y, size, font });
    newLine();
  }
  return pdf.save();
}

/** A PDF whose pages hold only a scanned image: no text layer. */
export async function makeScannedPdf(pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(makePng(64));
  for (let i = 0; i < pages; i++) {
    const page = pdf.addPage([595, 842]);
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return pdf.save();
}

/**
 * A PDF as older Chinese office software writes it: a font that is not embedded (STSong-Light) with one of Adobe's
 * predefined CMaps (UniGB-UCS2-H). Reading its text needs the cMap files, which pdfjs-dist ships.
 */
export function makeNonEmbeddedCjkPdf(lines: string[]): Uint8Array {
  // Without a cMap the codes below cannot be mapped to text: this PDF proves the bundled cMaps are read.
  const hex = (text: string) =>
    [...text].map((ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0').toUpperCase()).join('');
  // Every line after the first is indented two characters: a paragraph of its own.
  const content = lines
    .map((line, i) => `BT /F1 16 Tf ${i ? 104 : 72} ${760 - 28 * i} Td <${hex(line)}> Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 ' +
      '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'utf8'));
}
