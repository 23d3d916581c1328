/**
 * Scoring of the importer against hand-written expected files (the evaluation set in this folder).
 *
 * The expected and the proposed plan share the shape of `pnpm plan:import --json` (only the fields scored here are
 * read). Four things are scored, each as precision (how much of what the importer found is right) and recall (how
 * much of what the document holds the importer found):
 * - measures: an expected and a found measure match when their titles are alike (the expected title may be only the
 *   first clause: a prefix or substring counts as alike) and, where both carry a number, the numbers agree;
 * - lead units and participating units: per measure, sets of names compared after normalising brackets, colons and
 *   spaces; units of a measure that matched nothing count against precision (found) or recall (expected);
 * - indicators: an expected and a found indicator match when their names are alike and their targets are equal
 *   (in plain units: 1 万个 equals 10000 个).
 */

export interface ScoredIndicator {
  name: string;
  target: number | null;
  unit?: string | null;
}

export interface ScoredMeasure {
  number?: string | null;
  title: string;
  lead?: string[];
  participating?: string[];
  children?: ScoredMeasure[];
}

export interface ScoredPlan {
  goals?: { title?: string; indicators?: ScoredIndicator[] }[];
  measures?: ScoredMeasure[];
}

/** Counts behind a precision and a recall: true positives, what was found, what was expected. */
export interface Tally {
  matched: number;
  found: number;
  expected: number;
}

export interface DocumentScore {
  measures: Tally;
  lead: Tally;
  participating: Tally;
  indicators: Tally;
}

export const SCORED: (keyof DocumentScore)[] = ['measures', 'lead', 'participating', 'indicators'];

/** Precision of a tally: 1 when nothing was found and nothing was expected. */
export function precision(t: Tally): number {
  if (t.found === 0) return t.expected === 0 ? 1 : 0;
  return t.matched / t.found;
}

/** Recall of a tally: 1 when nothing was expected. */
export function recall(t: Tally): number {
  if (t.expected === 0) return 1;
  return t.matched / t.expected;
}

const FULL_WIDTH: Record<string, string> = {
  '（': '(',
  '）': ')',
  '〔': '(',
  '〕': ')',
  '［': '(',
  '］': ')',
  '[': '(',
  ']': ')',
  '【': '(',
  '】': ')',
  '：': ':',
  '，': ',',
  '；': ';',
  '．': '.',
  '、': '、',
};

/** Text as compared: full-width brackets and punctuation made half-width, all whitespace removed. */
export function normalise(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (/\s/.test(ch)) continue;
    out += FULL_WIDTH[ch] ?? ch;
  }
  return out;
}

/** A unit name as compared: normalised, without a trailing 按职责分工负责, 等, 等部门 or 等单位. */
export function normaliseUnit(name: string): string {
  return normalise(name)
    .replace(/按职责(分工)?负责$/, '')
    .replace(/等(部门|单位)?$/, '');
}

/** A measure number as compared: brackets and trailing 、 . stripped, so （一） and (一) and 一、 agree. */
export function normaliseNumber(number: string | null | undefined): string {
  return normalise(number ?? '').replace(/[()、.．,]/g, '');
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * How alike two titles or names are, 0..1: 1 when one (normalised, at least two characters) contains the other,
 * otherwise the Dice coefficient of their character bigrams.
 */
export function similarity(a: string, b: string): number {
  const x = normalise(a).replace(/[。.;,]$/, '');
  const y = normalise(b).replace(/[。.;,]$/, '');
  if (x.length === 0 || y.length === 0) return 0;
  if (x === y) return 1;
  const shorter = x.length <= y.length ? x : y;
  const longer = shorter === x ? y : x;
  if ([...shorter].length >= 2 && longer.includes(shorter)) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  const pool = new Map<string, number>();
  for (const g of by) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of bx) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (bx.length + by.length);
}

/** Titles at least this alike match (with agreeing numbers); names of indicators likewise. */
export const TITLE_THRESHOLD = 0.6;
export const NAME_THRESHOLD = 0.5;

/** Every measure of a tree, parents before children. */
export function flatten(measures: ScoredMeasure[] | undefined): ScoredMeasure[] {
  const out: ScoredMeasure[] = [];
  const walk = (list: ScoredMeasure[] | undefined) => {
    for (const m of list ?? []) {
      out.push(m);
      walk(m.children);
    }
  };
  walk(measures);
  return out;
}

/** One-to-one pairs, best score first; a pair is allowed when score returns a number (not null). */
function pairUp<E, F>(expected: E[], found: F[], score: (e: E, f: F) => number | null): [E, F][] {
  const candidates: { e: number; f: number; s: number }[] = [];
  expected.forEach((e, i) => {
    found.forEach((f, j) => {
      const s = score(e, f);
      if (s !== null) candidates.push({ e: i, f: j, s });
    });
  });
  // Best first; ties keep document order, so the n-th of two identical titles pairs with the n-th.
  candidates.sort((a, b) => b.s - a.s || a.e - b.e || a.f - b.f);
  const usedE = new Set<number>();
  const usedF = new Set<number>();
  const pairs: [E, F][] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedF.has(c.f)) continue;
    usedE.add(c.e);
    usedF.add(c.f);
    pairs.push([expected[c.e]!, found[c.f]!]);
  }
  return pairs;
}

