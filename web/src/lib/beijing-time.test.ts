import { describe, expect, it } from 'vitest';
import { beijingDateTime, beijingMonthDayTime } from './beijing-time';

describe('times in Beijing time', () => {
  it('writes a UTC instant as the district reads it, across midnight and the year', () => {
    expect(beijingDateTime('2025-12-08T01:05:00Z')).toBe('2025-12-08 09:05');
    expect(beijingDateTime('2025-12-31T16:30:00.000Z')).toBe('2026-01-01 00:30');
    expect(beijingDateTime('2025-12-15T08:30:00+08:00')).toBe('2025-12-15 08:30');
  });

  it('says when sending resumes in a sentence', () => {
    expect(beijingMonthDayTime('2025-12-15T00:30:00Z')).toBe('12月15日 08:30');
    expect(beijingMonthDayTime('2026-02-28T23:00:00Z')).toBe('3月1日 07:00');
  });
});
