/**
 * A .docx read into blocks: word/document.xml straight from the zip, paragraphs and tables in document order.
 *
 * Why not mammoth: its HTML turns Word's automatic numbering into <ol>/<li> and loses the number as written
 * (一、, （一）, 1.), which is exactly what the parser reads the hierarchy from; and it gives no handle on how much a
 * zip entry may inflate. The part of WordprocessingML we need (w:p, w:t, w:tbl, w:numPr, merged cells) is small, so
 * a zip reader on node:zlib (inflate capped with maxOutputLength) and a tolerant tag walk are simpler and more
 * faithful.
 *
 * Merged cells: a vertical merge (w:vMerge) repeats the text of the cell it continues, so that every row of a
 * task-split table names its own units; a horizontal span (w:gridSpan) keeps the text in its first grid column and
 * leaves the columns it covers empty, so that columns stay aligned with the header row.
 */
import zlib from 'node:zlib';
import { type DocumentBlock, ImportError } from './plan-import.document';

/** At most this many bytes inflated out of one .docx in all (a zip bomb stops here). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

const damaged = (detail: string) =>
  new ImportError('DAMAGED_DOCUMENT', `Word 文档（.docx）已损坏，无法读取（${detail}），请重新保存或导出后再试`);

const tooLarge = (bytes: number) =>
  new ImportError('DOCUMENT_TOO_LARGE', `文档解压后超过 ${Math.round(bytes / 1024 / 1024)} MB，无法导入`);

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory of a zip: its entries by name. */
function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65 535 (comment) bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged('缺少压缩包目录');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged('压缩包目录不完整');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads zip entries, never inflating more than MAX_INFLATED_BYTES in all. */
class ZipReader {
  private readonly entries: Map<string, ZipEntry>;
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxInflated: number,
  ) {
    this.entries = readZipDirectory(bytes);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  text(name: string): string | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.length || view.getUint32(local, true) !== 0x04034b50) throw damaged(`${name} 缺失`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw damaged(`${name} 不完整`);
    const data = this.bytes.subarray(start, end);
    const budget = this.maxInflated - this.inflated;
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw tooLarge(this.maxInflated);
        }
        throw damaged(`${name} 无法解压`);
      }
    } else {
      throw damaged(`不支持的压缩方式 ${entry.method}`);
    }
    this.inflated += out.length;
    if (this.inflated > this.maxInflated) throw tooLarge(this.maxInflated);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(out);
    } catch {
      throw damaged(`${name} 不是有效的文本`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// A tolerant XML walk: start tags, end tags and text, nothing else. Namespaces are kept as written (w:p).

interface Tag {
  name: string;
  attrs: string;
}

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;

function* tokens(
  xml: string,
): Generator<
  { kind: 'open'; tag: Tag; selfClosing: boolean } | { kind: 'close'; name: string } | { kind: 'text'; text: string }
> {
  for (const m of xml.matchAll(TOKEN)) {
    if (m[1] !== undefined) yield { kind: 'text', text: m[1] };
    else if (m[3] !== undefined) {
      if (m[2] === '/') yield { kind: 'close', name: m[3] };
      else yield { kind: 'open', tag: { name: m[3], attrs: m[4] ?? '' }, selfClosing: m[5] === '/' };
    } else if (m[6] !== undefined) yield { kind: 'text', text: decodeEntities(m[6]) };
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] ?? '';
  });
}

function attr(tag: Tag, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag.attrs);
  return m ? decodeEntities(m[2] ?? m[3] ?? '') : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbering that Word generates (w:numPr): the prefix as the reader sees it, e.g. 一、 or （一） or 1.

interface Level {
  format: string;
  text: string;
  start: number;
}

interface Numbering {
  /** numId → levels (by ilvl), with start overrides applied. */
  levels: Map<string, Map<number, Level>>;
  /**
   * numId → whose counters it uses: lists of one abstract definition count on together, as in Word, unless a list
   * restarts its numbering (w:startOverride), which makes it count on its own.
   */
  counterOf: Map<string, string>;
  /** styleId → its numPr, for paragraphs numbered through their style. */
  styles: Map<string, { numId: string; ilvl: number }>;
}

