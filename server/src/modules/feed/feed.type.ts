import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { EventType } from '../event';
import { type ProgressReportRow, ProgressStatus } from '../progress';

@ObjectType('PlanEvent', { description: 'One fact of a plan’s event log: what happened, to what, by whom.' })
export class PlanEvent {
  @Field(() => String, { description: 'Its position in the log: resume after it with `after`.' })
  cursor!: string;

  @Field(() => EventType, { description: 'What happened, e.g. PROGRESS_REPORTED or INDICATOR_VALUE_RECORDED.' })
  type!: EventType;

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

@ObjectType('ReportSnapshot', {
  description:
    'A report as one event left it (the report itself, `PlanEvent.report`, is one node that always shows its latest ' +
    'state): what the feed shows for each event.',
})
export class ReportSnapshot
  implements Pick<ProgressReportRow, 'status' | 'percentComplete' | 'period' | 'summary' | 'problems' | 'version'>
{
  @Field(() => ProgressStatus, { description: 'The status reported.' })
  status!: ProgressStatus;

  @Field(() => Int, { description: 'Percent complete, 0–100.' })
  percentComplete!: number;

  @Field(() => String, { description: 'The reporting period.' })
  period!: string;

  @Field(() => String, { description: 'What was done.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Problems raised.' })
  problems!: string | null;

  @Field(() => Int, { description: 'The version this event left.' })
  version!: number;
}
