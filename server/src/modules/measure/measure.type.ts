import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MeasureKind } from './measure.enum';
import type { MeasureRow } from './measure.table';

registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: 'Where a node sits in the plan’s tree of work.',
  valuesConfig: {
    PROJECT: { description: '工程: a programme grouping measures.' },
    MEASURE: { description: '工作措施: a task to carry out.' },
    SAFEGUARD: { description: '保障措施: a safeguard.' },
  },
});

@ObjectType('Withdrawal', { description: '撤销: a revision withdrew the measure; its reports and history are kept.' })
export class Withdrawal {
  @Field(() => String, { description: 'The date from which it carries no duty (the revision’s effective date).' })
  on!: string;

  @Field(() => String, { description: 'Why it was withdrawn, as the revision says.' })
  reason!: string;
}

@ObjectType('Measure', { description: '工作措施 / 工程 / 保障措施: a node in the plan’s tree of work.' })
export class Measure implements Pick<MeasureRow, 'id' | 'code' | 'kind' | 'title' | 'description'> {
  @Field(() => ID, { description: 'Opaque identity, unique across plans (for client caches).' })
  id!: number;

  @Field(() => String, { description: 'Stable code within the plan, e.g. P3.3 or S1.' })
  code!: string;

  @Field(() => MeasureKind, { description: 'Project, measure or safeguard.' })
  kind!: MeasureKind;

  @Field(() => String, { description: 'The heading as the document gives it.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The document text of the measure.' })
  description!: string | null;
}
