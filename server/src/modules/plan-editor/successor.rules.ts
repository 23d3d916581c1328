import { AssignmentRole } from '../assignment';

/** A node of the ended plan's tree, as the successor's rules need it. */
export interface CarriedNode {
  id: number;
  parentId: number | null;
  goalId: number | null;
}

/**
 * The nodes a successor copies for the chosen measures: each with its ancestors (so the tree stays whole), in the
 * ended plan's document order (`ordered`).
 */
export function carriedTree<N extends CarriedNode>(ordered: readonly N[], chosenIds: readonly number[]): N[] {
  const byId = new Map(ordered.map((n) => [n.id, n]));
  const keep = new Set<number>();
  for (const id of chosenIds) {
    for (let node = byId.get(id); node && !keep.has(node.id); node = byId.get(node.parentId ?? -1)) keep.add(node.id);
  }
  return ordered.filter((n) => keep.has(n.id));
}

/** A unit of the register as the successor maps it: a merged unit points at the unit that took it over. */
export interface RegisterUnit {
  id: number;
  retiredOn: string | null;
  mergedIntoId: number | null;
}

/**
 * The unit that holds a duty today (机构改革): the unit itself while active; for a merged unit, the active unit at
 * the end of its merge chain; null for a unit retired (撤销) without a successor — the duty is dropped, and the
 * office names a new holder in the editor.
 */
export function currentHolder(register: ReadonlyMap<number, RegisterUnit>, id: number): number | null {
  const seen = new Set<number>();
  for (let unit = register.get(id); unit && !seen.has(unit.id); unit = register.get(unit.mergedIntoId ?? -1)) {
    seen.add(unit.id);
    if (unit.retiredOn === null) return unit.id;
    if (unit.mergedIntoId === null) return null;
  }
  return null;
}

/** One assignment of a measure as the ended plan holds it. */
export interface HeldDuty {
  departmentId: number;
  role: AssignmentRole;
  position: number;
}

/**
 * A measure's assignments carried to its successor: each unit mapped to its current holder (retired ones dropped),
 * one row per unit — a lead wins over a participation when a merge makes two duties one — in the old order.
 */
export function carriedDuties(
  duties: readonly HeldDuty[],
  register: ReadonlyMap<number, RegisterUnit>,
): { departmentId: number; role: AssignmentRole; position: number }[] {
  const byUnit = new Map<number, { departmentId: number; role: AssignmentRole; order: number }>();
  const sorted = [...duties].sort((a, b) => a.position - b.position);
  for (const [order, duty] of sorted.entries()) {
    const holder = currentHolder(register, duty.departmentId);
    if (holder === null) continue;
    const held = byUnit.get(holder);
    if (!held) byUnit.set(holder, { departmentId: holder, role: duty.role, order });
    else if (duty.role === AssignmentRole.LEAD) held.role = AssignmentRole.LEAD;
  }
  return [...byUnit.values()]
    .sort((a, b) => a.order - b.order)
    .map((d, position) => ({ departmentId: d.departmentId, role: d.role, position }));
}

/** The year of a YYYY-MM-DD date: a final value's date becomes the new baseline's year. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The day after a YYYY-MM-DD date: the earliest a successor may start. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
