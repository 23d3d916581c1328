import { describe, expect, it } from 'vitest';
import a from './fixtures/results-a.json' with { type: 'json' };
import b from './fixtures/results-b.json' with { type: 'json' };
import { benchResultsOf } from './results';
import { compareResults, formatComparison, formatNumber, judge } from './results-compare';

const runA = benchResultsOf(a);
const runB = benchResultsOf(b);

describe('judging a change', () => {
  it('calls a time that grew by more than 10 % a regression, and one that grew by less the same', () => {
    expect(judge(100, 111, 'lower')).toBe('regression');
    expect(judge(100, 109, 'lower')).toBe('same');
    expect(judge(100, 80, 'lower')).toBe('improved');
  });

  it('calls a rate that fell by more than 10 % a regression', () => {
    expect(judge(100, 85, 'higher')).toBe('regression');
    expect(judge(100, 130, 'higher')).toBe('improved');
  });

  it('judges a change from zero by its direction', () => {
    expect(judge(0, 3, 'lower')).toBe('regression');
    expect(judge(0, 3, 'higher')).toBe('improved');
    expect(judge(0, 0, 'lower')).toBe('same');
  });

  it('says which side is missing', () => {
    expect(judge(null, 3, 'lower')).toBe('new');
    expect(judge(3, null, 'lower')).toBe('gone');
  });
});

describe('comparing two runs', () => {
  const rows = compareResults(runA, runB);
  const row = (bench: string, name: string) => rows.find((r) => r.bench === bench && r.name === name);

  it('matches figures by bench and name and computes the change', () => {
    const rate = row('write-throughput', '1 000 subscribers, 16 connections: reports/s');
    expect(rate).toMatchObject({ a: 62, b: 124, change: 1, verdict: 'improved', better: 'higher' });
    expect(row('write-throughput', '1 000 subscribers, 16 connections: p99')?.verdict).toBe('regression');
    expect(row('write-throughput', '1 000 subscribers, 16 connections: p50')?.verdict).toBe('same');
    expect(row('write-throughput', '1 000 subscribers, 16 connections: lost')?.verdict).toBe('regression');
  });

  it('reads the minimal shape, inferring lower-is-better for a figure that does not say', () => {
    expect(row('fanout', 'CPU per message')).toMatchObject({ better: 'lower', verdict: 'improved' });
  });

  it('keeps the figures of one bench together, those only B has after those of A', () => {
    expect(rows.map((r) => r.bench)).toEqual([...Array(5).fill('write-throughput'), ...Array(3).fill('fanout')]);
    expect(rows[4]?.name).toBe('0 subscribers, 16 connections: reports/s');
  });

  it('lists figures only one side has', () => {
    expect(row('write-throughput', '0 subscribers, 16 connections: reports/s')?.verdict).toBe('new');
    expect(row('fanout', 'heap per subscriber')?.verdict).toBe('gone');
  });

  it('prints a table that marks the regressions and counts them', () => {
    const text = formatComparison(rows, { a: runA, b: runB, aLabel: 'a.json', bLabel: 'b.json' });
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'A a.json: commit 41c6dbe, unknown, 2026-12-05T09:00:00.000Z … 2026-12-05T10:00:00.000Z, load average 3.2',
    );
    expect(lines.find((l) => l.includes('p99 (ms↓)'))).toMatch(/415\s+480\s+\+15\.7 %\s+REGRESSION$/);
    expect(lines.find((l) => l.includes('reports/s (req/s↑)') && l.includes('1 000'))).toMatch(
      /62\s+124\s+\+100\.0 %\s+better$/,
    );
    expect(lines.find((l) => l.includes('lost'))).toMatch(/0\s+3\s+from 0\s+REGRESSION$/);
    expect(lines.at(-1)).toBe(
      '2 regressions (worse by more than 10 %): write-throughput › 1 000 subscribers, 16 connections: p99; ' +
        'write-throughput › 1 000 subscribers, 16 connections: lost; 3 better by more than 10 %',
    );
  });
});

describe('numbers as the README writes them', () => {
  it('keeps three significant digits and groups thousands with spaces', () => {
    expect([0.6234, 3.4, 10.72, 99.04, 330.4, 1419000, 0].map(formatNumber)).toEqual([
      '0.623',
      '3.4',
      '10.7',
      '99',
      '330',
      '1 419 000',
      '0',
    ]);
    expect(formatNumber(Number.NaN)).toBe('-');
  });
});
