import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context';
import { Goal, type GoalRow } from '../goal';
import { Indicator, type IndicatorRow } from '../indicator';
import { Measure, type MeasureRow } from '../measure';
import { Plan, type PlanRow } from '../plan';
import { confirmImportedItem } from './draft-confirm.service';
import { removeDraftIndicator, saveDraftIndicator } from './draft-indicator.service';
import {
  moveDraftMeasure,
  removeDraftGoal,
  removeDraftMeasure,
  saveDraftGoal,
  saveDraftMeasure,
  setDraftAssignments,
} from './draft-tree.service';
import {
  CreatePlanInput,
  DraftGoalInput,
  DraftIndicatorInput,
  DraftItemKind,
  DraftMeasureInput,
  MoveDraftMeasureInput,
  SetDraftAssignmentsInput,
  UpdateDraftPlanInput,
} from './plan-editor.input';
import { createPlan, publishPlan, updateDraftPlan } from './plan-editor.service';

const DRAFT_ONLY = ' Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN.';

/** The plan editor: a draft is created, edited freely, then published. */
@Resolver()
export class PlanEditorResolver {
  @Mutation(() => Plan, { description: '新建方案 (ADMIN): a draft plan whose leading group’s office keeps it.' })
  createPlan(@Arg('input', () => CreatePlanInput) input: CreatePlanInput, @Ctx() ctx: Context): Promise<PlanRow> {
    return createPlan(ctx.scope, input);
  }

  @Mutation(() => Boolean, {
    description: `确认无误: clears an imported item’s 待核对 flags, the office having checked it as it stands.${DRAFT_ONLY}`,
  })
  confirmImportedItem(
    @Arg('planCode', () => String) planCode: string,
    @Arg('kind', () => DraftItemKind) kind: DraftItemKind,
    @Arg('code', () => String, { description: 'The item’s code (the plan’s code for PLAN).' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return confirmImportedItem(ctx.scope, planCode, kind, code);
  }

  @Mutation(() => Plan, { description: `Changes a draft plan’s own fields.${DRAFT_ONLY}` })
  updateDraftPlan(
    @Arg('input', () => UpdateDraftPlanInput) input: UpdateDraftPlanInput,
    @Ctx() ctx: Context,
  ): Promise<PlanRow> {
    return updateDraftPlan(ctx.scope, input);
  }

  @Mutation(() => Goal, { description: `Adds a goal (no goalCode) or changes one.${DRAFT_ONLY}` })
  saveDraftGoal(@Arg('input', () => DraftGoalInput) input: DraftGoalInput, @Ctx() ctx: Context): Promise<GoalRow> {
    return saveDraftGoal(ctx.scope, input);
  }

  @Mutation(() => Boolean, { description: `Removes a goal no measure or indicator belongs to.${DRAFT_ONLY}` })
  removeDraftGoal(
    @Arg('planCode', () => String) planCode: string,
    @Arg('goalCode', () => String) goalCode: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return removeDraftGoal(ctx.scope, planCode, goalCode);
  }

  @Mutation(() => Measure, {
    description: `Adds a node of the tree (last under its parent; no measureCode) or changes one.${DRAFT_ONLY}`,
  })
  saveDraftMeasure(
    @Arg('input', () => DraftMeasureInput) input: DraftMeasureInput,
    @Ctx() ctx: Context,
  ): Promise<MeasureRow> {
    return saveDraftMeasure(ctx.scope, input);
  }

  @Mutation(() => Measure, {
    description: `Moves a node under a new parent at a position (reorder, indent).${DRAFT_ONLY}`,
  })
  moveDraftMeasure(
    @Arg('input', () => MoveDraftMeasureInput) input: MoveDraftMeasureInput,
    @Ctx() ctx: Context,
  ): Promise<MeasureRow> {
    return moveDraftMeasure(ctx.scope, input);
  }

  @Mutation(() => Boolean, {
    description: `Removes a node and all below it (not one holding indicators).${DRAFT_ONLY}`,
  })
  removeDraftMeasure(
    @Arg('planCode', () => String) planCode: string,
    @Arg('measureCode', () => String) measureCode: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return removeDraftMeasure(ctx.scope, planCode, measureCode);
  }

  @Mutation(() => Measure, { description: `Sets a node’s lead and participating units.${DRAFT_ONLY}` })
  setDraftAssignments(
    @Arg('input', () => SetDraftAssignmentsInput) input: SetDraftAssignmentsInput,
    @Ctx() ctx: Context,
  ): Promise<MeasureRow> {
    return setDraftAssignments(ctx.scope, input);
  }

  @Mutation(() => Indicator, { description: `Adds an indicator (no indicatorCode) or changes one.${DRAFT_ONLY}` })
  saveDraftIndicator(
    @Arg('input', () => DraftIndicatorInput) input: DraftIndicatorInput,
    @Ctx() ctx: Context,
  ): Promise<IndicatorRow> {
    return saveDraftIndicator(ctx.scope, input);
  }

  @Mutation(() => Boolean, { description: `Removes an indicator.${DRAFT_ONLY}` })
  removeDraftIndicator(
    @Arg('planCode', () => String) planCode: string,
    @Arg('indicatorCode', () => String) indicatorCode: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return removeDraftIndicator(ctx.scope, planCode, indicatorCode);
  }

  @Mutation(() => Plan, {
    description:
      '发布: checks the whole draft (every problem at once in extensions.problems, each naming its item: ' +
      'PLAN_NOT_PUBLISHABLE), then puts it in force (实施中). The plan office or an ADMIN.',
  })
  publishPlan(@Arg('planCode', () => String) planCode: string, @Ctx() ctx: Context): Promise<PlanRow> {
    return publishPlan(ctx.scope, planCode);
  }
}