function readNumbering(numberingXml: string | null, stylesXml: string | null): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const levels = new Map<string, Map<number, Level>>();
  const counterOf = new Map<string, string>();
  if (numberingXml) {
    let abstractId: string | null = null;
    let numId: string | null = null;
    let level: { ilvl: number; level: Level } | null = null;
    let overrideLevel: number | null = null;
    const closeNumbering = (name: string) => {
      if (name === 'w:lvl' && level) {
        if (abstractId !== null) abstract.get(abstractId)?.set(level.ilvl, level.level);
        else if (numId !== null) levels.get(numId)?.set(level.ilvl, level.level);
        level = null;
      } else if (name === 'w:abstractNum') abstractId = null;
      else if (name === 'w:num') numId = null;
      else if (name === 'w:lvlOverride') overrideLevel = null;
    };
    for (const t of tokens(numberingXml)) {
      if (t.kind === 'open') {
        const { tag } = t;
        switch (tag.name) {
          case 'w:abstractNum':
            abstractId = attr(tag, 'w:abstractNumId') ?? null;
            abstract.set(abstractId ?? '', new Map());
            break;
          case 'w:lvl':
            if (abstractId !== null) {
              level = { ilvl: Number(attr(tag, 'w:ilvl') ?? 0), level: { format: 'decimal', text: '', start: 1 } };
            } else if (numId !== null && overrideLevel !== null) {
              level = { ilvl: overrideLevel, level: { format: 'decimal', text: '', start: 1 } };
            }
            break;
          case 'w:start':
            if (level) level.level.start = Number(attr(tag, 'w:val') ?? 1);
            break;
          case 'w:numFmt':
            if (level) level.level.format = attr(tag, 'w:val') ?? 'decimal';
            break;
          case 'w:lvlText':
            if (level) level.level.text = attr(tag, 'w:val') ?? '';
            break;
          case 'w:num':
            numId = attr(tag, 'w:numId') ?? null;
            break;
          case 'w:abstractNumId':
            if (numId !== null) {
              const abstractNumId = attr(tag, 'w:val') ?? '';
              levels.set(numId, new Map(abstract.get(abstractNumId) ?? []));
              if (!counterOf.has(numId)) counterOf.set(numId, `abstract:${abstractNumId}`);
            }
            break;
          case 'w:lvlOverride':
            overrideLevel = Number(attr(tag, 'w:ilvl') ?? 0);
            break;
          case 'w:startOverride':
            if (numId !== null && overrideLevel !== null) {
              const own = levels.get(numId);
              const base = own?.get(overrideLevel);
              if (own && base) own.set(overrideLevel, { ...base, start: Number(attr(tag, 'w:val') ?? 1) });
              counterOf.set(numId, `num:${numId}`);
            }
            break;
        }
        if (t.selfClosing) closeNumbering(tag.name);
      } else if (t.kind === 'close') {
        closeNumbering(t.name);
      }
    }
  }
  const styles = new Map<string, { numId: string; ilvl: number }>();
  if (stylesXml) {
    let styleId: string | null = null;
    let numPr: { numId: string; ilvl: number } | null = null;
    const basedOn = new Map<string, string>();
    const own = new Map<string, { numId: string; ilvl: number }>();
    for (const t of tokens(stylesXml)) {
      if (t.kind === 'open' && t.tag.name === 'w:style') {
        styleId = attr(t.tag, 'w:styleId') ?? null;
        numPr = null;
      } else if (t.kind === 'open' && styleId && t.tag.name === 'w:basedOn') {
        basedOn.set(styleId, attr(t.tag, 'w:val') ?? '');
      } else if (t.kind === 'open' && styleId && t.tag.name === 'w:numId') {
        numPr = { numId: attr(t.tag, 'w:val') ?? '0', ilvl: (numPr as { ilvl: number } | null)?.ilvl ?? 0 };
      } else if (t.kind === 'open' && styleId && t.tag.name === 'w:ilvl') {
        numPr = { numId: (numPr as { numId: string } | null)?.numId ?? '0', ilvl: Number(attr(t.tag, 'w:val') ?? 0) };
      } else if (t.kind === 'close' && t.name === 'w:style') {
        if (styleId && numPr) own.set(styleId, numPr);
        styleId = null;
      }
    }
    // A style without numbering of its own takes its base style's (a few steps at most: no loops).
    for (const id of new Set([...basedOn.keys(), ...own.keys()])) {
      let style: string | undefined = id;
      for (let depth = 0; style !== undefined && depth < 10; depth++) {
        const found = own.get(style);
        if (found) {
          if (found.numId !== '0') styles.set(id, found);
          break;
        }
        style = basedOn.get(style);
      }
    }
  }
  return { levels, counterOf, styles };
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) zero = out !== '';
    else {
      if (zero) out += '零';
      zero = false;
      out += (d === 1 && unit === '十' && out === '' ? '' : CHINESE_DIGITS.charAt(d)) + unit;
    }
  });
  return out;
}

