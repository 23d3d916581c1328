/** 提醒 / 催办 / 督办: how hard a notice presses. */
export enum UrgeLevel {
  REMIND = 'REMIND',
  CHASE = 'CHASE',
  SUPERVISE = 'SUPERVISE',
}

/** Where a notice stands in its lifecycle. */
export enum UrgeNoticeState {
  ISSUED = 'ISSUED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESPONDED = 'RESPONDED',
  RETURNED = 'RETURNED',
  CLOSED = 'CLOSED',
}

/** 延期申请: where a department's request for a later reply date stands. */
export enum ExtensionRequestState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
  /** Lapsed: the department replied while it was pending, so no later date is needed. */
  WITHDRAWN = 'WITHDRAWN',
}
