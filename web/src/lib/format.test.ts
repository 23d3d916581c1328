import { describe, expect, it } from 'vitest';
import { formatAgo, formatAmount, formatDateLong, formatPercent, formatPeriod } from './format';

describe('Chinese formatting', () => {
  it('writes dates in prose the Chinese way', () => {
    expect(formatDateLong('2025-12-31')).toBe('2025年12月31日');
    expect(formatDateLong('2022-03-08T00:00:00Z')).toBe('2022年3月8日');
  });

  it('names monthly, quarterly and half-year periods', () => {
    expect(formatPeriod('2025-06')).toBe('2025年6月');
    expect(formatPeriod('2025-Q2')).toBe('2025年第二季度');
    expect(formatPeriod('2025-H2')).toBe('2025年下半年');
  });

  it('uses 万 and 亿 for large amounts and one decimal for percentages', () => {
    expect(formatAmount(8000)).toBe('8,000');
    expect(formatAmount(123_456)).toBe('12.35 万');
    expect(formatAmount(120_000_000)).toBe('1.2 亿');
    expect(formatPercent(33.333)).toBe('33.3%');
    expect(formatPercent(60)).toBe('60%');
  });

  it('says how long ago something happened', () => {
    const now = new Date('2025-06-05T12:00:00Z');
    expect(formatAgo('2025-06-05T11:59:30Z', now)).toBe('刚刚');
    expect(formatAgo('2025-06-05T11:55:00Z', now)).toBe('5 分钟前');
    expect(formatAgo('2025-06-05T09:00:00Z', now)).toBe('3 小时前');
  });
});
