import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { type AssignmentRole, assignments } from '../modules/assignment';
import { type DepartmentKind, departmentMembers, departments } from '../modules/department';
import { appendEvents, EventType } from '../modules/event';
import { goals } from '../modules/goal';
import { type IndicatorDirection, indicators, type TargetKind } from '../modules/indicator';
import { MeasureKind, measures } from '../modules/measure';
import type { ReportingCycle } from '../modules/period';
import { plans } from '../modules/plan';
import { reportingCycles } from '../modules/supervision';
import { type PlanFile, planOf } from './plan-file';
import type { DepartmentSeed, MeasureSeed, PlanSeed } from './seed.type';

const CHUNK = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Registers departments by code: new ones are inserted, known ones left as they are, group memberships added.
 * Returns every seeded department's id by code.
 */
export async function registerDepartments(db: Db, seeds: DepartmentSeed[]): Promise<Map<string, number>> {
  return db.transaction(async (tx) => {
    const codes = seeds.map((s) => s.code);
    const existing = await tx
      .select({ id: departments.id, code: departments.code })
      .from(departments)
      .where(inArray(departments.code, codes));
    const ids = new Map(existing.map((row) => [row.code, row.id]));
    const fresh = seeds.filter((s) => !ids.has(s.code));
    if (fresh.length === 0) return ids;
    const inserted = await tx
      .insert(departments)
      .values(
        fresh.map((s) => ({
          code: s.code,
          name: s.name,
          kind: s.kind as DepartmentKind,
          position: codes.indexOf(s.code),
        })),
      )
      .returning({ id: departments.id, code: departments.code });
    for (const row of inserted) ids.set(row.code, row.id);
    const idOf = (code: string) => {
      const id = ids.get(code);
      if (id === undefined) throw new Error(`department seed refers to unknown department ${code}`);
      return id;
    };
    for (const seed of fresh) {
      if (seed.officeCode) {
        await tx
          .update(departments)
          .set({ officeDepartmentId: idOf(seed.officeCode) })
          .where(eq(departments.id, idOf(seed.code)));
      }
      if (seed.memberCodes?.length) {
        await tx
          .insert(departmentMembers)
          .values(
            seed.memberCodes.map((code, position) => ({ groupId: idOf(seed.code), memberId: idOf(code), position })),
          );
      }
    }
    await appendEvents(tx, [{ type: EventType.DEPARTMENTS_REGISTERED, payload: { codes: fresh.map((s) => s.code) } }]);
    return ids;
  });
}

/**
 * Imports a plan seed in one transaction, once: a plan whose code exists is left untouched.
 * Departments the seed names must be registered first. Returns whether the plan was imported.
 */
