import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar';
import { UrgeLevel, UrgeNoticeState } from './urge.enum';
import { escalationOf } from './urge.rules';

const calendar = new WorkingCalendar();
const notice = (overrides: Partial<{ state: UrgeNoticeState; level: UrgeLevel; dueOn: string }> = {}) => ({
  state: UrgeNoticeState.ACKNOWLEDGED,
  level: UrgeLevel.REMIND,
  dueOn: '2025-09-29',
  ...overrides,
});

describe('escalation of an unanswered notice', () => {
  it('waits until the day after the reply date', () => {
    expect(escalationOf(notice(), '2025-09-29', calendar, false)).toBeNull();
    expect(escalationOf(notice(), '2025-09-30', calendar, false)?.level).toBe(UrgeLevel.CHASE);
  });

  it('gives three working days, skipping the National Day holiday and counting its make-up Saturday', () => {
    // 2025-10-01..08 are holidays; Saturday 2025-10-11 is a make-up working day.
    expect(escalationOf(notice(), '2025-09-30', calendar, false)).toEqual({
      level: UrgeLevel.CHASE,
      dueOn: '2025-10-11',
      reason: '反馈期限 2025-09-29 已过 1 个工作日仍未反馈，由「提醒」升级为「催办」，限 2025-10-11 前反馈',
    });
  });

  it('rises from 催办 to 督办 and no further', () => {
    expect(escalationOf(notice({ level: UrgeLevel.CHASE }), '2025-09-30', calendar, false)?.level).toBe(
      UrgeLevel.SUPERVISE,
    );
    expect(escalationOf(notice({ level: UrgeLevel.SUPERVISE }), '2025-09-30', calendar, false)).toBeNull();
  });

  it('waits for a pending extension request, and never touches a replied or closed notice', () => {
    expect(escalationOf(notice(), '2025-09-30', calendar, true)).toBeNull();
    for (const state of [UrgeNoticeState.RESPONDED, UrgeNoticeState.CLOSED]) {
      expect(escalationOf(notice({ state }), '2025-09-30', calendar, false)).toBeNull();
    }
    expect(escalationOf(notice({ state: UrgeNoticeState.RETURNED }), '2025-09-30', calendar, false)).not.toBeNull();
  });
});
