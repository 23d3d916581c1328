import type { FormerName } from './department.table';

/**
 * A unit's name as documents and people write it, for comparing: trimmed, inner spaces removed (a pasted
 * 区市场 监管局 is the same name). Full-width and half-width spaces alike.
 */
export function normalizeName(name: string): string {
  return name.replace(/[\s\u3000]+/g, '');
}

/**
 * The name a unit bore on `date` (YYYY-MM-DD): the first former name renamed after that day, else its current name.
 * Former names are kept oldest first, each with the day of the rename that ended it.
 */
export function nameOn(current: string, formerNames: readonly FormerName[], date: string): string {
  for (const former of formerNames) if (date < former.renamedOn) return former.name;
  return current;
}

/**
 * The units merged into each unit, directly or through a chain (A into B, B into C: C's predecessors are A and B),
 * from each unit's `mergedIntoId`. Their past reports are the successor's history.
 */
export function predecessorsOf(units: readonly { id: number; mergedIntoId: number | null }[]): Map<number, number[]> {
  const direct = new Map<number, number[]>();
  for (const unit of units) {
    if (unit.mergedIntoId === null) continue;
    direct.set(unit.mergedIntoId, [...(direct.get(unit.mergedIntoId) ?? []), unit.id]);
  }
  const all = new Map<number, number[]>();
  for (const successor of direct.keys()) {
    const found: number[] = [];
    const queue = [...(direct.get(successor) ?? [])];
    while (queue.length > 0) {
      const id = queue.shift() as number;
      if (found.includes(id) || id === successor) continue;
      found.push(id);
      queue.push(...(direct.get(id) ?? []));
    }
    all.set(successor, found);
  }
  return all;
}

/**
 * Why a unit cannot take a new assignment or account, or null when it can: a retired unit (撤销, or merged into
 * another) takes none. For the plan editor and the account writers.
 */
export function retiredProblem(unit: {
  name: string;
  retiredOn: string | null;
  mergedIntoId: number | null;
}): { reason: string; detail: 'DEPARTMENT_RETIRED' } | null {
  if (unit.retiredOn === null) return null;
  const how = unit.mergedIntoId === null ? '撤销' : '撤销（已并入其他单位）';
  return {
    reason: `部门「${unit.name}」已于 ${unit.retiredOn} ${how}，不能再承担任务或开设账号`,
    detail: 'DEPARTMENT_RETIRED',
  };
}
