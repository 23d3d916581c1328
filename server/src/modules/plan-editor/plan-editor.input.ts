import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { IndicatorDirection, TargetKind } from '../indicator';
import { MeasureKind } from '../measure';

// Edits are patches: a field left out stays as it is; a nullable field given as null is cleared.

@InputType('CreatePlanInput', { description: '新建方案: a new plan, created as a draft (草稿).' })
export class CreatePlanInput {
  @Field(() => String, { description: 'The plan’s code: 2–63 lower-case letters, digits or hyphens.' })
  code!: string;

  @Field(() => String, { description: 'The document’s title, e.g. 博山区…实施方案.' })
  title!: string;

  @Field(() => String, { description: '印发机关: who issued the document.' })
  issuer!: string;

  @Field(() => String, { nullable: true, description: '文号, e.g. 博政办字〔2022〕12号.' })
  docNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '印发日期.' })
  issuedOn?: string | null;

  @Field(() => LocalDateResolver, { description: 'The first day of the plan’s term.' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'The last day of the plan’s term.' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'The preamble, verbatim.' })
  summary?: string | null;

  @Field(() => String, {
    description: 'The leading group (a LEADING_GROUP department): the department hosting its office keeps the plan.',
  })
  leadingGroupCode!: string;
}

@InputType('UpdateDraftPlanInput', { description: 'A draft plan’s own fields; those left out stay as they are.' })
export class UpdateDraftPlanInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { nullable: true, description: 'The document’s title.' })
  title?: string;

  @Field(() => String, { nullable: true, description: '印发机关.' })
  issuer?: string;

  @Field(() => String, { nullable: true, description: '文号; null clears it.' })
  docNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '印发日期; null clears it.' })
  issuedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The first day of the term.' })
  startsOn?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day of the term.' })
  endsOn?: string;

  @Field(() => String, { nullable: true, description: 'The preamble; null clears it.' })
  summary?: string | null;
}

@InputType('DraftGoalInput', { description: 'A goal of a draft plan: added, or changed (fields left out stay).' })
export class DraftGoalInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { nullable: true, description: 'Changing a goal: its current code. Adding: leave out.' })
  goalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The goal’s (new) code, unique in the plan.' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'The goal’s title.' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'Its text; null clears it.' })
  description?: string | null;
}

@InputType('DraftMeasureInput', {
  description: 'A node of a draft plan’s tree (project, measure, safeguard): added, or changed (fields left out stay).',
})
export class DraftMeasureInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { nullable: true, description: 'Changing a node: its current code. Adding: leave out.' })
  measureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Adding: the parent’s code; leave out for the top level.' })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The node’s (new) code, unique in the plan.' })
  code?: string;

  @Field(() => MeasureKind, { nullable: true, description: 'Project or safeguard (top level only), or measure.' })
  kind?: MeasureKind;

  @Field(() => String, { nullable: true, description: 'The heading, verbatim.' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'The body text; null clears it.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The goal it serves (children inherit it); null clears it.' })
  goalCode?: string | null;
}

@InputType('MoveDraftMeasureInput', { description: 'Moves a node of a draft’s tree: a new parent and position.' })
export class MoveDraftMeasureInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { description: 'The node moved (its children move with it).' })
  measureCode!: string;

  @Field(() => String, { nullable: true, description: 'The new parent; leave out for the top level.' })
  parentCode?: string | null;

  @Field(() => Int, { description: 'Its place among the new parent’s children, from 0 (past the end: last).' })
  position!: number;
}

@InputType('SetDraftAssignmentsInput', {
  description:
    'The units of a node: one lead (牵头单位) and the participants (配合单位), groups such as 各镇、街道 included.',
})
export class SetDraftAssignmentsInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { description: 'The node.' })
  measureCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The lead unit’s department code; leave out (with no participants) to inherit the parent’s units.',
  })
  leadCode?: string | null;

  @Field(() => [String], { description: 'The participating units’ department codes, in the document’s order.' })
  participantCodes!: string[];
}

@InputType('DraftIndicatorInput', {
  description: 'An indicator of a draft plan: added, or changed (fields left out stay).',
})
export class DraftIndicatorInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { nullable: true, description: 'Changing an indicator: its current code. Adding: leave out.' })
  indicatorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The indicator’s (new) code, unique in the plan.' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'The goal it measures.' })
  goalCode?: string;

  @Field(() => String, { nullable: true, description: 'The measure it belongs to, if any; null clears it.' })
  measureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The department that reports its values.' })
  departmentCode?: string;

  @Field(() => String, { nullable: true, description: 'Its name, e.g. 每万人口高价值发明专利拥有量.' })
  name?: string;

  @Field(() => String, { nullable: true, description: '计量单位, e.g. 件; null clears it.' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: '基期值; null clears it (and its year).' })
  baseline?: number | null;

  @Field(() => Int, { nullable: true, description: '基期年份; null clears it.' })
  baselineYear?: number | null;

  @Field(() => Float, { nullable: true, description: '目标值 (numeric targets only); null clears it.' })
  target?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date the target is for.' })
  targetDate?: string;

  @Field(() => IndicatorDirection, { nullable: true, description: 'Which way is better.' })
  direction?: IndicatorDirection;

  @Field(() => TargetKind, { nullable: true, description: 'A numeric target, or one stated only in words.' })
  targetKind?: TargetKind;

  @Field(() => String, { nullable: true, description: 'The document’s own wording of the target, verbatim.' })
  targetText?: string;
}

/** The kind of item of a draft an operation names. */
export enum DraftItemKind {
  PLAN = 'PLAN',
  GOAL = 'GOAL',
  MEASURE = 'MEASURE',
  INDICATOR = 'INDICATOR',
}

registerEnumType(DraftItemKind, { name: 'DraftItemKind', description: 'The kind of item of a draft plan.' });
