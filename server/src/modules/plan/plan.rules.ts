import { PlanPhase } from './plan.enum';

/** The phase of a plan on a calendar date (all YYYY-MM-DD, so they compare as strings). */
export function planPhase(plan: { startsOn: string; endsOn: string }, today: string): PlanPhase {
  if (today < plan.startsOn) return PlanPhase.BEFORE;
  if (today > plan.endsOn) return PlanPhase.ENDED;
  return PlanPhase.RUNNING;
}
