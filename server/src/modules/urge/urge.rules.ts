import { DomainError } from '../../shared/errors';
import { UrgeNoticeState } from './urge.enum';

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
