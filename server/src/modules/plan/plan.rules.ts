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