export async function importPlan(db: Db, seed: PlanSeed): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(plans)
      .values({
        code: seed.code,
        title: seed.title,
        issuer: seed.issuer,
        docNumber: seed.docNumber,
        issuedOn: seed.issuedOn,
        startsOn: seed.startsOn,
        endsOn: seed.endsOn,
        summary: seed.summary,
      })
      .onConflictDoNothing({ target: plans.code })
      .returning({ id: plans.id });
    const planId = inserted[0]?.id;
    if (planId === undefined) return false;

    const departmentIds = new Map(
      (await tx.select({ id: departments.id, code: departments.code }).from(departments)).map((r) => [r.code, r.id]),
    );
    const departmentId = (code: string) => {
      const id = departmentIds.get(code);
      if (id === undefined) throw new Error(`plan ${seed.code} names unknown department ${code}`);
      return id;
    };
    if (seed.leadingGroupCode) {
      await tx
        .update(plans)
        .set({ leadingGroupId: departmentId(seed.leadingGroupCode) })
        .where(eq(plans.id, planId));
    }

    const goalRows = await tx
      .insert(goals)
      .values(
        seed.goals.map((g, position) => ({
          planId,
          code: g.code,
          position,
          title: g.title,
          description: g.description,
        })),
      )
      .returning({ id: goals.id, code: goals.code });
    const goalIds = new Map(goalRows.map((r) => [r.code, r.id]));
    const goalId = (code: string) => {
      const id = goalIds.get(code);
      if (id === undefined) throw new Error(`plan ${seed.code} names unknown goal ${code}`);
      return id;
    };

    // Measures level by level, so that each level knows its parents' ids.
    const measureIds = new Map<string, number>();
    let position = 0;
    const positions = new Map<MeasureSeed, number>();
    const number = (nodes: MeasureSeed[]) => {
      for (const node of nodes) {
        positions.set(node, position++);
        number(node.children ?? []);
      }
    };
    number(seed.measures);
    let level: { node: MeasureSeed; parentCode: string | null }[] = seed.measures.map((node) => ({
      node,
      parentCode: null,
    }));
    while (level.length > 0) {
      const rows = level.map(({ node, parentCode }) => ({
        planId,
        parentId: parentCode === null ? null : (measureIds.get(parentCode) ?? null),
        goalId: node.goalCode ? goalId(node.goalCode) : null,
        code: node.code,
        kind: node.kind as MeasureKind,
        position: positions.get(node) ?? 0,
        title: node.title,
        description: node.description,
      }));
      await insertChunked(rows, async (chunk) => {
        const ids = await tx.insert(measures).values(chunk).returning({ id: measures.id, code: measures.code });
        for (const r of ids) measureIds.set(r.code, r.id);
      });
      level = level.flatMap(({ node }) =>
        (node.children ?? []).map((child) => ({ node: child, parentCode: node.code })),
      );
    }
    const measureId = (code: string) => {
      const id = measureIds.get(code);
      if (id === undefined) throw new Error(`plan ${seed.code} names unknown measure ${code}`);
      return id;
    };

    const assignmentRows: (typeof assignments.$inferInsert)[] = [];
    const collect = (nodes: MeasureSeed[]) => {
      for (const node of nodes) {
        for (const a of node.assignments ?? []) {
          assignmentRows.push({
            planId,
            measureId: measureId(node.code),
            departmentId: departmentId(a.departmentCode),
            role: a.role as AssignmentRole,
            position: assignmentRows.length,
          });
        }
        collect(node.children ?? []);
      }
    };
    collect(seed.measures);
    await insertChunked(assignmentRows, (chunk) => tx.insert(assignments).values(chunk));

    await insertChunked(
      seed.indicators.map((i, position) => ({
        planId,
        goalId: goalId(i.goalCode),
        measureId: i.measureCode ? measureId(i.measureCode) : null,
        departmentId: departmentId(i.departmentCode),
        code: i.code,
        position,
        name: i.name,
        unit: i.unit,
        baseline: i.baseline,
        baselineYear: i.baselineYear,
        target: i.target,
        targetDate: i.targetDate,
        direction: i.direction as IndicatorDirection,
        targetKind: i.targetKind as TargetKind,
        targetText: i.targetText,
      })),
      (chunk) => tx.insert(indicators).values(chunk),
    );

    // 报送周期 the file sets: the plan's (with its due day) and any node's own.
    const cycleRows: (typeof reportingCycles.$inferInsert)[] = [
      ...(seed.reportingCycle
        ? [
            {
              planId,
              measureId: null,
              cycle: seed.reportingCycle.cycle as ReportingCycle,
              dueWorkingDay: seed.reportingCycle.dueWorkingDay,
            },
          ]
        : []),
      ...[...positions.keys()]
        .filter((m) => m.reportingCycle)
        .map((m) => ({ planId, measureId: measureId(m.code), cycle: m.reportingCycle as ReportingCycle })),
    ];
    await insertChunked(cycleRows, (chunk) => tx.insert(reportingCycles).values(chunk));

    const kindCount = (kind: MeasureKind) => [...positions.keys()].filter((m) => m.kind === kind).length;
    await appendEvents(tx, [
      {
        type: EventType.PLAN_IMPORTED,
        planId,
        payload: {
          code: seed.code,
          goals: seed.goals.length,
          projects: kindCount(MeasureKind.PROJECT),
          measures: kindCount(MeasureKind.MEASURE),
          safeguards: kindCount(MeasureKind.SAFEGUARD),
          indicators: seed.indicators.length,
        },
      },
    ]);
    return true;
  });
}

/**
 * Imports a plan file (plan-file.ts): its departments, then its plan. A plan whose code exists is refused before
 * anything is written. Returns whether the plan was imported.
 */
export async function importPlanFile(db: Db, file: PlanFile): Promise<boolean> {
  const [existing] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, file.code));
  if (existing) return false;
  await registerDepartments(db, file.departments);
  return importPlan(db, planOf(file));
}
