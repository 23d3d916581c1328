// `pnpm bench:compare A B`: the change of every figure between two runs, regressions marked. Pure: results in, rows
// and text out.
import { type BenchResult, type Better, betterOf } from './results';

/** A figure worse than this (in its `better` direction, as a fraction) is a regression. */
export const REGRESSION_THRESHOLD = 0.1;

export type Verdict = 'regression' | 'improved' | 'same' | 'new' | 'gone' | 'no value';

export interface ComparedFigure {
  bench: string;
  name: string;
  unit: string;
  better: Better;
  a: number | null;
  b: number | null;
  /** (b - a) / a; null when either side is missing or a is zero. */
  change: number | null;
  verdict: Verdict;
}

const present = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

/** The verdict on a change from `a` to `b` of a figure that improves in the `better` direction. */
export function judge(a: number | null, b: number | null, better: Better, threshold = REGRESSION_THRESHOLD): Verdict {
  if (a === null && b === null) return 'no value';
  if (a === null) return 'new';
  if (b === null) return 'gone';
  if (a === b) return 'same';
  // From zero any change is infinitely large: judge it by its direction alone (0 lost events, then 5, is worse).
  const change = a === 0 ? Math.sign(b) * Number.POSITIVE_INFINITY : (b - a) / Math.abs(a);
  const worse = better === 'lower' ? change : -change;
  if (worse > threshold) return 'regression';
  if (worse < -threshold) return 'improved';
  return 'same';
}

/** Every figure of either side, matched by bench and name, in A's order then B's new ones, bench by bench. */
export function compareResults(a: BenchResult[], b: BenchResult[], threshold = REGRESSION_THRESHOLD): ComparedFigure[] {
  const key = (bench: string, name: string) => `${bench}\u0000${name}`;
  const rows = new Map<string, ComparedFigure>();
  const add = (side: 'a' | 'b', results: BenchResult[]) => {
    for (const result of results)
      for (const figure of result.figures) {
        const k = key(result.bench, figure.name);
        const row = rows.get(k) ?? {
          bench: result.bench,
          name: figure.name,
          unit: figure.unit,
          better: betterOf(figure),
          a: null,
          b: null,
          change: null,
          verdict: 'no value' as Verdict,
        };
        row[side] = present(figure.value);
        // B's direction wins: a bench that learned to say `better` outranks an older file that inferred it.
        if (side === 'b') row.better = betterOf(figure);
        rows.set(k, row);
      }
  };
  add('a', a);
  add('b', b);
  for (const row of rows.values()) {
    row.change = row.a !== null && row.b !== null && row.a !== 0 ? (row.b - row.a) / Math.abs(row.a) : null;
    row.verdict = judge(row.a, row.b, row.better, threshold);
  }
  // One bench's figures together, in the order the benches first appear.
  const benches = [...new Set([...rows.values()].map((row) => row.bench))];
  return [...rows.values()].sort((x, y) => benches.indexOf(x.bench) - benches.indexOf(y.bench));
}

/** A number as the README writes it: three significant digits, thousands grouped with spaces. */
export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '-';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US').replaceAll(',', ' ');
  if (value === 0) return '0';
  return String(Number(value.toPrecision(3)));
}

function formatChange(row: ComparedFigure): string {
  if (row.change === null) return row.a === 0 && row.b !== null && row.b !== 0 ? 'from 0' : '';
  const percent = row.change * 100;
  return `${percent > 0 ? '+' : ''}${percent.toFixed(1)} %`;
}

const MARKS: Record<Verdict, string> = {
  regression: 'REGRESSION',
  improved: 'better',
  same: '',
  new: 'new',
  gone: 'gone',
  'no value': '',
};

/** Where a side came from, for the heading: its commit and time, per bench when they differ. */
function describeSide(label: string, results: BenchResult[]): string {
  const commits = [...new Set(results.map((r) => r.commit ?? 'unknown'))];
  const times = results
    .map((r) => r.at)
    .filter(Boolean)
    .sort();
  const span =
    times.length === 0
      ? ''
      : times[0] === times[times.length - 1]
        ? `, ${times[0]}`
        : `, ${times[0]} … ${times[times.length - 1]}`;
  // The machine's load as each run ended: on a shared machine, the first thing to look at before a "regression".
  const loads = results.flatMap((r) => r.machine?.loadavg.slice(0, 1) ?? []).sort((x, y) => x - y);
  const load =
    loads.length === 0
      ? ''
      : `, load average ${formatNumber(loads[0] ?? 0)}${loads.length > 1 && loads[0] !== loads[loads.length - 1] ? `–${formatNumber(loads[loads.length - 1] ?? 0)}` : ''}`;
  return `${label}: commit ${commits.join(', ')}${span}${load}`;
}

/** The comparison as a plain-text table, one bench after another, with a closing count of regressions. */
export function formatComparison(
  rows: ComparedFigure[],
  sides: { a: BenchResult[]; b: BenchResult[]; aLabel: string; bLabel: string },
  threshold = REGRESSION_THRESHOLD,
): string {
  const header = ['figure', 'A', 'B', 'change', ''];
  const lines: string[][] = [];
  let bench = '';
  for (const row of rows) {
    if (row.bench !== bench) {
      bench = row.bench;
      lines.push([`[${bench}]`, '', '', '', '']);
    }
    const direction = row.better === 'lower' ? '↓' : '↑';
    lines.push([
      `  ${row.name} (${row.unit}${direction})`,
      formatNumber(row.a),
      formatNumber(row.b),
      formatChange(row),
      MARKS[row.verdict],
    ]);
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === 4 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const regressions = rows.filter((r) => r.verdict === 'regression');
  const improved = rows.filter((r) => r.verdict === 'improved').length;
  const percent = `${Math.round(threshold * 100)} %`;
  return [
    describeSide(`A ${sides.aLabel}`, sides.a),
    describeSide(`B ${sides.bLabel}`, sides.b),
    '↓ lower is better, ↑ higher is better; change = (B − A) / A',
    '',
    render(header),
    ...lines.map(render),
    '',
    regressions.length === 0
      ? `no regression (no figure worse by more than ${percent}); ${improved} better by more than ${percent}`
      : `${regressions.length} regression${regressions.length === 1 ? '' : 's'} (worse by more than ${percent}): ${regressions
          .map((r) => `${r.bench} › ${r.name}`)
          .join('; ')}; ${improved} better by more than ${percent}`,
  ].join('\n');
}
