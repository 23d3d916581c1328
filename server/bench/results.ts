// What every bench records: its figures as one JSON file, bench-results/<bench>.json, in one shape, so that two runs
// can be compared (`pnpm bench:compare A B`) and the README's "last measured" tables regenerated (`pnpm bench:readme`).
// The reader also takes the minimal shape {bench, at, figures: [{name, value, unit, floor?, ratio?}]}.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const resultsDir = path.join(repoRoot, 'bench-results');
/** The file `pnpm bench` combines the per-bench files into. */
export const COMBINED_FILE = 'bench.json';

/** Which way is better for a figure: a time or a size goes down, a rate goes up. */
export type Better = 'lower' | 'higher';

/** The units in use; a figure may carry another, which then reads as lower-is-better. */
export type Unit = 'ms' | 'µs' | 's' | 'req/s' | 'B' | 'KiB' | 'MB' | '×' | 'count' | (string & {});

export interface Figure {
  /** `row: column` (split at the last ": ") lays figures out as a table; a name without one is a row of its own. */
  name: string;
  value: number;
  unit: Unit;
  /** The same measure for the floor the bench compares against (a raw broadcast, a hand-written query). */
  floor?: number;
  /** value / floor, when there is a floor. */
  ratio?: number;
  better?: Better;
}

export interface BenchResult {
  bench: string;
  /** ISO time the run finished. */
  at: string;
  /** `git rev-parse --short HEAD`, with `-dirty` when the tree had changes. */
  commit?: string;
  /** The machine's cores and its load average (1, 5, 15 minutes) as the run ended. */
  machine?: { cores: number; loadavg: number[] };
  figures: Figure[];
}

/** Several benches' results in one file (`bench-results/bench.json`). */
export interface CombinedResults {
  at: string;
  commit?: string;
  benches: BenchResult[];
}

/** The direction a figure improves in: its own `better`, else higher for a rate (`…/s`), else lower. */
export function betterOf(figure: Pick<Figure, 'better' | 'unit'>): Better {
  return figure.better ?? (figure.unit.endsWith('/s') ? 'higher' : 'lower');
}

/** The checked-out commit, short, marked dirty when the work tree differs from it; undefined outside git. */
export function currentCommit(cwd = repoRoot): string | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();
    const sha = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') ? `${sha}-dirty` : sha;
  } catch {
    return undefined;
  }
}

/** A bench's result as of now on this machine. */
export function benchResult(bench: string, figures: Figure[], at = new Date()): BenchResult {
  const commit = currentCommit();
  return {
    bench,
    at: at.toISOString(),
    ...(commit ? { commit } : {}),
    machine: { cores: os.cpus().length, loadavg: os.loadavg().map((n) => Math.round(n * 100) / 100) },
    figures,
  };
}

/** Writes bench-results/<bench>.json (or into `dir`) and returns its path. */
export function recordBench(bench: string, figures: Figure[], dir = resultsDir): string {
  const bad = figures.find((f) => !Number.isFinite(f.value));
  if (bad) console.warn(`bench ${bench}: figure "${bad.name}" is not a number (${bad.value}); recorded as null`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${bench}.json`);
  fs.writeFileSync(file, `${JSON.stringify(benchResult(bench, figures), null, 2)}\n`);
  console.log(`figures: ${path.relative(process.cwd(), file) || file}`);
  return file;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asFigure(value: unknown): Figure | null {
  if (!isObject(value) || typeof value.name !== 'string' || typeof value.unit !== 'string') return null;
  // JSON writes NaN and Infinity as null: keep the figure, as a value that compares as missing.
  const number = (v: unknown) => (typeof v === 'number' ? v : v === null ? Number.NaN : undefined);
  const figureValue = number(value.value);
  if (figureValue === undefined) return null;
  const floor = number(value.floor);
  const ratio = number(value.ratio);
  const better = value.better === 'lower' || value.better === 'higher' ? value.better : undefined;
  return {
    name: value.name,
    value: figureValue,
    unit: value.unit,
    ...(floor === undefined ? {} : { floor }),
    ...(ratio === undefined ? {} : { ratio }),
    ...(better ? { better } : {}),
  };
}

/** A bench result from parsed JSON, or null when it is not one. */
export function asBenchResult(value: unknown): BenchResult | null {
  if (!isObject(value) || typeof value.bench !== 'string' || !Array.isArray(value.figures)) return null;
  const figures = value.figures.map(asFigure);
  if (figures.some((f) => f === null)) return null;
  const machine = isObject(value.machine) ? value.machine : undefined;
  return {
    bench: value.bench,
    at: typeof value.at === 'string' ? value.at : '',
    ...(typeof value.commit === 'string' ? { commit: value.commit } : {}),
    ...(machine && typeof machine.cores === 'number'
      ? {
          machine: {
            cores: machine.cores,
            loadavg: Array.isArray(machine.loadavg) ? machine.loadavg.filter((n) => typeof n === 'number') : [],
          },
        }
      : {}),
    figures: figures as Figure[],
  };
}

/** The bench results a parsed file holds: one (a per-bench file), several (a combined file) or none. */
export function benchResultsOf(value: unknown): BenchResult[] {
  if (isObject(value) && Array.isArray(value.benches))
    return value.benches.map(asBenchResult).filter((r): r is BenchResult => r !== null);
  const single = asBenchResult(value);
  return single ? [single] : [];
}

/** One result per bench: the newest where several name the same bench. */
export function newestPerBench(results: BenchResult[]): BenchResult[] {
  const byBench = new Map<string, BenchResult>();
  for (const result of results) {
    const seen = byBench.get(result.bench);
    if (!seen || result.at > seen.at) byBench.set(result.bench, result);
  }
  return [...byBench.values()].sort((a, b) => a.bench.localeCompare(b.bench));
}

/** Combines bench results into one file's content. */
export function combineResults(results: BenchResult[], at = new Date()): CombinedResults {
  const benches = newestPerBench(results);
  const commits = [...new Set(benches.map((b) => b.commit).filter((c) => c !== undefined))];
  return { at: at.toISOString(), ...(commits.length === 1 ? { commit: commits[0] } : {}), benches };
}

/**
 * The bench results at `where`: a per-bench or combined file, or a directory of them (bench-results/). In a directory
 * the per-bench files win over a combined file, which is read only when there are none; files of another shape
 * (a bench's raw report) are passed over.
 */
export function readResults(where: string): BenchResult[] {
  const parse = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!fs.statSync(where).isDirectory()) {
    const results = benchResultsOf(parse(where));
    if (results.length === 0) throw new Error(`${where} holds no bench results`);
    return results;
  }
  const files = fs
    .readdirSync(where)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const single: BenchResult[] = [];
  const combined: BenchResult[] = [];
  for (const name of files) {
    let value: unknown;
    try {
      value = parse(path.join(where, name));
    } catch {
      continue;
    }
    if (isObject(value) && Array.isArray(value.benches)) combined.push(...benchResultsOf(value));
    else single.push(...benchResultsOf(value));
  }
  const results = newestPerBench(single.length > 0 ? single : combined);
  if (results.length === 0) throw new Error(`${where} holds no bench results`);
  return results;
}

/** A bench's figure by name, for benches that put one figure in several tables. */
export function figure(name: string, value: number, unit: Unit, extra: Omit<Figure, 'name' | 'value' | 'unit'> = {}) {
  return { name, value, unit, ...extra } satisfies Figure;
}