function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'ideographDigital':
      return format === 'ideographDigital'
        ? [...String(n)].map((d) => CHINESE_DIGITS.charAt(Number(d))).join('')
        : chineseNumber(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(n);
      return format === 'upperRoman' ? roman : roman.toLowerCase();
    }
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Counts numbered paragraphs as Word does (per list, deeper levels restart) and writes their prefixes. */
class NumberingCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering) {}

  numberingOfStyle(styleId: string): { numId: string; ilvl: number } | null {
    return this.numbering.styles.get(styleId) ?? null;
  }

  prefix(numId: string, ilvl: number): string {
    const levels = this.numbering.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level || level.format === 'bullet') return '';
    const key = this.numbering.counterOf.get(numId) ?? numId;
    const counts = this.counters.get(key) ?? [];
    for (let i = 0; i < ilvl; i++) if (counts[i] === undefined) counts[i] = levels.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    this.counters.set(key, counts);
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      return formatCounter(counts[i] ?? 1, levels.get(i)?.format ?? 'decimal');
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Adds text to the paragraph's current line. */
function append(p: { lines: string[] }, text: string): void {
  p.lines[p.lines.length - 1] = (p.lines.at(-1) ?? '') + text;
}

interface CellBuilder {
  paragraphs: string[];
  span: number;
  /** 'restart' begins a vertical merge; 'continue' carries on the one above. */
  vMerge: 'restart' | 'continue' | null;
}

/** The blocks of a .docx, in document order. */
export function extractDocx(
  bytes: Uint8Array,
  limits: { maxInflatedBytes: number } = { maxInflatedBytes: MAX_INFLATED_BYTES },
): DocumentBlock[] {
  const zip = new ZipReader(bytes, limits.maxInflatedBytes);
  const documentName = mainDocumentName(zip);
  if (!documentName) {
    throw new ImportError('UNSUPPORTED_FORMAT', '该压缩文件不是 Word 文档（.docx），请上传 .docx、PDF 或纯文本文件');
  }
  const xml = zip.text(documentName);
  if (xml === null) throw damaged('缺少正文');
  if (!/<w:body[\s>]/.test(xml)) throw damaged('正文不完整');
  const folder = documentName.slice(0, documentName.lastIndexOf('/') + 1);
  const counter = new NumberingCounter(
    readNumbering(zip.text(`${folder}numbering.xml`), zip.text(`${folder}styles.xml`)),
  );
  return walkDocument(xml, counter);
}

