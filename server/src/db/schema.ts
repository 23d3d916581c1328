// Every table, for drizzle-kit and the query builder. One line per module table file.

export * from '../modules/assessment/assessment.table';
export * from '../modules/assignment/assignment.table';
export * from '../modules/auth/auth.table';
export * from '../modules/calendar/calendar.table';
export * from '../modules/department/department.table';
export * from '../modules/event/event.table';
export * from '../modules/goal/goal.table';
export * from '../modules/indicator/indicator.table';
export * from '../modules/instruction/instruction.table';
export * from '../modules/measure/measure.table';
export * from '../modules/message/message.table';
export * from '../modules/plan/plan.table';
export * from '../modules/plan-import/plan-import.table';
export * from '../modules/plan-revision/plan-revision.table';
export * from '../modules/progress/progress.table';
export * from '../modules/supervision/supervision.table';
export * from '../modules/urge/urge.table';
export * from '../modules/user/user.table';
export * from './catalog-version.table';
