import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IndicatorDirection, TargetKind } from './indicator.enum';
import type { IndicatorRow, TargetRevision as TargetRevisionRow } from './indicator.table';

registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Which way is better.',
  valuesConfig: {
    INCREASE: { description: '越大越好' },
    DECREASE: { description: '越小越好' },
  },
});

registerEnumType(TargetKind, {
  name: 'TargetKind',
  description: 'Whether the target is a number or stated only in words.',
  valuesConfig: {
    NUMERIC: { description: '定量目标' },
    QUALITATIVE: { description: '定性目标 (如 “显著增长”)' },
  },
});

@ObjectType('TargetRevision', { description: '调整前: a target as it stood until a revision (方案调整) replaced it.' })
export class TargetRevision implements TargetRevisionRow {
  @Field(() => Float, { nullable: true, description: 'The numeric target then in force; null for a qualitative one.' })
  target!: number | null;

  @Field(() => String, { description: 'That target in the document’s own words.' })
  targetText!: string;

  @Field(() => LocalDateResolver, { description: 'When that target was to be reached.' })
  targetDate!: string;

  @Field(() => LocalDateResolver, {
    description: 'The last day it was in force (the day before the revision took effect).',
  })
  until!: string;

  @Field(() => Int, { description: '第 N 次调整: the number of the revision that replaced it.' })
  revisionNumber!: number;
}

@ObjectType('Indicator', { description: '指标: a measurable sign of a goal’s progress, with its target.' })
export class Indicator
  implements
    Pick<
      IndicatorRow,
      | 'id'
      | 'code'
      | 'name'
      | 'unit'
      | 'baseline'
      | 'baselineYear'
      | 'target'
      | 'targetDate'
      | 'direction'
      | 'targetKind'
      | 'targetText'
      | 'targetHistory'
    >
{
  @Field(() => ID, { description: 'Opaque identity, unique across plans (for client caches).' })
  id!: number;

  @Field(() => String, { description: 'Stable code within the plan, e.g. invention-patents-per-10k.' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 每万人发明专利拥有量.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Unit, e.g. 件/万人.' })
  unit!: string | null;

  @Field(() => Float, { nullable: true, description: '基期值: the value at the start, when the document gives one.' })
  baseline!: number | null;

  @Field(() => Int, { nullable: true, description: 'The year of the baseline value.' })
  baselineYear!: number | null;

  @Field(() => Float, { nullable: true, description: '目标值: the numeric target; null for a qualitative target.' })
  target!: number | null;

  @Field(() => LocalDateResolver, { description: 'When the target is to be reached.' })
  targetDate!: string;

  @Field(() => IndicatorDirection, { description: 'Which way is better.' })
  direction!: IndicatorDirection;

  @Field(() => TargetKind, { description: 'Numeric or qualitative.' })
  targetKind!: TargetKind;

  @Field(() => String, { description: 'The target in the document’s own words.' })
  targetText!: string;

  @Field(() => [TargetRevision], {
    description:
      '调整前: the targets revisions replaced, oldest first (empty when never revised); `target` is the one in force.',
  })
  targetHistory!: TargetRevision[];
}
