import { Field, ID, ObjectType } from 'type-graphql';
import type { GoalRow } from './goal.table';

@ObjectType('Goal', { description: '工作目标: a goal of a plan.' })
export class Goal implements Pick<GoalRow, 'id' | 'code' | 'title' | 'description'> {
  @Field(() => ID, { description: 'Opaque identity, unique across plans (for client caches).' })
  id!: number;

  @Field(() => String, { description: 'Stable code within the plan, e.g. G1.' })
  code!: string;

  @Field(() => String, { description: 'The goal as the document states it, e.g. 知识产权创造能力明显增强.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The document text that spells the goal out.' })
  description!: string | null;
}
