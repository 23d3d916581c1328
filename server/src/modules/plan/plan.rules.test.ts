import { describe, expect, it } from 'vitest';
import { PlanLifecycle, PlanPhase, PlanState } from './plan.enum';
import { planLifecycle, planPhase } from './plan.rules';

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

describe('the lifecycle of a plan', () => {
  const plan = { endsOn: '2025-12-31' };

  it('is a draft until published, whatever the date', () => {
    expect(planLifecycle({ ...plan, state: PlanState.DRAFT }, '2030-01-01')).toBe(PlanLifecycle.DRAFT);
  });

  it('is in force through its last day, and ended (in evaluation) after it', () => {
    expect(planLifecycle({ ...plan, state: PlanState.ACTIVE }, '2025-12-31')).toBe(PlanLifecycle.ACTIVE);
    expect(planLifecycle({ ...plan, state: PlanState.ACTIVE }, '2026-01-01')).toBe(PlanLifecycle.ENDED);
  });

  it('stays archived once archived', () => {
    expect(planLifecycle({ ...plan, state: PlanState.ARCHIVED }, '2025-06-01')).toBe(PlanLifecycle.ARCHIVED);
  });
});
