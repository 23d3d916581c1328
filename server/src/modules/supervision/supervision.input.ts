import { Field, InputType, Int } from 'type-graphql';
import { ReportingCycle } from '../period';

@InputType('SetReportingCycleInput', {
  description: '报送周期: a plan’s cadence and due working day, or one measure’s (or project’s) cadence.',
})
export class SetReportingCycleInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { nullable: true, description: 'A measure or project; omit to set the plan’s default.' })
  measureCode?: string | null;

  @Field(() => ReportingCycle, { description: 'Monthly, quarterly or half-yearly.' })
  cycle!: ReportingCycle;

  @Field(() => Int, {
    nullable: true,
    description: 'Plan only: reports are due on this working day (1–20) of the month after the period; default 5.',
  })
  dueWorkingDay?: number | null;
}
