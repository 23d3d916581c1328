import { DomainError } from '../../shared/errors';
import { PlanLifecycle, PlanPhase, PlanState } from './plan.enum';

/** The phase of a plan on a calendar date (all YYYY-MM-DD, so they compare as strings). */
export function planPhase(plan: { startsOn: string; endsOn: string }, today: string): PlanPhase {
  if (today < plan.startsOn) return PlanPhase.BEFORE;
  if (today > plan.endsOn) return PlanPhase.ENDED;
  return PlanPhase.RUNNING;
}

/** The lifecycle of a plan on a calendar date: its stored state, with an active plan past its last day ended. */
export function planLifecycle(plan: { state: PlanState; endsOn: string }, today: string): PlanLifecycle {
  if (plan.state === PlanState.DRAFT) return PlanLifecycle.DRAFT;
  if (plan.state === PlanState.ARCHIVED) return PlanLifecycle.ARCHIVED;
  return today > plan.endsOn ? PlanLifecycle.ENDED : PlanLifecycle.ACTIVE;
}

/** The words each lifecycle is shown with. */
export const LIFECYCLE_NAME: Record<PlanLifecycle, string> = {
  [PlanLifecycle.DRAFT]: '草稿',
  [PlanLifecycle.ACTIVE]: '实施中',
  [PlanLifecycle.ENDED]: '已结束',
  [PlanLifecycle.ARCHIVED]: '已归档',
};

/**
 * What a write does to a plan: its **work** (reports, backfill, indicator values, urging notices and their steps,
 * extensions, instructions and their reading, reviews), or its **settings** (reporting cycles, assessment weights),
 * which the office may already set on a draft.
 */
export type PlanWrite = 'work' | 'settings';

/** Whether the plan's stored state takes a write of this kind (what `checkPlanWritable` enforces). */
export function planTakes(plan: { state: PlanState }, write: PlanWrite): boolean {
  if (plan.state === PlanState.ARCHIVED) return false;
  return plan.state === PlanState.ACTIVE || write === 'settings';
}

/**
 * Refuses a write the plan's stored state does not take (docs/SUPERVISION.md, "Plan states"): nothing on an
 * archived plan (CONFLICT PLAN_ARCHIVED), no work on a draft (CONFLICT PLAN_NOT_PUBLISHED). An ended plan (active,
 * past its end date) takes both: its evaluation still needs late reports, final values and replies.
 */
export function checkPlanWritable(plan: { state: PlanState }, write: PlanWrite, field?: string): void {
  if (planTakes(plan, write)) return;
  if (plan.state === PlanState.ARCHIVED) {
    throw new DomainError('CONFLICT', { field, reason: '方案已归档，只读', detail: 'PLAN_ARCHIVED' });
  }
  throw new DomainError('CONFLICT', {
    field,
    reason: '方案尚未发布（草稿），不能填报、督办或批示',
    detail: 'PLAN_NOT_PUBLISHED',
  });
}

/** 归档 is the close of an ended plan: refused (CONFLICT PLAN_NOT_ENDED) in any other lifecycle, naming it. */
export function checkArchivable(lifecycle: PlanLifecycle): void {
  if (lifecycle === PlanLifecycle.ENDED) return;
  throw new DomainError('CONFLICT', {
    field: 'planCode',
    reason: `方案当前为「${LIFECYCLE_NAME[lifecycle]}」，只有已结束（过了实施期、完成终期评估）的方案才能归档`,
    detail: lifecycle === PlanLifecycle.ARCHIVED ? 'PLAN_ARCHIVED' : 'PLAN_NOT_ENDED',
  });
}
