import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import a from './fixtures/results-a.json' with { type: 'json' };
import { benchResultsOf, betterOf, combineResults, readResults } from './results';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function dirWith(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
  return dir;
}

const minimal = {
  bench: 'dashboard',
  at: '2026-12-06T08:00:00.000Z',
  figures: [{ name: 'p50', value: 949, unit: 'ms' }],
};

describe('reading bench results', () => {
  it('reads the minimal shape: no commit, machine or direction', () => {
    expect(benchResultsOf(minimal)).toEqual([minimal]);
    expect(betterOf({ unit: 'ms' })).toBe('lower');
    expect(betterOf({ unit: 'req/s' })).toBe('higher');
    expect(betterOf({ unit: 'req/s', better: 'lower' })).toBe('lower');
  });

  it('reads every bench of a combined file', () => {
    expect(benchResultsOf(a).map((r) => r.bench)).toEqual(['write-throughput', 'fanout']);
  });

  it('keeps a figure JSON wrote as null (NaN) as a missing value, and refuses other shapes', () => {
    const [result] = benchResultsOf({ ...minimal, figures: [{ name: 'p50', value: null, unit: 'ms' }] });
    expect(result?.figures[0]?.value).toBeNaN();
    expect(benchResultsOf({ startedAt: 'x', runs: [] })).toEqual([]);
  });

  it('reads a directory by its per-bench files, passing over raw reports and the combined file', () => {
    const dir = dirWith({
      'dashboard.json': minimal,
      'bench.json': a,
      'plan-graph-raw.json': { startedAt: '2026-12-06', runs: [] },
    });
    expect(readResults(dir).map((r) => r.bench)).toEqual(['dashboard']);
  });

  it('reads a directory that holds only a combined file', () => {
    expect(readResults(dirWith({ 'bench.json': a })).map((r) => r.bench)).toEqual(['fanout', 'write-throughput']);
  });
});

describe('combining', () => {
  it('keeps the newest result of each bench, and the commit when they share one', () => {
    const older = { ...minimal, at: '2026-12-01T00:00:00.000Z', commit: 'aaaaaaa' };
    const newer = { ...minimal, commit: 'bbbbbbb' };
    const combined = combineResults([older, newer], new Date('2026-12-06T09:00:00Z'));
    expect(combined).toEqual({ at: '2026-12-06T09:00:00.000Z', commit: 'bbbbbbb', benches: [newer] });
  });
});
