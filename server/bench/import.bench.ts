/**
 * `pnpm bench:import` (part of `pnpm bench`): the document importer's time, extraction and parsing, for the Boshan
 * plan as .docx, PDF and text, and for a generated plan of about a hundred A4 pages (40 parts of 30 items, each with
 * its units and a numeric target) in the same three forms. Each case runs once to warm up, then IMPORT_BENCH_ROUNDS
 * times (default 7); it prints the median and p95 of the whole import (bytes → proposed plan), the median of
 * extraction and of parsing alone, and the ratio to a floor measured in the same run on the same bytes: the raw
 * text of the form (text decoded; the .docx's document.xml inflated and its tags stripped; the PDF's text items as
 * pdf.js gives them), split into lines and matched against one regular expression for ordinals and one for unit
 * labels — what any reader of the document must at least do. Numbers only: it fails only when a document does not
 * import to the plan it holds.
 *
 * The .docx and PDF files are made before timing with the test fixtures' writers (docx; pdf-lib with the machine's
 * Noto Sans CJK); without a CJK font the PDF cases are skipped, with a note.
 */
// The module's index also holds its resolvers, whose decorators need the metadata polyfill.
import 'reflect-metadata';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { extractDocument, type ProposedPlan, proposePlan, textToDocument } from '../src/modules/plan-import';
import {
  BOSHAN_TEXT,
  findCjkFont,
  makeDocxOfBlocks,
  makePdf,
  nonEmptyLines,
} from '../src/modules/plan-import/plan-import.fixtures';
import { type Figure, figure, recordBench } from './results';

const ROUNDS = Number(process.env.IMPORT_BENCH_ROUNDS ?? 20);

const HAN = '〇一二三四五六七八九';
/** 1 → 一, 12 → 十二, 40 → 四十 (up to 99). */
function han(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${HAN[tens]}十`}${ones === 0 ? '' : HAN[ones]}`;
}

const AREAS = [
  '先进制造',
  '数字经济',
  '科技创新',
  '现代农业',
  '文化旅游',
  '商贸物流',
  '生态环保',
  '城市更新',
  '乡村建设',
  '教育提质',
];
const DEPARTMENTS = [
  '市发展改革委',
  '市工业和信息化局',
  '市科技局',
  '市农业农村局',
  '市文化广电旅游局',
  '市商务局',
  '市生态环境局',
  '市住房城乡建设局',
  '市教育局',
  '市财政局',
  '市自然资源和规划局',
  '市市场监管局',
];

/**
 * A plan of PARTS themed parts of ITEMS items each (a project over its measures), with a goals part and safeguards:
 * every item has two sentences, a numeric target and a unit statement (牵头单位；配合单位 with a group name).
 */
function largePlanText(parts = 40, items = 30): string {
  const lines = [
    '示例市人民政府',
    '示政发〔2024〕1号',
    '示例市人民政府关于印发示例市高质量发展三年行动方案（2024—2026年）的通知',
    '各区、县级市人民政府，市政府各部门：',
    '现将《示例市高质量发展三年行动方案（2024—2026年）》印发给你们，请认真贯彻落实。（本文件为性能测试生成的合成样例。）',
    '示例市人民政府',
    '2024年1月15日',
    '示例市高质量发展三年行动方案（2024—2026年）',
    '为推动全市经济社会高质量发展，结合我市实际，制定本方案。',
    '一、总体要求',
    '（一）指导思想。坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展。',
    '（二）主要目标。到2026年，全市地区生产总值达到5000亿元，规模以上工业增加值年均增长7%，新建5G基站3000个以上，研发经费投入强度达到3%。',
  ];
  for (let p = 1; p <= parts; p++) {
    const area = `${AREAS[(p - 1) % AREAS.length]}${han(Math.ceil(p / AREAS.length))}区`;
    lines.push(`${han(p + 1)}、实施${area}提升行动`);
    for (let i = 1; i <= items; i++) {
      const lead = DEPARTMENTS[(p + i) % DEPARTMENTS.length];
      const partner = DEPARTMENTS[(p * 3 + i) % DEPARTMENTS.length];
      lines.push(
        `（${han(i)}）推进${area}第${i}项重点工作。到2026年建成示范项目${i + 2}个。` +
          `（牵头单位：${lead}；配合单位：${partner}、各区、县级市）`,
      );
    }
  }
  lines.push(`${han(parts + 2)}、保障措施`);
  lines.push('（一）加强组织领导。成立工作领导小组，统筹推进各项任务。');
  lines.push('（二）强化资金保障。市财政统筹安排专项资金，支持重点项目建设。');
  lines.push('（三）严格督查考核。定期通报进展，纳入年度绩效考核。');
  return lines.join('\n');
}

/** Ordinals and unit labels, matched line by line: the least any reader of a plan's text must do. */
function regexSplit(text: string): number {
  let found = 0;
  for (const line of text.split('\n')) {
    if (/^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,3}[.．、])/.test(line)) found++;
    if (/(?:牵头单位|责任单位|配合单位|责任部门)[：:]/.test(line)) found++;
  }
  return found;
}

