import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType('StartSuccessorPlanInput', {
  description: '启动接续方案: a draft successor of an ended plan, carrying the measures not finished and baselines.',
})
export class StartSuccessorPlanInput {
  @Field(() => String, { description: 'The ended plan’s code.' })
  planCode!: string;

  @Field(() => String, { description: 'The new plan’s code: 2–63 lower-case letters, digits or hyphens.' })
  code!: string;

  @Field(() => String, { description: 'The new document’s title.' })
  title!: string;

  @Field(() => LocalDateResolver, { description: 'The first day of the new term: after the ended plan’s last day.' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'The last day of the new term.' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: '文号, when already known.' })
  docNumber?: string | null;

  @Field(() => [String], {
    description:
      'The unfinished measures to carry, by code in the ended plan (their projects come with them, codes kept).',
  })
  carryMeasureCodes!: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'The indicators to carry, by code: the final value becomes the baseline. None when left out.',
  })
  carryIndicatorCodes?: string[] | null;
}
