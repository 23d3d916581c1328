import { describe, expect, it } from 'vitest';
import { AssignmentRole } from '../assignment';
import { carriedDuties, carriedTree, currentHolder, dayAfter } from './successor.rules';

const unit = (id: number, retiredOn: string | null = null, mergedIntoId: number | null = null) => ({
  id,
  retiredOn,
  mergedIntoId,
});
// 1 active; 2 merged into 3, merged into 4 (active); 5 retired without a successor.
const register = new Map(
  [unit(1), unit(2, '2026-03-01', 3), unit(3, '2026-06-01', 4), unit(4), unit(5, '2026-06-30')].map((u) => [u.id, u]),
);

describe('what a successor carries', () => {
  it('a duty goes to the unit holding it today: through a chain of merges, and nowhere for a retired unit', () => {
    expect(currentHolder(register, 1)).toBe(1);
    expect(currentHolder(register, 2)).toBe(4);
    expect(currentHolder(register, 5)).toBeNull();
    expect(currentHolder(register, 99)).toBeNull();
  });

  it('a merge that makes two duties one keeps one row, the lead winning, in the old order', () => {
    const duties = [
      { departmentId: 5, role: AssignmentRole.LEAD, position: 0 },
      { departmentId: 4, role: AssignmentRole.PARTICIPANT, position: 1 },
      { departmentId: 1, role: AssignmentRole.PARTICIPANT, position: 2 },
      { departmentId: 2, role: AssignmentRole.LEAD, position: 3 },
    ];
    expect(carriedDuties(duties, register)).toEqual([
      { departmentId: 4, role: AssignmentRole.LEAD, position: 0 },
      { departmentId: 1, role: AssignmentRole.PARTICIPANT, position: 1 },
    ]);
  });

  it('a chosen measure brings its ancestors, in document order', () => {
    const nodes = [
      { id: 1, parentId: null, goalId: 1 },
      { id: 2, parentId: 1, goalId: null },
      { id: 3, parentId: 2, goalId: null },
      { id: 4, parentId: 1, goalId: null },
      { id: 5, parentId: null, goalId: 2 },
    ];
    expect(carriedTree(nodes, [3, 5]).map((n) => n.id)).toEqual([1, 2, 3, 5]);
  });

  it('the earliest start is the day after the end, across a year', () => {
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });
});
