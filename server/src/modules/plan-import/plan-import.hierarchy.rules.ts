/**
 * The numbered hierarchy of a plan: 一、 → （一） → 1. / 1、 → （1） / ①, headings with or without their text on the
 * same line, numbering restarting in each part. Each kind of ordinal is a level; a level seen before closes the
 * levels opened after it, so documents that skip a level (一、 then 1.) still nest correctly.
 */
import type { DocumentBlock } from './plan-import.document';

export type MarkerKind = 'chapter' | 'han' | 'hanParen' | 'arabic' | 'arabicParen' | 'circled';

export interface Marker {
  kind: MarkerKind;
  /** The ordinal as written (一、, （一）, 1.). */
  number: string;
  /** The text after it. */
  rest: string;
}

const MARKERS: [MarkerKind, RegExp][] = [
  ['chapter', /^(第[一二三四五六七八九十百]{1,4}[部分章篇]{1,2})\s*/],
  // Full stops in every width a document may use: . ． ﹒ (small, U+FE52) and 。 after a number.
  ['han', /^([一二三四五六七八九十百]{1,4}\s*[、．.﹒，,])\s*/],
  ['hanParen', /^([（(]\s*[一二三四五六七八九十百]{1,4}\s*[）)])\s*[、．.﹒]?\s*/],
  ['arabic', /^(\d{1,3}\s*[．.﹒、，](?!\d))\s*/],
  ['arabicParen', /^([（(]\s*\d{1,3}\s*[）)]|\d{1,3}\s*[）)])\s*[、．.﹒]?\s*/],
  ['circled', /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/],
];

/** The ordinal a paragraph starts with, or null. */
export function markerOf(text: string): Marker | null {
  for (const [kind, pattern] of MARKERS) {
    const m = pattern.exec(text);
    if (m && m[0].length < text.length)
      return { kind, number: m[1]!.replace(/\s+/g, ''), rest: text.slice(m[0].length) };
  }
  return null;
}

/** Splits a heading's text into its title and the body that follows on the same line (after the first 。). */
export function splitHeading(text: string): { title: string; description: string | null } {
  const trimmed = text.trim();
  const stop = trimmed.search(/[。！!？?]/);
  // A heading's title is short: a first sentence longer than this is body text without a title.
  if (stop > 0 && stop <= 60) {
    const description = trimmed.slice(stop + 1).trim();
    return { title: trimmed.slice(0, stop).trim(), description: description || null };
  }
  if (stop < 0 && trimmed.length <= 60) return { title: trimmed.replace(/[：:]$/, ''), description: null };
  // A long first sentence: the title is its first clause when short (a heading ended by a comma or colon).
  const clause = trimmed.search(/[：:]/);
  if (clause > 0 && clause <= 40)
    return { title: trimmed.slice(0, clause), description: trimmed.slice(clause + 1).trim() || null };
  return { title: trimmed, description: null };
}

/** A paragraph or table of the document, within the numbered tree. */
export interface SourceNode {
  marker: Marker | null;
  /** The paragraph's full text. */
  text: string;
  /** Paragraphs after the heading that carry no ordinal, and tables. */
  body: DocumentBlock[];
  children: SourceNode[];
  parent: SourceNode | null;
  /** The index of the heading's block, for ordering. */
  index: number;
}

const ENDS_SENTENCE = /[。；;！!？?：:）)」”》]$/;