function mainDocumentName(zip: ZipReader): string | null {
  const rels = zip.has('_rels/.rels') ? zip.text('_rels/.rels') : null;
  if (rels) {
    for (const t of tokens(rels)) {
      if (t.kind === 'open' && t.tag.name === 'Relationship' && /officeDocument$/.test(attr(t.tag, 'Type') ?? '')) {
        const target = (attr(t.tag, 'Target') ?? '').replace(/^\//, '');
        if (zip.has(target) && target.endsWith('.xml') && /^word\//.test(target)) return target;
      }
    }
  }
  return zip.has('word/document.xml') ? 'word/document.xml' : null;
}

/**
 * Elements whose content is not the document's current text: the fallback copy of mc:Choice, deleted text, field
 * instructions, and the former properties that tracked changes keep (a former numbering or cell merge).
 */
const SKIPPED = new Set([
  'mc:Fallback',
  'w:del',
  'w:delText',
  'w:instrText',
  'w:moveFrom',
  'w:pPrChange',
  'w:rPrChange',
  'w:tcPrChange',
  'w:trPrChange',
  'w:tblPrChange',
  'w:tblGridChange',
  'w:sectPrChange',
  'w:numberingChange',
]);

function walkDocument(xml: string, counter: NumberingCounter): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  // Paragraphs may nest (a text box inside a paragraph), tables may nest (a table in a cell).
  const paragraphs: { lines: string[]; numId: string | null; ilvl: number; style: string | null }[] = [];
  const tables: { rows: CellBuilder[][]; merges: string[]; gridBefore: number }[] = [];
  let cell: CellBuilder | null = null;
  const cells: (CellBuilder | null)[] = [];
  let inText = false;
  let skip = 0; // inside mc:Fallback (a copy of mc:Choice), w:del, field instructions

  const emitParagraph = (lines: string[]) => {
    if (cell) {
      const text = lines.join('\n').trim();
      if (text) cell.paragraphs.push(text);
    } else {
      for (const line of lines) {
        const text = line.trim();
        if (text) blocks.push({ kind: 'paragraph', text });
      }
    }
  };

  for (const t of tokens(xml)) {
    if (t.kind === 'text') {
      const p = paragraphs.at(-1);
      if (inText && !skip && p) append(p, t.text);
      continue;
    }
    const name = t.kind === 'open' ? t.tag.name : t.name;
    if (SKIPPED.has(name)) {
      if (t.kind === 'open' && !t.selfClosing) skip++;
      else if (t.kind === 'close') skip = Math.max(0, skip - 1);
      continue;
    }
    if (skip) continue;
    const p = paragraphs[paragraphs.length - 1];
    if (t.kind === 'open') {
      const { tag } = t;
      switch (name) {
        case 'w:p':
          if (!t.selfClosing) paragraphs.push({ lines: [''], numId: null, ilvl: 0, style: null });
          break;
        case 'w:t':
          inText = !t.selfClosing;
          break;
        case 'w:tab':
        case 'w:ptab':
          // A tab in a run; w:tab inside w:tabs (with w:val and w:pos) only defines a tab stop.
          if (p && (name === 'w:ptab' || !tag.attrs.includes('w:pos'))) append(p, ' ');
          break;
        case 'w:br':
        case 'w:cr':
          if (p && attr(tag, 'w:type') !== 'page') p.lines.push('');
          break;
        case 'w:noBreakHyphen':
          if (p) append(p, '-');
          break;
        case 'w:sym': {
          const code = Number.parseInt(attr(tag, 'w:char') ?? '', 16);
          if (p && code >= 0x20 && code < 0xf000) append(p, String.fromCodePoint(code));
          break;
        }
        case 'w:pStyle':
          if (p) p.style = attr(tag, 'w:val') ?? null;
          break;
        case 'w:numId':
          if (p) p.numId = attr(tag, 'w:val') ?? null;
          break;
        case 'w:ilvl':
          if (p) p.ilvl = Number(attr(tag, 'w:val') ?? 0);
          break;
        case 'w:tbl':
          tables.push({ rows: [], merges: [], gridBefore: 0 });
          cells.push(cell);
          cell = null;
          break;
        case 'w:tr':
          tables[tables.length - 1]?.rows.push([]);
          if (tables.length) (tables.at(-1) as { gridBefore: number }).gridBefore = 0;
          break;
        case 'w:gridBefore':
          if (tables.length) (tables.at(-1) as { gridBefore: number }).gridBefore = Number(attr(tag, 'w:val') ?? 0);
          break;
        case 'w:tc':
          cell = { paragraphs: [], span: 1, vMerge: null };
          break;
        case 'w:gridSpan':
          if (cell) cell.span = Math.max(1, Math.min(64, Number(attr(tag, 'w:val') ?? 1) || 1));
          break;
        case 'w:vMerge':
          if (cell) cell.vMerge = attr(tag, 'w:val') === 'restart' ? 'restart' : 'continue';
          break;
      }
      continue;
    }
    switch (name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const done = paragraphs.pop();
        if (!done) break;
        let numbered = done.numId ? { numId: done.numId, ilvl: done.ilvl } : null;
        if (!numbered && done.style) numbered = counter.numberingOfStyle(done.style);
        if (numbered && numbered.numId !== '0' && done.lines.join('').trim()) {
          const prefix = counter.prefix(numbered.numId, numbered.ilvl);
          done.lines[0] = prefix + (done.lines[0] ?? '').trimStart();
        }
        emitParagraph(done.lines);
        break;
      }
      case 'w:tc': {
        const table = tables[tables.length - 1];
        const row = table?.rows[table.rows.length - 1];
        if (row && cell) row.push(cell);
        cell = null;
        break;
      }
      case 'w:tr': {
        const table = tables[tables.length - 1];
        const row = table?.rows[table.rows.length - 1];
        if (table && row && table.gridBefore > 0) {
          row.unshift({ paragraphs: [], span: table.gridBefore, vMerge: null });
        }
        break;
      }
      case 'w:tbl': {
        const table = tables.pop();
        cell = cells.pop() ?? null;
        if (!table) break;
        const rows = tableRows(table.rows);
        if (cell) {
          // A table inside a cell: its rows become lines of the cell's text.
          for (const row of rows) cell.paragraphs.push(row.filter(Boolean).join(' '));
        } else if (rows.length) {
          blocks.push({ kind: 'table', rows });
        }
        break;
      }
    }
  }
  return blocks;
}

/** Lays the cells on the grid: vertical merges repeat the text above, horizontal spans leave their columns empty. */
function tableRows(rows: CellBuilder[][]): string[][] {
  const out: string[][] = [];
  let above: string[] = [];
  for (const row of rows) {
    const line: string[] = [];
    for (const c of row) {
      const column = line.length;
      const text = c.vMerge === 'continue' ? (above[column] ?? '') : c.paragraphs.join('\n');
      line.push(text);
      for (let i = 1; i < c.span; i++) line.push(c.vMerge === 'continue' ? (above[column + i] ?? '') : '');
    }
    if (line.some((text) => text.trim())) out.push(line);
    above = line;
  }
  return out;
}
