/** What the notices' enums say on screen. */
export const EXTENSION_STATE_TEXT = {
  PENDING: '待审批',
  APPROVED: '已同意',
  REFUSED: '未获同意',
  WITHDRAWN: '已撤销',
} as const;

export const LEVEL_TEXT = { REMIND: '提醒', CHASE: '催办', SUPERVISE: '督办' } as const;
export const LEVEL_COLOR = { REMIND: 'blue', CHASE: 'gold', SUPERVISE: 'red' } as const;
export const STATE_TEXT = {
  ISSUED: '待签收',
  ACKNOWLEDGED: '已签收',
  RESPONDED: '已反馈',
  RETURNED: '已退回',
  CLOSED: '已办结',
} as const;
