import { describe, expect, it } from 'vitest';
import { PlanPhase } from './plan.enum';
import { planPhase } from './plan.rules';

const plan = { startsOn: '2022-01-01', endsOn: '2025-12-31' };

describe('the phase of a plan', () => {
  it('is BEFORE up to the day before its first day', () => {
    expect(planPhase(plan, '2021-06-30')).toBe(PlanPhase.BEFORE);
    expect(planPhase(plan, '2021-12-31')).toBe(PlanPhase.BEFORE);
  });

  it('is RUNNING from its first day to its last day, both included', () => {
    expect(planPhase(plan, '2022-01-01')).toBe(PlanPhase.RUNNING);
    expect(planPhase(plan, '2024-06-15')).toBe(PlanPhase.RUNNING);
    expect(planPhase(plan, '2025-12-31')).toBe(PlanPhase.RUNNING);
  });

  it('is ENDED from the day after its last day, however long after', () => {
    expect(planPhase(plan, '2026-01-01')).toBe(PlanPhase.ENDED);
    expect(planPhase(plan, '2026-12-05')).toBe(PlanPhase.ENDED);
  });
});
