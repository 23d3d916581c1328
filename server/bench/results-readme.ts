// `pnpm bench:readme`: the README's "last measured" tables, regenerated from bench results between marker comments
//   <!-- bench:NAME:start rows="document" -->  …  <!-- bench:NAME:end -->
// NAME is a bench (its results file's `bench`); `rows` names the first column. Pure: text and results in, text out.
import type { BenchResult, Figure } from './results';
import { formatNumber } from './results-compare';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-12-06T07:00:00Z` as the README writes dates: 6 December 2026 (UTC). */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown day';
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A figure's place in its table: the row and column its name gives (`row: column`, split at the last ": "). */
export function placeOf(name: string): { row: string; column: string } {
  const at = name.lastIndexOf(': ');
  return at < 0 ? { row: name, column: '' } : { row: name.slice(0, at), column: name.slice(at + 2) };
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|');

/** The unit most of a column's figures have: it goes into the column's heading, the others into their cells. */
function commonUnit(figures: Figure[]): string {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function withUnit(value: string, unit: string): string {
  if (unit === '' || unit === 'count') return value;
  return unit === '×' ? `${value}×` : `${value} ${unit}`;
}

function cell(figure: Figure | undefined, columnUnit: string): string {
  if (!figure) return '';
  const shown = (n: number) => (figure.unit === columnUnit ? formatNumber(n) : withUnit(formatNumber(n), figure.unit));
  const floor =
    figure.floor === undefined
      ? ''
      : ` (floor ${shown(figure.floor)}${figure.ratio === undefined ? '' : `, ${formatNumber(figure.ratio)}×`})`;
  return `${shown(figure.value)}${floor}`;
}

/** When and where a result was measured, as the line above its table. */
export function caption(result: BenchResult): string {
  const parts = [`Measured ${formatDay(result.at)}`];
  if (result.commit) parts.push(`commit ${result.commit}`);
  if (result.machine) {
    const load = result.machine.loadavg[0];
    parts.push(`${result.machine.cores} cores${load === undefined ? '' : `, load average ${formatNumber(load)}`}`);
  }
  return `${parts.join(', ')} (\`bench-results/${result.bench}.json\`):`;
}

/** A result's figures as a Markdown table: one row per row name, one column per column name, in first-seen order. */
export function renderTable(result: BenchResult, rowsTitle = 'figure'): string {
  const rows: string[] = [];
  const columns: string[] = [];
  const cells = new Map<string, Figure>();
  for (const figure of result.figures) {
    const { row, column } = placeOf(figure.name);
    if (!rows.includes(row)) rows.push(row);
    if (!columns.includes(column)) columns.push(column);
    cells.set(`${row}\u0000${column}`, figure);
  }
  const units = columns.map((column) => commonUnit(result.figures.filter((f) => placeOf(f.name).column === column)));
  const heading = columns.map((column, i) => {
    const unit = units[i] ?? '';
    const title = column === '' ? 'value' : column;
    if (unit === '' || unit === 'count') return title;
    return title.endsWith(')') ? `${title}, ${unit}` : `${title} (${unit})`;
  });
  const line = (values: string[]) => `| ${values.map(escapeCell).join(' | ')} |`;
  return [
    line([rowsTitle, ...heading]),
    `|${[rowsTitle, ...heading].map(() => '---').join('|')}|`,
    ...rows.map((row) =>
      line([row, ...columns.map((column, i) => cell(cells.get(`${row}\u0000${column}`), units[i] ?? ''))]),
    ),
  ].join('\n');
}

const MARKER = /<!-- bench:([\w.-]+):start((?:\s+\w+="[^"]*")*)\s*-->\n[\s\S]*?<!-- bench:\1:end -->/g;

function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

export interface ReadmeUpdate {
  text: string;
  /** Benches whose tables were rewritten. */
  updated: string[];
  /** Benches the README has markers for that the results do not hold: their tables are left as they were. */
  notMeasured: string[];
}

/** The README with every marked table whose bench the results hold rewritten from them; the rest as they were. */
export function regenerateReadme(readme: string, results: BenchResult[]): ReadmeUpdate {
  const byBench = new Map(results.map((r) => [r.bench, r]));
  const updated: string[] = [];
  const notMeasured: string[] = [];
  const text = readme.replace(MARKER, (whole, bench: string, attrs: string) => {
    const result = byBench.get(bench);
    if (!result) {
      notMeasured.push(bench);
      return whole;
    }
    updated.push(bench);
    const { rows } = attributes(attrs);
    const start = `<!-- bench:${bench}:start${attrs} -->`;
    return `${start}\n${caption(result)}\n\n${renderTable(result, rows)}\n<!-- bench:${bench}:end -->`;
  });
  return { text, updated, notMeasured };
}
