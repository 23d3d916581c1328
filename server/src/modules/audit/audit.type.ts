import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { type EventRow, EventType } from '../event';

@ObjectType('AuditEntry', {
  description: 'One write, as the event log recorded it: who, when, what, before and after.',
})
export class AuditEntry implements Pick<EventRow, 'type' | 'occurredAt'> {
  @Field(() => ID, { description: 'The event’s id.' })
  id!: string;

  @Field(() => EventType, { description: 'What happened, e.g. USER_CREATED or PROGRESS_REPORTED.' })
  type!: EventType;

  @Field(() => DateTimeISOResolver, { description: 'When it was written.' })
  occurredAt!: Date;
}

@ObjectType('AuditPage', { description: 'A page of the audit trail, newest first.' })
export class AuditPage {
  @Field(() => [AuditEntry], { description: 'The entries.' })
  entries!: AuditEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next (older) page; null at the end.' })
  nextCursor!: string | null;
}
