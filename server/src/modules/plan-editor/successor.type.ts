import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Department, type DepartmentRow } from '../department';
import { IndicatorVerdict, MeasureVerdict } from '../evaluation';
import { Indicator, type IndicatorRow } from '../indicator';
import { Measure, type MeasureRow } from '../measure';
import { Plan, type PlanRow } from '../plan';
import { ProgressStatus } from '../progress';

/** A measure of the ended plan not finished by the evaluation, and what it would carry over. */
export interface SuccessorMeasureShape {
  measure: MeasureRow;
  verdict: MeasureVerdict;
  percentComplete: number;
  lastStatus: ProgressStatus | null;
  lastPeriod: string | null;
  reason: string;
  leadDepartments: DepartmentRow[];
  carriedLeadDepartments: DepartmentRow[];
  carriedParticipants: DepartmentRow[];
}

/** An indicator of the ended plan, its final value and what its successor would start from. */
export interface SuccessorIndicatorShape {
  indicator: IndicatorRow;
  verdict: IndicatorVerdict;
  finalValue: number | null;
  finalAsOf: string | null;
  baselineYear: number | null;
  target: number | null;
  department: DepartmentRow | null;
}

export interface SuccessorCandidatesShape {
  plan: PlanRow;
  earliestStart: string;
  measures: SuccessorMeasureShape[];
  indicators: SuccessorIndicatorShape[];
}

@ObjectType('SuccessorMeasureCandidate', {
  description: 'A measure of the ended plan not finished (终期评估: not completed or never reported), to carry over.',
})
export class SuccessorMeasureCandidate implements SuccessorMeasureShape {
  @Field(() => Measure, { description: 'The measure in the ended plan (code and title are kept).' })
  measure!: MeasureRow;

  @Field(() => MeasureVerdict, { description: 'The evaluation’s verdict: NOT_COMPLETED or NOT_REPORTED.' })
  verdict!: MeasureVerdict;

  @Field(() => Float, { description: 'Percent complete by the progress roll-up.' })
  percentComplete!: number;

  @Field(() => ProgressStatus, { nullable: true, description: 'The status of its newest standing report, if any.' })
  lastStatus!: ProgressStatus | null;

  @Field(() => String, { nullable: true, description: 'The period of its newest standing report, if any.' })
  lastPeriod!: string | null;

  @Field(() => String, { description: 'The evaluation’s reason, in Chinese.' })
  reason!: string;

  @Field(() => [Department], { description: '牵头部门 in the ended plan (its own or inherited).' })
  leadDepartments!: DepartmentRow[];

  @Field(() => [Department], {
    description: 'The leads the successor gets: merged units mapped to their successor, retired ones dropped.',
  })
  carriedLeadDepartments!: DepartmentRow[];

  @Field(() => [Department], { description: 'The participating units the successor gets, mapped the same way.' })
  carriedParticipants!: DepartmentRow[];
}

@ObjectType('SuccessorIndicatorCandidate', {
  description: 'An indicator of the ended plan: its final value becomes the successor’s baseline (基期值).',
})
export class SuccessorIndicatorCandidate implements SuccessorIndicatorShape {
  @Field(() => Indicator, { description: 'The indicator in the ended plan.' })
  indicator!: IndicatorRow;

  @Field(() => IndicatorVerdict, { description: 'The evaluation’s verdict.' })
  verdict!: IndicatorVerdict;

  @Field(() => Float, { nullable: true, description: '终值: the evaluation’s final value (the new baseline).' })
  finalValue!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date of the final value.' })
  finalAsOf!: string | null;

  @Field(() => Int, { nullable: true, description: 'The new baseline’s year: the final value’s year.' })
  baselineYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'The old target, kept as the new one until the office edits it.' })
  target!: number | null;

  @Field(() => Department, {
    nullable: true,
    description: 'The unit responsible in the successor (a merged unit’s successor); null when it was retired.',
  })
  department!: DepartmentRow | null;
}

@ObjectType('SuccessorCandidates', { description: '接续方案: what the office of an ended plan chooses from.' })
export class SuccessorCandidates implements SuccessorCandidatesShape {
  @Field(() => Plan, { description: 'The ended plan.' })
  plan!: PlanRow;

  @Field(() => LocalDateResolver, { description: 'The earliest start of a successor: the day after the plan ends.' })
  earliestStart!: string;

  @Field(() => [SuccessorMeasureCandidate], { description: 'Its measures not finished, in document order.' })
  measures!: SuccessorMeasureShape[];

  @Field(() => [SuccessorIndicatorCandidate], { description: 'Its indicators with their final values, in order.' })
  indicators!: SuccessorIndicatorShape[];
}
