import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('PlanEvent', { description: 'One fact of a plan’s event log: what happened, to what, by whom.' })
export class PlanEvent {
  @Field(() => String, { description: 'Its position in the log: resume after it with `after`.' })
  cursor!: string;

  @Field(() => String, { description: 'What happened, e.g. PROGRESS_REPORTED or INDICATOR_VALUE_RECORDED.' })
  type!: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was written.' })
  occurredAt!: Date;
}

@ObjectType('PlanEventPage', { description: 'A page of a plan’s events, oldest first.' })
export class PlanEventPage {
  @Field(() => [PlanEvent], { description: 'The events.' })
  events!: PlanEvent[];

  @Field(() => String, { nullable: true, description: 'The cursor of the last event; pass as `after` for more.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether more events follow.' })
  hasMore!: boolean;
}