/** A line that labels units or a deadline: it stands on its own, whatever its punctuation. */
const LABELLED =
  /^[（(]?(?:牵头|配合|责任|参与|主责|负责|协办|完成时限|完成时间|时间节点|时限)[\u4e00-\u9fa5]{0,4}\s*[：:]/;

/**
 * Joins paragraphs a page break or a line wrap cut in two: a paragraph that does not end a sentence, followed by
 * one that starts without an ordinal. The paragraph must read as prose: it holds a sentence (。) or, without an
 * ordinal, is long enough to be a wrapped line (a heading without one, 一、指导思想, is not joined to its text).
 * For the body of the document only: the header's lines (issuer, title, 文号) end without punctuation too.
 */
export function joinBrokenParagraphs(blocks: DocumentBlock[]): DocumentBlock[] {
  const out: DocumentBlock[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (
      block.kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      !ENDS_SENTENCE.test(previous.text) &&
      !markerOf(block.text) &&
      !LABELLED.test(block.text) &&
      !LABELLED.test(previous.text) &&
      (previous.text.includes('。') || (!markerOf(previous.text) && previous.text.length >= 20)) &&
      block.text.length < 100_000 &&
      previous.text.length < 100_000
    ) {
      out[out.length - 1] = { kind: 'paragraph', text: previous.text + block.text };
    } else {
      out.push(block);
    }
  }
  return out;
}

/** The index of the block where the numbered parts begin (the first 一、 or 第一部分, else the first ordinal), or -1. */
export function firstHeading(blocks: DocumentBlock[]): number {
  const start = blocks.findIndex((b) => b.kind === 'paragraph' && markerOf(b.text) !== null && isPartHeading(b.text));
  return start >= 0 ? start : blocks.findIndex((b) => b.kind === 'paragraph' && markerOf(b.text) !== null);
}

/**
 * The numbered tree of the blocks from the first heading on, and the blocks before it (the header and preamble).
 * A heading is a paragraph starting with an ordinal; the first one must be a top-level kind (一、 or 第一部分) or
 * the document's first ordinal of any kind.
 */
export function buildTree(blocks: DocumentBlock[]): { front: DocumentBlock[]; roots: SourceNode[] } {
  const first = firstHeading(blocks);
  if (first < 0) return { front: blocks, roots: [] };
  const roots: SourceNode[] = [];
  const stack: SourceNode[] = [];
  for (let i = first; i < blocks.length; i++) {
    const block = blocks[i]!;
    const marker = block.kind === 'paragraph' ? (markerOf(block.text) ?? nextOrdinal(block.text, stack)) : null;
    if (block.kind === 'paragraph' && marker) {
      const level = stack.findIndex((n) => n.marker!.kind === marker.kind);
      if (level >= 0) stack.length = level;
      const parent = stack[stack.length - 1] ?? null;
      const node: SourceNode = { marker, text: block.text, body: [], children: [], parent, index: i };
      (parent ? parent.children : roots).push(node);
      stack.push(node);
    } else {
      stack[stack.length - 1]!.body.push(block);
    }
  }
  return { front: blocks.slice(0, first), roots };
}

/**
 * 11.121人才梯队项目 after item 10.: an ordinal that reads like a decimal (11.121) is one when it is the next number
 * of the open arabic level.
 */
function nextOrdinal(text: string, open: SourceNode[]): Marker | null {
  const m = /^(\d{1,3})\s*([．.])(?=\d)/.exec(text);
  if (!m) return null;
  const previous = open.findLast((n) => n.marker!.kind === 'arabic');
  const last = previous ? Number(/^\d+/.exec(previous.marker!.number)![0]) : null;
  if (last === null || Number(m[1]) !== last + 1) return null;
  return { kind: 'arabic', number: `${m[1]}${m[2]}`, rest: text.slice(m[0].length) };
}

/** A top-level heading: 一、 or 第一部分 and a short title. */
function isPartHeading(text: string): boolean {
  const m = markerOf(text);
  return !!m && (m.kind === 'han' || m.kind === 'chapter') && m.rest.length <= 40;
}

export type PartKind = 'goals' | 'tasks' | 'safeguards' | 'other';

/** Words that name what a part holds without saying what it is about: 重点任务, 保障措施, 组织实施. */
const GENERIC_WORDS =
  /主要|重点|具体|工作|任务|措施|举措|行动|工程|项目|内容|步骤|安排|分工|职责|责任|机制|要求|保障|组织|领导|实施|推进|进度|时间|方法|计划|政策|支持|配套|有关|相关|事项|清单|落实|方式|路径|建设|改革|发展|攻坚|专项|年度|重大|和|与|及|的|[\s：:（）()]/g;

/**
 * Whether a part's title only labels it (三、工作措施, 四、保障措施): its items are the measures. A part with a
 * theme (二、实施六大人才行动计划, 五、强化组织实施) is itself a measure, its items under it.
 */
export function isGenericPart(title: string): boolean {
  // …的重点工作任务 / …的主要措施: a label of the task part with what it serves before 的, not a theme of its own.
  if (/的(?:重点|主要|具体)?(?:工作)?(?:任务|措施|举措)$/.test(title.replace(/[。：:]$/, ''))) return true;
  return title.replace(GENERIC_WORDS, '').length <= 1;
}

/** What a part holds, from its heading's title. */
export function partKind(title: string): PartKind {
  if (/保障|工作要求|组织实施|推进机制|组织领导|督查|督导|考核|问效|宣传引导/.test(title)) return 'safeguards';
  if (/目标/.test(title) && !/任务/.test(title)) return 'goals';
  if (/任务|措施|举措|重点工作|工作重点|主要工作|重点项目|工程|行动|内容|步骤|安排|分工/.test(title)) return 'tasks';
  return 'other';
}
