import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { EventType } from '../event';

@InputType('AuditFilter', { description: 'Which writes to list; every field narrows the list.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Only this plan (required with measureCode).' })
  planCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only writes touching this department.' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only writes touching this measure of planCode.' })
  measureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only writes by this user.' })
  username?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'From this time on (inclusive).' })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Up to this time (inclusive).' })
  to?: Date | null;

  @Field(() => [EventType], { nullable: true, description: 'Only these event types, e.g. USER_CREATED.' })
  types?: EventType[] | null;
}
