/** Every kind of fact the event log records (past tense). */
export enum EventType {
  DEPARTMENTS_REGISTERED = 'DEPARTMENTS_REGISTERED',
  PLAN_IMPORTED = 'PLAN_IMPORTED',
}
