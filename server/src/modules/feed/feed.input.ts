import { Field, InputType } from 'type-graphql';
import { EventType } from '../event';

@InputType('PlanEventFilter', { description: 'Narrows a plan’s events; every field narrows further.' })
export class PlanEventFilter {
  @Field(() => String, { nullable: true, description: 'Only events touching this department.' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events touching this measure.' })
  measureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events touching this goal.' })
  goalCode?: string | null;

  @Field(() => [EventType], { nullable: true, description: 'Only these event types, e.g. PROGRESS_REPORTED.' })
  types?: EventType[] | null;
}
