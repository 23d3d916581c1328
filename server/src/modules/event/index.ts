export {
  type AssignmentSnapshot,
  type CalendarDaySnapshot,
  type ContactSnapshot,
  DERIVED_EFFECT,
  type DepartmentSnapshot,
  type DerivedEffect,
  EVENT_CATALOGUE,
  type EventOf,
  type EventPayloads,
  type MergeMoves,
  type NewEvent,
  type ObservationSnapshot,
  type PlanChange,
  type PlanChangeKind,
  type PlanHeaderSnapshot,
  type ProgressReportSnapshot,
  payloadOf,
  type ReminderSettingsSnapshot,
  type Stored,
  type StoredPayload,
  type TypedEvent,
  typedEvent,
  type UserSnapshot,
  type WarningSnapshot,
  type WeightsSnapshot,
} from './event.catalogue';
export { type EventConsequence, installEventConsequence } from './event.consequence';
export { appendEvents, type EventFilter, listEvents } from './event.repository';
export type { EventRow, NewEventRow } from './event.table';
export { events } from './event.table';
export { EventType } from './event.type';
export { type AppendedEvent, recordChange } from './record-change';
