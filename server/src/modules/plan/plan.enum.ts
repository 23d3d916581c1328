/** 方案阶段: where today falls against the plan's period. */
export enum PlanPhase {
  /** Before its first day: nothing is due yet. */
  BEFORE = 'BEFORE',
  /** From its first to its last day, both included. */
  RUNNING = 'RUNNING',
  /** After its last day: no current period and no forecast; the final values stand against the targets. */
  ENDED = 'ENDED',
}
