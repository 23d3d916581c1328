import { DomainError } from '../../shared/errors';
import type { WorkingCalendar } from '../calendar';
import { UrgeLevel, UrgeNoticeState } from './urge.enum';

/** The lifecycle's steps: which states each may start from, and where it leads. */
export const TRANSITIONS = {
  acknowledge: { from: [UrgeNoticeState.ISSUED], to: UrgeNoticeState.ACKNOWLEDGED, name: '签收' },
  respond: {
    from: [UrgeNoticeState.ACKNOWLEDGED, UrgeNoticeState.RETURNED],
    to: UrgeNoticeState.RESPONDED,
    name: '反馈',
  },
  close: { from: [UrgeNoticeState.RESPONDED], to: UrgeNoticeState.CLOSED, name: '办结' },
  returnForRevision: { from: [UrgeNoticeState.RESPONDED], to: UrgeNoticeState.RETURNED, name: '退回' },
} as const;

export type UrgeStep = keyof typeof TRANSITIONS;

export const STATE_NAME: Record<UrgeNoticeState, string> = {
  [UrgeNoticeState.ISSUED]: '已下发',
  [UrgeNoticeState.ACKNOWLEDGED]: '已签收',
  [UrgeNoticeState.RESPONDED]: '已反馈',
  [UrgeNoticeState.RETURNED]: '已退回',
  [UrgeNoticeState.CLOSED]: '已办结',
};

/** The state a step leads to, or a CONFLICT saying why it cannot be taken from `state`. */
export function transition(state: UrgeNoticeState, step: UrgeStep): UrgeNoticeState {
  const rule = TRANSITIONS[step];
  if (!(rule.from as readonly UrgeNoticeState[]).includes(state)) {
    throw new DomainError('CONFLICT', {
      field: 'id',
      reason: `督办单当前状态为「${STATE_NAME[state]}」，不能${rule.name}（须为${rule.from.map((s) => `「${STATE_NAME[s]}」`).join('或')}）`,
      detail: 'ILLEGAL_TRANSITION',
    });
  }
  return rule.to;
}

export const LEVEL_NAME: Record<UrgeLevel, string> = {
  [UrgeLevel.REMIND]: '提醒',
  [UrgeLevel.CHASE]: '催办',
  [UrgeLevel.SUPERVISE]: '督办',
};

/** The level an unanswered notice rises to when its reply date passes: 提醒 → 催办 → 督办, which is the last. */
export const NEXT_LEVEL: Record<UrgeLevel, UrgeLevel | null> = {
  [UrgeLevel.REMIND]: UrgeLevel.CHASE,
  [UrgeLevel.CHASE]: UrgeLevel.SUPERVISE,
  [UrgeLevel.SUPERVISE]: null,
};

/** Working days an escalated notice gives for the reply, counted from the day it escalates. */
export const ESCALATION_WORKING_DAYS = 3;

/** States in which the department still owes a reply. */
export const AWAITING_REPLY: readonly UrgeNoticeState[] = [
  UrgeNoticeState.ISSUED,
  UrgeNoticeState.ACKNOWLEDGED,
  UrgeNoticeState.RETURNED,
];

export interface Escalation {
  level: UrgeLevel;
  dueOn: string;
  reason: string;
}

/**
 * 逾期升级: a notice still awaiting its reply the day after its reply date, with no extension request pending, rises
 * one level and gets ESCALATION_WORKING_DAYS more working days. At 督办 it rises no further (it stays overdue).
 */
export function escalationOf(
  notice: { state: UrgeNoticeState; level: UrgeLevel; dueOn: string },
  today: string,
  calendar: WorkingCalendar,
  extensionPending: boolean,
): Escalation | null {
  if (!AWAITING_REPLY.includes(notice.state) || today <= notice.dueOn || extensionPending) return null;
  const level = NEXT_LEVEL[notice.level];
  if (!level) return null;
  const dueOn = calendar.addWorkingDays(today, ESCALATION_WORKING_DAYS);
  const late = calendar.workingDaysBetween(notice.dueOn, today);
  return {
    level,
    dueOn,
    reason: `反馈期限 ${notice.dueOn} 已过${late > 0 ? ` ${late} 个工作日` : ''}仍未反馈，由「${LEVEL_NAME[notice.level]}」升级为「${LEVEL_NAME[level]}」，限 ${dueOn} 前反馈`,
  };
}
