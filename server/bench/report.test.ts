import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load';
import { type BenchReport, figuresOf, type RunResult } from './report';

const load = (requestsPerSecond: number, p50: number, p99: number): LoadResult => ({
  responses: 100,
  sent: 100,
  durationS: 8,
  requestsPerSecond,
  latencyMs: { p50, p90: p99, p99, mean: p50, max: p99 },
  non200: 0,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  sizeMismatches: 1,
  bytesPerResponse: 1000,
});
const run = (implementation: RunResult['implementation'], result: LoadResult, sql: number | null): RunResult => ({
  db: 'postgres',
  plan: 'seeded-plan',
  connections: 4,
  implementation,
  mode: 'timed',
  singleRequestMs: 5,
  load: result,
  sqlPerRequest: sql,
});

describe('the plan-graph bench as figures', () => {
  it('gives each database × plan × connections our figures with the floor and the ratio beside them', () => {
    const report = {
      runs: [run('ours', load(200, 10, 40), 3), run('floor', load(400, 5, 20), null)],
    } as BenchReport;
    expect(figuresOf(report, () => 'seeded')).toEqual([
      {
        name: 'postgres, seeded, 4 connections: req/s',
        value: 200,
        unit: 'req/s',
        better: 'higher',
        floor: 400,
        ratio: 0.5,
      },
      { name: 'postgres, seeded, 4 connections: p50', value: 10, unit: 'ms', floor: 5, ratio: 2 },
      { name: 'postgres, seeded, 4 connections: p99', value: 40, unit: 'ms', floor: 20, ratio: 2 },
      { name: 'postgres, seeded, 4 connections: SQL statements per request', value: 3, unit: 'count' },
      { name: 'postgres, seeded, 4 connections: problems', value: 1, unit: 'count' },
    ]);
  });
});
