import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { IndicatorDirection, TargetKind } from '../indicator';
import { MeasureKind } from '../measure';

// The changes of a revision (方案调整) are the draft editor's edits without the plan's code (the revision names it
// once). Changes are patches: a field left out stays as it is; a nullable field given as null is cleared.

@InputType('RevisionAddGoalInput', { description: 'A new goal, added at the end.' })
export class RevisionAddGoalInput {
  @Field(() => String, { description: 'Its code, unique in the plan.' })
  code!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Its text.' })
  description?: string | null;
}

@InputType('RevisionUpdateGoalInput', { description: 'A goal changed: fields left out stay.' })
export class RevisionUpdateGoalInput {
  @Field(() => String, { description: 'The goal’s current code.' })
  goalCode!: string;

  @Field(() => String, { nullable: true, description: 'Its new code.' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'Its title.' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'Its text; null clears it.' })
  description?: string | null;
}

@InputType('RevisionAddMeasureInput', {
  description: 'A new node of the tree, last under its parent, with its units (a measure is always assigned).',
})
export class RevisionAddMeasureInput {
  @Field(() => String, { description: 'Its code, unique in the plan.' })
  code!: string;

  @Field(() => MeasureKind, { nullable: true, description: 'Project or safeguard (top level only), or measure.' })
  kind?: MeasureKind;

  @Field(() => String, { description: 'The heading.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The body text.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The goal it serves (children inherit it).' })
  goalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The parent’s code; leave out for the top level.' })
  parentCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The lead unit’s department code; leave out (with no participants) to inherit the parent’s units.',
  })
  leadCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'The participating units’ department codes.' })
  participantCodes?: string[] | null;
}

@InputType('RevisionUpdateMeasureInput', {
  description: 'A node changed (no move: see moveMeasure); fields left out stay.',
})
export class RevisionUpdateMeasureInput {
  @Field(() => String, { description: 'The node’s current code.' })
  measureCode!: string;

  @Field(() => String, { nullable: true, description: 'Its new code.' })
  code?: string;

  @Field(() => MeasureKind, { nullable: true, description: 'Project or safeguard (top level only), or measure.' })
  kind?: MeasureKind;

  @Field(() => String, { nullable: true, description: 'The heading.' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'The body text; null clears it.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The goal it serves; null clears it.' })
  goalCode?: string | null;
}

@InputType('RevisionMoveMeasureInput', { description: 'A node moved under a new parent at a position.' })
export class RevisionMoveMeasureInput {
  @Field(() => String, { description: 'The node moved (its children move with it).' })
  measureCode!: string;

  @Field(() => String, { nullable: true, description: 'The new parent; leave out for the top level.' })
  parentCode?: string | null;

  @Field(() => Int, { description: 'Its place among the new parent’s children, from 0 (past the end: last).' })
  position!: number;
}

@InputType('RevisionWithdrawMeasureInput', {
  description: '撤销: the node and everything below it stop from the effective date; their reports stay.',
})
export class RevisionWithdrawMeasureInput {
  @Field(() => String, { description: 'The node withdrawn.' })
  measureCode!: string;

  @Field(() => String, { description: '撤销理由.' })
  reason!: string;
}

@InputType('RevisionRemoveMeasureInput', {
  description: 'Deletes a node added by mistake: only one with no reports and no urging notices below it.',
})
export class RevisionRemoveMeasureInput {
  @Field(() => String, { description: 'The node removed (with everything below it).' })
  measureCode!: string;
}

@InputType('RevisionAssignmentsInput', {
  description: 'The units of a node from the effective date: one lead (牵头单位) and the participants (配合单位).',
})
export class RevisionAssignmentsInput {
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

@InputType('RevisionIndicatorInput', {
  description:
    'An indicator added (addIndicator: no indicatorCode) or changed (updateIndicator: indicatorCode; fields left ' +
    'out stay). A changed target keeps the old one in the indicator’s target history (调整前).',
})
export class RevisionIndicatorInput {
  @Field(() => String, { nullable: true, description: 'updateIndicator: its current code. addIndicator: leave out.' })
  indicatorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The indicator’s (new) code, unique in the plan.' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'The goal it measures.' })
  goalCode?: string;

  @Field(() => String, { nullable: true, description: 'The measure it belongs to, if any; null clears it.' })
  measureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The department that reports its values.' })
  departmentCode?: string;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: '计量单位; null clears it.' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: '基期值; null clears it.' })
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

  @Field(() => String, { nullable: true, description: 'The document’s own wording of the target.' })
  targetText?: string;
}

@InputType('RevisionChangeInput', {
  description: 'One change of a revision: exactly one of its fields is set (BAD_USER_INPUT naming it otherwise).',
})
export class RevisionChangeInput {
  @Field(() => RevisionAddGoalInput, { nullable: true })
  addGoal?: RevisionAddGoalInput | null;

  @Field(() => RevisionUpdateGoalInput, { nullable: true })
  updateGoal?: RevisionUpdateGoalInput | null;

  @Field(() => RevisionAddMeasureInput, { nullable: true })
  addMeasure?: RevisionAddMeasureInput | null;

  @Field(() => RevisionUpdateMeasureInput, { nullable: true })
  updateMeasure?: RevisionUpdateMeasureInput | null;

  @Field(() => RevisionMoveMeasureInput, { nullable: true })
  moveMeasure?: RevisionMoveMeasureInput | null;

  @Field(() => RevisionWithdrawMeasureInput, { nullable: true })
  withdrawMeasure?: RevisionWithdrawMeasureInput | null;

  @Field(() => RevisionRemoveMeasureInput, { nullable: true })
  removeMeasure?: RevisionRemoveMeasureInput | null;

  @Field(() => RevisionAssignmentsInput, { nullable: true })
  setAssignments?: RevisionAssignmentsInput | null;

  @Field(() => RevisionIndicatorInput, { nullable: true, description: 'A new indicator (no indicatorCode).' })
  addIndicator?: RevisionIndicatorInput | null;

  @Field(() => RevisionIndicatorInput, { nullable: true, description: 'An indicator changed (indicatorCode).' })
  updateIndicator?: RevisionIndicatorInput | null;
}

@InputType('PlanRevisionInput', {
  description: '方案调整: changes to a plan in force, published together with a reason and an effective date.',
})
export class PlanRevisionInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { description: '调整理由 (at most 500 characters).' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '调整文件号, e.g. 博知强区办〔2024〕3号.' })
  docNumber?: string | null;

  @Field(() => LocalDateResolver, {
    description: 'The date it takes effect: not before the plan’s start, not after today.',
  })
  effectiveOn!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Preview: check and apply everything, then write nothing (the result has no revision).',
  })
  dryRun?: boolean | null;

  @Field(() => [RevisionChangeInput], { description: 'The changes, applied in order (1 to 200).' })
  changes!: RevisionChangeInput[];
}
