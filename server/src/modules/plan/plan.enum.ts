/** 方案阶段: where today falls against the plan's period. */
export enum PlanPhase {
  /** Before its first day: nothing is due yet. */
  BEFORE = 'BEFORE',
  /** From its first to its last day, both included. */
  RUNNING = 'RUNNING',
  /** After its last day: no current period and no forecast; the final values stand against the targets. */
  ENDED = 'ENDED',
}

/** What the office has done with a plan (stored): drafted it, put it into force, or archived it. */
export enum PlanState {
  /** 草稿: being written; invisible to departments; edited freely. */
  DRAFT = 'DRAFT',
  /** Published: in force (实施中), or past its end date and in evaluation (已结束). */
  ACTIVE = 'ACTIVE',
  /** 已归档: closed out after its evaluation; read-only. */
  ARCHIVED = 'ARCHIVED',
}

/** 方案状态 as everyone sees it: the stored state, with an active plan past its last day shown as ended. */
export enum PlanLifecycle {
  /** 草稿 */
  DRAFT = 'DRAFT',
  /** 实施中 */
  ACTIVE = 'ACTIVE',
  /** 已结束: past its end date, in evaluation; not yet archived. */
  ENDED = 'ENDED',
  /** 已归档 */
  ARCHIVED = 'ARCHIVED',
}
