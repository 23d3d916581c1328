import { Field, InputType, Int } from 'type-graphql';

@InputType('SetAssessmentWeightsInput', {
  description: '考核权重: how the four parts of a department’s score weigh, whole numbers ≥ 0 summing to 100.',
})
export class SetAssessmentWeightsInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => Int, { description: '报送及时 (reports on time).' })
  timeliness!: number;

  @Field(() => Int, { description: '任务完成 (completion of its measures).' })
  completion!: number;

  @Field(() => Int, { description: '指标达成 (its indicators on their path).' })
  indicators!: number;

  @Field(() => Int, { description: '督办响应 (urging notices answered on time).' })
  notices!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the change is based on (0 for the defaults); a stale one is a CONFLICT.',
  })
  version?: number | null;
}
