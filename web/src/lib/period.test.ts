import { describe, expect, it } from 'vitest';
import { covers, currentPeriod, previousPeriod } from './period';

const boshan = { startsOn: '2022-01-01', endsOn: '2025-12-31' };

describe('the plan clock', () => {
  it('reports for this month while the plan runs, and for its last month after it ends', () => {
    expect(currentPeriod(boshan, '2024-05-20')).toBe('2024-05');
    expect(currentPeriod(boshan, '2025-12-31')).toBe('2025-12');
    expect(currentPeriod(boshan, '2026-11-24')).toBe('2025-12');
    expect(currentPeriod(boshan, '2021-06-01')).toBe('2022-01');
  });

  it('steps back across a year', () => {
    expect(previousPeriod('2025-01')).toBe('2024-12');
  });

  it('a quarterly or later report covers the month', () => {
    expect(covers('2025-06', '2025-06')).toBe(true);
    expect(covers('2025-05', '2025-06')).toBe(false);
    expect(covers('2025-Q2', '2025-06')).toBe(true);
    expect(covers('2025-Q1', '2025-06')).toBe(false);
    expect(covers(null, '2025-06')).toBe(false);
  });
});
