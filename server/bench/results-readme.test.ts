import { describe, expect, it } from 'vitest';
import b from './fixtures/results-b.json' with { type: 'json' };
import { type BenchResult, benchResultsOf } from './results';
import { placeOf, regenerateReadme, renderTable } from './results-readme';

const [writes, fanout] = benchResultsOf(b) as [BenchResult, BenchResult];

describe('a results table', () => {
  it('takes rows and columns from the figure names, split at the last ": "', () => {
    expect(placeOf('台账 ledger.xlsx, 100×: p50')).toEqual({ row: '台账 ledger.xlsx, 100×', column: 'p50' });
    expect(placeOf('CPU per message')).toEqual({ row: 'CPU per message', column: '' });
  });

  it('lays a bench out as rows × columns, the unit in the heading, gaps left empty', () => {
    expect(renderTable(writes, 'configuration')).toBe(
      [
        '| configuration | reports/s (req/s) | p50 (ms) | p99 (ms) | lost |',
        '|---|---|---|---|---|',
        '| 1 000 subscribers, 16 connections | 124 | 240 | 480 | 3 |',
        '| 0 subscribers, 16 connections | 150 |  |  |  |',
      ].join('\n'),
    );
  });

  it('writes names without a column as one value column, with the floor and ratio where a figure has them', () => {
    expect(renderTable(fanout)).toBe(
      [
        '| figure | value (µs) |',
        '|---|---|',
        '| CPU per message | 17 (floor 14.3, 1.19×) |',
        '| delivery p99 | 400 ms |',
      ].join('\n'),
    );
  });
});

describe('regenerating the README', () => {
  const readme = [
    '# Title',
    '',
    'Hand-written context stays.',
    '<!-- bench:write-throughput:start rows="configuration" -->',
    '| old | table |',
    '|---|---|',
    '<!-- bench:write-throughput:end -->',
    '',
    '<!-- bench:office-documents:start rows="document" -->',
    '| office | table |',
    '<!-- bench:office-documents:end -->',
    'The end.',
  ].join('\n');

  it('rewrites the tables of the benches measured and leaves the others and the text around them', () => {
    const { text, updated, notMeasured } = regenerateReadme(readme, [writes]);
    expect(updated).toEqual(['write-throughput']);
    expect(notMeasured).toEqual(['office-documents']);
    expect(text).toBe(
      [
        '# Title',
        '',
        'Hand-written context stays.',
        '<!-- bench:write-throughput:start rows="configuration" -->',
        'Measured 6 December 2026, commit 9f00d1e, 2 cores, load average 1.4 (`bench-results/write-throughput.json`):',
        '',
        renderTable(writes, 'configuration'),
        '<!-- bench:write-throughput:end -->',
        '',
        '<!-- bench:office-documents:start rows="document" -->',
        '| office | table |',
        '<!-- bench:office-documents:end -->',
        'The end.',
      ].join('\n'),
    );
  });

  it('gives the same text when run again on its own output', () => {
    const once = regenerateReadme(readme, [writes, fanout]).text;
    expect(regenerateReadme(once, [writes, fanout]).text).toBe(once);
  });
});