/** A .docx's word/document.xml, inflated straight from the zip's central directory, its tags stripped. */
function rawDocxText(bytes: Uint8Array): string {
  const zip = Buffer.from(bytes);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === 'word/document.xml') {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      const xml = (zip.readUInt16LE(at + 10) === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
      return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error('no word/document.xml');
}

const cMapUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

/** A PDF's text items, page by page, as pdf.js gives them (no lines, no paragraphs, no header removal). */
async function rawPdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl,
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await pdf.destroy();
  return parts.join('\n');
}

/** The floor for a form: its raw text (decoded; unzipped and untagged; pdf.js's text items), then the regex split. */
async function floor(bytes: Uint8Array, fileName: string): Promise<number> {
  if (fileName.endsWith('.docx')) return regexSplit(rawDocxText(bytes));
  if (fileName.endsWith('.pdf')) return regexSplit(await rawPdfText(bytes));
  return regexSplit(new TextDecoder().decode(bytes));
}

const count = (measures: ProposedPlan['measures']): number => measures.reduce((n, m) => n + 1 + count(m.children), 0);

interface Case {
  name: string;
  bytes: Uint8Array;
  fileName: string;
  /** The measures (all levels) the document holds, to check each import. */
  measures: number;
}

const median = (sorted: number[]) => sorted[Math.floor((sorted.length - 1) / 2)]!;
/** Nearest-rank percentile of an ascending array. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function timeCase(c: Case) {
  const total: number[] = [];
  const extraction: number[] = [];
  const parsing: number[] = [];
  const floors: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const t0 = performance.now();
    const doc = await extractDocument(c.bytes, c.fileName);
    const t1 = performance.now();
    const plan = proposePlan(doc);
    const t2 = performance.now();
    await floor(c.bytes, c.fileName);
    const t3 = performance.now();
    const measures = count(plan.measures);
    if (measures !== c.measures) throw new Error(`${c.name}: ${measures} measures imported, ${c.measures} expected`);
    if (round === 0) continue; // warm-up
    total.push(t2 - t0);
    extraction.push(t1 - t0);
    parsing.push(t2 - t1);
    floors.push(t3 - t2);
  }
  for (const list of [total, extraction, parsing, floors]) list.sort((a, b) => a - b);
  return {
    median: median(total),
    p95: percentile(total, 95),
    extraction: median(extraction),
    parsing: median(parsing),
    floor: median(floors),
  };
}

async function main() {
  const font = findCjkFont();
  const notes: string[] = [];
  const large = largePlanText();
  const cases: Case[] = [];
  for (const [label, text] of [
    ['Boshan', BOSHAN_TEXT],
    ['100-page plan', large],
  ] as const) {
    const measures = count(proposePlan(textToDocument(text)).measures);
    const docx = await makeDocxOfBlocks(textToDocument(text).blocks);
    cases.push({ name: `${label} .docx`, bytes: docx, fileName: 'plan.docx', measures });
    if (font) {
      const pdf = await makePdf(nonEmptyLines(text), {
        font: 'cjk',
        header: nonEmptyLines(text)[0],
        date: new Date(0),
      });
      const pages = (await PDFDocument.load(pdf)).getPageCount();
      cases.push({ name: `${label} PDF (${pages} pages)`, bytes: pdf, fileName: 'plan.pdf', measures });
    } else {
      notes.push('no CJK font installed (fonts-noto-cjk): PDF cases skipped');
    }
    cases.push({ name: `${label} text`, bytes: new TextEncoder().encode(text), fileName: 'plan.txt', measures });
    notes.push(`${label}: ${text.length} characters, ${measures} measures`);
  }

  console.log(`import bench: ${ROUNDS} rounds after a warm-up, ms (node ${process.version})`);
  for (const note of notes) console.log(`  ${note}`);
  const header = ['document', 'median', 'p95', 'extract', 'parse', 'floor', 'ratio'];
  console.log(
    `${header[0]!.padEnd(28)}${header
      .slice(1)
      .map((h) => h.padStart(10))
      .join('')}`,
  );
  const figures: Figure[] = [];
  for (const c of cases) {
    const r = await timeCase(c);
    const cells = [r.median, r.p95, r.extraction, r.parsing, r.floor].map((v) => v.toFixed(v < 1 ? 3 : 1));
    const ratio = (r.median / r.floor).toFixed(1);
    console.log(`${c.name.padEnd(28)}${[...cells, ratio].map((v) => v.padStart(10)).join('')}`);
    figures.push(
      figure(`${c.name}: median`, r.median, 'ms', { floor: r.floor, ratio: r.median / r.floor }),
      figure(`${c.name}: p95`, r.p95, 'ms'),
      figure(`${c.name}: extraction`, r.extraction, 'ms'),
      figure(`${c.name}: parsing`, r.parsing, 'ms'),
    );
  }
  recordBench('import', figures);
}

await main();
