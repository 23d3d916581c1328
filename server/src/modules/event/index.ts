export { EventType } from './event.enum';
export { appendEvents, type EventFilter, listEvents } from './event.repository';
export type { EventRow, NewEventRow } from './event.table';
export { events } from './event.table';
export { type AppendedEvent, recordChange } from './record-change';
