import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { assignments } from '../modules/assignment';
import { departmentMembers, departments } from '../modules/department';
import { goals } from '../modules/goal';
import { indicators } from '../modules/indicator';
import { measures } from '../modules/measure';
import { type PlanRow, plans } from '../modules/plan';
import { reportingCycles } from '../modules/supervision';
import { PLAN_FORMAT_VERSION, type PlanFile } from './plan-file';
import type { DepartmentSeed, IsoDate, MeasureSeed } from './seed.type';

// A plan's own cycle row always has its due day (a check constraint); this only satisfies the type.
const DEFAULT_DUE_WORKING_DAY = 5;

/**
 * Writes a plan from the database as a plan file (docs/PLAN-FORMAT.md), with the departments it names and, for
 * each, the groups' members and the leading group's office. Null when no plan has that code. Importing the result
 * into a fresh database and exporting again gives the same file.
 */
export async function exportPlanFile(db: Db, code: string): Promise<PlanFile | null> {
  // One transaction, so that the file is one consistent state of the plan.
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.code, code));
    if (!plan) return null;
    return planFileOf(tx, plan);
  });
}

/** A plan read through `db` (inside a transaction: one consistent state) as a plan file. */
export async function planFileOf(db: Db, plan: PlanRow): Promise<PlanFile> {
  const [goalRows, measureRows, assignmentRows, indicatorRows, cycleRows, departmentRows, memberRows] =
    await Promise.all([
      db.select().from(goals).where(eq(goals.planId, plan.id)).orderBy(asc(goals.position), asc(goals.id)),
      db.select().from(measures).where(eq(measures.planId, plan.id)).orderBy(asc(measures.position), asc(measures.id)),
      db
        .select()
        .from(assignments)
        .where(eq(assignments.planId, plan.id))
        .orderBy(asc(assignments.position), asc(assignments.departmentId)),
      db
        .select()
        .from(indicators)
        .where(eq(indicators.planId, plan.id))
        .orderBy(asc(indicators.position), asc(indicators.id)),
      db.select().from(reportingCycles).where(eq(reportingCycles.planId, plan.id)),
      db.select().from(departments).orderBy(asc(departments.position), asc(departments.id)),
      db.select().from(departmentMembers).orderBy(asc(departmentMembers.position), asc(departmentMembers.memberId)),
    ]);

  const departmentCode = new Map(departmentRows.map((d) => [d.id, d.code]));
  const codeOf = (id: number) => departmentCode.get(id) ?? String(id);
  const goalCode = new Map(goalRows.map((g) => [g.id, g.code]));
  const measureCode = new Map(measureRows.map((m) => [m.id, m.code]));
  const membersOf = new Map<number, number[]>();
  for (const m of memberRows) membersOf.set(m.groupId, [...(membersOf.get(m.groupId) ?? []), m.memberId]);

  const assignmentsOf = new Map<number, MeasureSeed['assignments'] & {}>();
  for (const a of assignmentRows) {
    assignmentsOf.set(a.measureId, [
      ...(assignmentsOf.get(a.measureId) ?? []),
      { departmentCode: codeOf(a.departmentId), role: a.role },
    ]);
  }
  const planCycle = cycleRows.find((c) => c.measureId === null);
  const cycleOf = new Map(cycleRows.flatMap((c) => (c.measureId === null ? [] : [[c.measureId, c.cycle] as const])));
  const childrenOf = new Map<number | null, typeof measureRows>();
  for (const m of measureRows) childrenOf.set(m.parentId, [...(childrenOf.get(m.parentId) ?? []), m]);
  const tree = (parentId: number | null): MeasureSeed[] =>
    (childrenOf.get(parentId) ?? []).map((m) => {
      const children = tree(m.id);
      const own = assignmentsOf.get(m.id);
      const cycle = cycleOf.get(m.id);
      return {
        code: m.code,
        kind: m.kind,
        title: m.title,
        description: m.description,
        ...(m.goalId !== null && { goalCode: goalCode.get(m.goalId) ?? String(m.goalId) }),
        ...(own && { assignments: own }),
        ...(cycle && { reportingCycle: cycle }),
        ...(children.length > 0 && { children }),
      };
    });

  // The departments the plan names, and those they bring: a group's members, a leading group's office.
  const named = new Set<number>();
  const name = (id: number | null) => {
    if (id === null || named.has(id)) return;
    named.add(id);
    for (const member of membersOf.get(id) ?? []) name(member);
    name(departmentRows.find((d) => d.id === id)?.officeDepartmentId ?? null);
  };
  name(plan.leadingGroupId);
  for (const a of assignmentRows) name(a.departmentId);
  for (const i of indicatorRows) name(i.departmentId);
  const register: DepartmentSeed[] = departmentRows
    .filter((d) => named.has(d.id))
    .map((d) => {
      const members = membersOf.get(d.id);
      return {
        code: d.code,
        name: d.name,
        kind: d.kind,
        ...(members && { memberCodes: members.map(codeOf) }),
        ...(d.officeDepartmentId !== null && { officeCode: codeOf(d.officeDepartmentId) }),
      };
    });

  return {
    formatVersion: PLAN_FORMAT_VERSION,
    code: plan.code,
    title: plan.title,
    issuer: plan.issuer,
    docNumber: plan.docNumber,
    issuedOn: plan.issuedOn as IsoDate | null,
    startsOn: plan.startsOn as IsoDate,
    endsOn: plan.endsOn as IsoDate,
    ...(plan.leadingGroupId !== null && { leadingGroupCode: codeOf(plan.leadingGroupId) }),
    summary: plan.summary,
    ...(planCycle && {
      reportingCycle: { cycle: planCycle.cycle, dueWorkingDay: planCycle.dueWorkingDay ?? DEFAULT_DUE_WORKING_DAY },
    }),
    goals: goalRows.map((g) => ({ code: g.code, title: g.title, description: g.description })),
    measures: tree(null),
    indicators: indicatorRows.map((i) => ({
      code: i.code,
      goalCode: goalCode.get(i.goalId) ?? String(i.goalId),
      ...(i.measureId !== null && { measureCode: measureCode.get(i.measureId) ?? String(i.measureId) }),
      departmentCode: codeOf(i.departmentId),
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      baselineYear: i.baselineYear,
      target: i.target,
      targetDate: i.targetDate as IsoDate,
      direction: i.direction,
      targetKind: i.targetKind,
      targetText: i.targetText,
    })),
    departments: register,
  };
}
