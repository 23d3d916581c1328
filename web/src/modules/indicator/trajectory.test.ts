import { describe, expect, it } from 'vitest';
import { trajectory } from './trajectory';

const patents = {
  baseline: 5,
  baselineYear: 2021,
  target: 10,
  targetDate: '2025-12-31',
  direction: 'INCREASE' as const,
};

describe('an indicator’s trajectory', () => {
  it('runs from the baseline to the target and says how far the latest value is from its path', () => {
    const t = trajectory({ ...patents, observations: [{ value: 7.5, asOf: '2023-12-31' }] }, '件');
    expect(t.start).toEqual({ date: '2021-12-31', value: 5 });
    expect(t.end).toEqual({ date: '2025-12-31', value: 10 });
    expect(t.expectedAtLatest).toBeCloseTo(7.5, 1);
  });

  it('projects the trend of the last values to the target date and names the gap', () => {
    const slow = trajectory(
      {
        ...patents,
        observations: [
          { value: 5.5, asOf: '2022-12-31' },
          { value: 6, asOf: '2023-12-31' },
          { value: 6.5, asOf: '2024-12-31' },
        ],
      },
      '件',
    );
    expect(slow.projected).toBeCloseTo(7, 1);
    expect(slow.gap).toBe('按当前趋势，到期约 7 件，距目标 10 件 尚差 3 件');
  });

  it('says when the target is reached, or that there is nothing to measure yet', () => {
    expect(trajectory({ ...patents, observations: [{ value: 10.2, asOf: '2025-06-30' }] }).gap).toBe('已达到目标 10');
    expect(trajectory({ ...patents, observations: [] }).gap).toBe('尚未填报实际值');
    expect(trajectory({ ...patents, target: null, observations: [] }).gap).toBe('定性目标');
  });

  it('for a decreasing indicator, lower is better', () => {
    const t = trajectory({
      ...patents,
      baseline: 10,
      target: 5,
      direction: 'DECREASE',
      observations: [{ value: 4.8, asOf: '2025-01-01' }],
    });
    expect(t.gap).toBe('已达到目标 5');
  });
});
