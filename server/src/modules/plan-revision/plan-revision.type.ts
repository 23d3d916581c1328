import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PlanChangeKind } from '../event';
import { MeasureKind } from '../measure';
import { Plan, type PlanRow } from '../plan';
import { ChangeKind } from './plan-revision.enum';

registerEnumType(ChangeKind, {
  name: 'PlanChangeKind',
  description: 'The kind of one change to a plan’s content (a draft edit, or a line of a revision).',
  valuesConfig: {
    PLAN_UPDATED: { description: '修改方案信息' },
    GOAL_ADDED: { description: '新增目标' },
    GOAL_UPDATED: { description: '修改目标' },
    GOAL_MOVED: { description: '调整目标顺序' },
    GOAL_REMOVED: { description: '删除目标' },
    MEASURE_ADDED: { description: '新增措施' },
    MEASURE_UPDATED: { description: '修改措施' },
    MEASURE_MOVED: { description: '移动措施' },
    MEASURE_REMOVED: { description: '删除措施' },
    MEASURE_WITHDRAWN: { description: '撤销措施 (its reports stay)' },
    ASSIGNMENTS_SET: { description: '调整责任单位' },
    INDICATOR_ADDED: { description: '新增指标' },
    INDICATOR_UPDATED: { description: '修改指标 (a changed target keeps the old one as 调整前)' },
    INDICATOR_REMOVED: { description: '删除指标' },
  },
});

@ObjectType('PlanChangeField', { description: 'One field a change changed: its label and the value before and after.' })
export class PlanChangeField {
  @Field(() => String, { description: 'The field, in Chinese (e.g. 牵头单位, 目标值).' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Before the change, readable (department names, not ids).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'After the change, readable.' })
  after!: string | null;
}

@ObjectType('PlanChangeLine', { description: 'A change as people read it, made by the server from the stored change.' })
export class PlanChangeLine {
  @Field(() => ChangeKind, { description: 'What kind of change.' })
  kind!: PlanChangeKind;

  @Field(() => String, { description: 'The code of the item changed (goal, measure or indicator; the plan’s own).' })
  itemCode!: string;

  @Field(() => String, { description: 'Its title or name (after the change; before it for a removal).' })
  itemTitle!: string;

  @Field(() => String, {
    description: 'One line in Chinese, e.g. 新增措施 P3.4 …, 撤销措施 P1.2：理由, 牵头单位 区科技局 → 区工信局.',
  })
  summary!: string;

  @Field(() => [PlanChangeField], { description: 'The fields changed, only those.' })
  fields!: PlanChangeField[];
}

@ObjectType('PlanRevisionPublisher', { description: 'Who published a revision.' })
export class PlanRevisionPublisher {
  @Field(() => String, { description: 'The account’s display name.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'The account’s department, if any.' })
  departmentName!: string | null;
}

@ObjectType('PlanRevision', { description: '方案调整: one revision of a plan in force, published whole.' })
export class PlanRevision {
  @Field(() => ID, { description: 'Opaque identity.' })
  id!: number;

  @Field(() => Int, { description: '第 N 次调整: 1, 2, … per plan.' })
  number!: number;

  @Field(() => String, { description: '调整理由.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '调整文件号.' })
  docNumber!: string | null;

  @Field(() => LocalDateResolver, { description: 'The date it took effect.' })
  effectiveOn!: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was published.' })
  publishedAt!: Date;

  @Field(() => PlanRevisionPublisher, { description: 'Who published it.' })
  publishedBy!: PlanRevisionPublisher;

  @Field(() => [PlanChangeLine], { description: 'Its changes, in the order they were applied.' })
  changes!: PlanChangeLine[];
}

@ObjectType('PlanRevisionResult', { description: 'What publishRevision did (or, on a dry run, would do).' })
export class PlanRevisionResult {
  @Field(() => Plan, { description: 'The plan, as it stands after the revision (unchanged on a dry run).' })
  plan!: PlanRow;

  @Field(() => PlanRevision, { nullable: true, description: 'The revision published; null on a dry run.' })
  revision!: PlanRevision | null;

  @Field(() => [PlanChangeLine], { description: 'The changes, readable: what the preview shows.' })
  changes!: PlanChangeLine[];
}

@ObjectType('PlanVersionGoal', { description: 'A goal as it stood in a version of the plan.' })
export class PlanVersionGoal {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType('PlanVersionMeasure', { description: 'A node of the tree as it stood in a version of the plan.' })
export class PlanVersionMeasure {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => MeasureKind)
  kind!: MeasureKind;

  @Field(() => String, { nullable: true, description: 'The parent’s code; null at the top level.' })
  parentCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The goal it serves (its own, not inherited).' })
  goalCode!: string | null;

  @Field(() => Boolean, { description: '已撤销 in this version.' })
  withdrawn!: boolean;

  @Field(() => String, { nullable: true, description: 'Its own lead unit’s name (null: inherits its parent’s).' })
  leadName!: string | null;

  @Field(() => [String], { description: 'Its own participating units’ names.' })
  participantNames!: string[];
}

@ObjectType('PlanVersionIndicator', { description: 'An indicator as it stood in a version of the plan.' })
export class PlanVersionIndicator {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => String)
  targetText!: string;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => LocalDateResolver)
  targetDate!: string;
}

@ObjectType('PlanVersion', {
  description: 'The plan as it stood right after revision N (0: as published), rebuilt by undoing later revisions.',
})
export class PlanVersion {
  @Field(() => Int, { description: 'The revision number (0: as published).' })
  revision!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The effective date of that revision (null for 0).' })
  effectiveOn!: string | null;

  @Field(() => [PlanVersionGoal])
  goals!: PlanVersionGoal[];

  @Field(() => [PlanVersionMeasure])
  measures!: PlanVersionMeasure[];

  @Field(() => [PlanVersionIndicator])
  indicators!: PlanVersionIndicator[];
}
