import type { GraphComparison } from './compare';
import type { LoadResult } from './load';
import { type Figure, figure } from './results';

export type DatabaseKind = 'postgres' | 'pglite';
export type Implementation = 'ours' | 'floor';

/** The floor-versus-ours check for one plan, made once before the load runs. */
export interface GraphCheck {
  db: DatabaseKind;
  plan: string;
  comparison: GraphComparison;
  oursBytes: number;
  floorBytes: number;
  /** The first request after start-up, cold caches and unoptimised code included. */
  oursFirstRequestMs: number;
  floorFirstRequestMs: number;
  /** Statements for this first request on its own; it may fill caches that later requests reuse. */
  oursStatementsPerRequest: number;
}

export interface RunResult {
  db: DatabaseKind;
  plan: string;
  connections: number;
  implementation: Implementation;
  /** timed: fixed duration after a timed warm-up; counted: a fixed number of requests (slow responses). */
  mode: 'timed' | 'counted';
  /** The warmed latency of one request on its own, which chose the mode and sized a counted run. */
  singleRequestMs: number;
  load: LoadResult;
  /** Our server's statements over the run divided by the requests sent; null for the floor (one by design). */
  sqlPerRequest: number | null;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string | null;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    postgres: string | null;
  };
  config: { warmupS: number; durationS: number; connections: number[]; plans: string[] };
  notes: string[];
  checks: GraphCheck[];
  runs: RunResult[];
}

/** Response problems of a run: anything but a 200 with the run's usual body size, plus connection errors. */
export function problemsOf(load: LoadResult): number {
  return load.non200 + load.errors + load.sizeMismatches;
}

function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '-';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined || b === 0 ? null : a / b;
}

/** The summary table: one row per database × plan × connection count, ours and the floor side by side. */
export function formatTable(report: BenchReport, planLabel: (plan: string) => string): string {
  const header = [
    'db',
    'plan',
    'conns',
    'ours req/s',
    'floor req/s',
    'ratio',
    'ours p50',
    'ours p99',
    'floor p50',
    'floor p99',
    'p99 ratio',
    'SQL/req',
    'n ours/floor',
    'problems',
  ];
  const rows: string[][] = [];
  const keyOf = (run: RunResult) => `${run.db}|${run.plan}|${run.connections}`;
  const groups = new Map<string, Partial<Record<Implementation, RunResult>>>();
  for (const run of report.runs) {
    const group = groups.get(keyOf(run)) ?? {};
    group[run.implementation] = run;
    groups.set(keyOf(run), group);
  }
  for (const { ours, floor } of groups.values()) {
    const any = ours ?? floor;
    if (!any) continue;
    rows.push([
      any.db,
      planLabel(any.plan),
      String(any.connections),
      formatNumber(ours?.load.requestsPerSecond),
      formatNumber(floor?.load.requestsPerSecond),
      formatNumber(ratio(ours?.load.requestsPerSecond, floor?.load.requestsPerSecond)),
      formatNumber(ours?.load.latencyMs.p50),
      formatNumber(ours?.load.latencyMs.p99),
      formatNumber(floor?.load.latencyMs.p50),
      formatNumber(floor?.load.latencyMs.p99),
      formatNumber(ratio(ours?.load.latencyMs.p99, floor?.load.latencyMs.p99)),
      formatNumber(ours?.sqlPerRequest),
      `${ours?.load.responses ?? '-'}/${floor?.load.responses ?? '-'}`,
      `${ours ? problemsOf(ours.load) : '-'}/${floor ? problemsOf(floor.load) : '-'}`,
    ]);
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  // Text columns left-aligned, numbers right-aligned so that their digits line up.
  const textColumns = 2;
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < textColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The runs as figures (results.ts): per database × plan × connections, ours with the floor beside it. */
export function figuresOf(report: BenchReport, planLabel: (plan: string) => string): Figure[] {
  const groups = new Map<string, Partial<Record<Implementation, RunResult>>>();
  for (const run of report.runs) {
    const key = `${run.db}, ${planLabel(run.plan)}, ${run.connections} connection${run.connections === 1 ? '' : 's'}`;
    groups.set(key, { ...groups.get(key), [run.implementation]: run });
  }
  return [...groups.entries()].flatMap(([row, { ours, floor }]) => {
    if (!ours) return [];
    const withFloor = (value: number, floorValue: number | undefined) =>
      floorValue === undefined ? {} : { floor: floorValue, ratio: ratio(value, floorValue) ?? Number.NaN };
    const { requestsPerSecond, latencyMs } = ours.load;
    return [
      figure(`${row}: req/s`, requestsPerSecond, 'req/s', {
        better: 'higher',
        ...withFloor(requestsPerSecond, floor?.load.requestsPerSecond),
      }),
      figure(`${row}: p50`, latencyMs.p50, 'ms', withFloor(latencyMs.p50, floor?.load.latencyMs.p50)),
      figure(`${row}: p99`, latencyMs.p99, 'ms', withFloor(latencyMs.p99, floor?.load.latencyMs.p99)),
      ...(ours.sqlPerRequest === null
        ? []
        : [figure(`${row}: SQL statements per request`, ours.sqlPerRequest, 'count')]),
      figure(`${row}: problems`, problemsOf(ours.load), 'count'),
    ];
  });
}