function measureScore(e: ScoredMeasure, f: ScoredMeasure): number | null {
  const en = normaliseNumber(e.number);
  const fn = normaliseNumber(f.number);
  if (en && fn && en !== fn) return null;
  const s = similarity(e.title, f.title);
  if (s < TITLE_THRESHOLD) return null;
  return s + (en && en === fn ? 1 : 0);
}

function unitSet(names: string[] | undefined): Set<string> {
  return new Set((names ?? []).map(normaliseUnit).filter((n) => n.length > 0));
}

function compareUnits(
  pairs: [ScoredMeasure, ScoredMeasure][],
  expected: ScoredMeasure[],
  found: ScoredMeasure[],
  key: 'lead' | 'participating',
): Tally {
  let matched = 0;
  for (const [e, f] of pairs) {
    const want = unitSet(e[key]);
    for (const name of unitSet(f[key])) if (want.has(name)) matched++;
  }
  const count = (list: ScoredMeasure[]) => list.reduce((n, m) => n + unitSet(m[key]).size, 0);
  return { matched, found: count(found), expected: count(expected) };
}

/** A target in plain units: 1 with unit 万个 is 10000, 5000 with unit 亿元 is 500000000000. */
export function scaledTarget(indicator: ScoredIndicator): number | null {
  if (indicator.target === null || indicator.target === undefined) return null;
  const unit = normalise(indicator.unit ?? '');
  if (unit.startsWith('万')) return indicator.target * 1e4;
  if (unit.startsWith('亿')) return indicator.target * 1e8;
  return indicator.target;
}

function targetsEqual(e: ScoredIndicator, f: ScoredIndicator): boolean {
  const a = scaledTarget(e);
  const b = scaledTarget(f);
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

function indicatorsOf(plan: ScoredPlan): ScoredIndicator[] {
  return (plan.goals ?? []).flatMap((g) => g.indicators ?? []);
}

function matchDocument(expected: ScoredPlan, found: ScoredPlan) {
  const em = flatten(expected.measures);
  const fm = flatten(found.measures);
  const pairs = pairUp(em, fm, measureScore);
  const ei = indicatorsOf(expected);
  const fi = indicatorsOf(found);
  const indicatorPairs = pairUp(ei, fi, (e, f) => {
    if (!targetsEqual(e, f)) return null;
    const s = similarity(e.name, f.name);
    return s >= NAME_THRESHOLD ? s : null;
  });
  return { em, fm, pairs, ei, fi, indicatorPairs };
}

/** Scores one document: the importer's proposed plan against the expected one. */
export function scoreDocument(expected: ScoredPlan, found: ScoredPlan): DocumentScore {
  const { em, fm, pairs, ei, fi, indicatorPairs } = matchDocument(expected, found);
  return {
    measures: { matched: pairs.length, found: fm.length, expected: em.length },
    lead: compareUnits(pairs, em, fm, 'lead'),
    participating: compareUnits(pairs, em, fm, 'participating'),
    indicators: { matched: indicatorPairs.length, found: fi.length, expected: ei.length },
  };
}

/** What went wrong in one document, one line each, for `pnpm eval:import --verbose`. */
export function explainDocument(expected: ScoredPlan, found: ScoredPlan): string[] {
  const { em, fm, pairs, ei, fi, indicatorPairs } = matchDocument(expected, found);
  const label = (m: ScoredMeasure) => `${m.number ?? ''}${m.title}`;
  const pairedE = new Set(pairs.map(([e]) => e));
  const pairedF = new Set(pairs.map(([, f]) => f));
  const lines: string[] = [];
  for (const m of em) if (!pairedE.has(m)) lines.push(`missed measure   ${label(m)}`);
  for (const m of fm) if (!pairedF.has(m)) lines.push(`extra measure    ${label(m)}`);
  for (const [e, f] of pairs) {
    for (const key of ['lead', 'participating'] as const) {
      const want = [...unitSet(e[key])].sort().join('、');
      const got = [...unitSet(f[key])].sort().join('、');
      if (want !== got) lines.push(`${key.padEnd(16)} ${label(e)}: expected [${want}] found [${got}]`);
    }
  }
  const pairedEi = new Set(indicatorPairs.map(([e]) => e));
  const pairedFi = new Set(indicatorPairs.map(([, f]) => f));
  for (const i of ei) if (!pairedEi.has(i)) lines.push(`missed indicator ${i.name} ${i.target}${i.unit ?? ''}`);
  for (const i of fi) if (!pairedFi.has(i)) lines.push(`extra indicator  ${i.name} ${i.target}${i.unit ?? ''}`);
  return lines;
}

/** Sums of the tallies of several documents (micro-averaged totals). */
export function total(scores: DocumentScore[]): DocumentScore {
  const sum = (key: keyof DocumentScore): Tally =>
    scores.reduce(
      (t, s) => ({
        matched: t.matched + s[key].matched,
        found: t.found + s[key].found,
        expected: t.expected + s[key].expected,
      }),
      {
        matched: 0,
        found: 0,
        expected: 0,
      },
    );
  return {
    measures: sum('measures'),
    lead: sum('lead'),
    participating: sum('participating'),
    indicators: sum('indicators'),
  };
}

export function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
