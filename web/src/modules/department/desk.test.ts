import { describe, expect, it } from 'vitest';
import { deskItem, dueOn } from './desk';

describe('what a department owes', () => {
  it('a month’s report is due by the 5th of the next month', () => {
    expect(dueOn('2025-06')).toBe('2025-07-05');
    expect(dueOn('2025-12')).toBe('2026-01-05');
  });

  it('is overdue when last month is unreported after its due day, and only then', () => {
    expect(deskItem(null, '2025-07', '2025-07-05').urgency).toBe('due');
    expect(deskItem(null, '2025-07', '2025-07-06')).toEqual({
      urgency: 'overdue',
      reason: '2025-06 报告已逾期（截止 2025-07-05）',
    });
    expect(deskItem({ period: '2025-06', status: 'ON_TRACK' }, '2025-07', '2025-07-20')).toEqual({
      urgency: 'due',
      reason: '本期（2025-07）待报，截止 2025-08-05',
    });
  });

  it('after the plan ends, its last month is overdue once its own due day has passed', () => {
    expect(deskItem({ period: '2025-11', status: 'ON_TRACK' }, '2025-12', '2026-11-24')).toEqual({
      urgency: 'overdue',
      reason: '2025-12 报告已逾期（截止 2026-01-05）',
    });
    expect(deskItem({ period: '2025-12', status: 'ON_TRACK' }, '2025-12', '2026-11-24').urgency).toBe('done');
  });

  it('a reported month with a delayed report still needs attention', () => {
    expect(deskItem({ period: '2025-07', status: 'DELAYED' }, '2025-07', '2025-07-20').urgency).toBe('attention');
    expect(deskItem({ period: '2025-07', status: 'ON_TRACK' }, '2025-07', '2025-07-20').urgency).toBe('done');
  });
});
