import { today as todayOf } from '../../shared/clock';
import { unlessMeasureTouched } from '../../shared/derived-cache';
import { groupBy } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import {
  AssignmentRole,
  type AssignmentView,
  getAssignmentsOfDepartment,
  getAssignmentsOfMeasure,
} from '../assignment';
import { actsFor, type DepartmentRow } from '../department';
import { getMeasureIndex, MeasureKind, type MeasureRow } from '../measure';
import { type LatestReports, progressLoaders } from './progress.loader';
import { listLatestReportsOfMeasures, listStandingReportsOfPlan } from './progress.repository';
import { newestFirst } from './progress.rules';
import type { ProgressReportRow } from './progress.table';

/**
 * The roll-up rule (docs/ARCHITECTURE.md), until the supervision issue refines it with time and warnings:
 * - a measure: the mean of its lead departments' latest reports; with none from a lead, the mean of the
 *   participants' latest reports; with no report at all, 0 %;
 * - a project: the mean of its measures; a goal: the mean of the projects serving it; a plan: the mean of its
 *   projects and safeguards; a department: the mean, over every measure it holds (its own assignments and, for a
 *   member unit, its group's), of the assignment's latest report (unreported ones count 0 %).
 * Every figure says how it was computed (`rule`) and how many of its parts have reported.
 */
export interface ProgressSummary {
  percent: number;
  reported: number;
  total: number;
  rule: string;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Each department's latest standing report on each measure of a plan: derived state, read once for every request at
 * the same standing of the data (RequestScope.derived).
 */
export function latestOfPlan(scope: RequestScope, planId: number): Promise<LatestReports> {
  return scope.derived(
    'progress.latestOfPlan',
    planId,
    () => scope.get(progressLoaders).latestOfPlan.load(planId),
    (id, value, change, by) =>
      change.planIds.has(id)
        ? value.then((latest) => refreshLatestReports(by, id, latest.byMeasure, change.measureIds))
        : value,
  );
}

/**
 * A plan's latest reports with those of the given measures read again: what a change to their reports refreshes,
 * one statement, instead of reading every report of the plan.
 */
export async function refreshLatestReports(
  scope: RequestScope,
  planId: number,
  byMeasure: ReadonlyMap<number, ProgressReportRow[]>,
  measureIds: ReadonlySet<number>,
): Promise<LatestReports> {
  const rows = await listLatestReportsOfMeasures(scope.db, [...measureIds]);
  const fresh = groupBy(
    rows.filter((row) => row.planId === planId),
    (row) => row.measureId,
  );
  const next = new Map(byMeasure);
  for (const id of measureIds) {
    const rows = fresh.get(id);
    if (rows) next.set(id, rows);
    else next.delete(id);
  }
  return { byMeasure: next };
}

/** Each department's latest standing report on a measure. */
export async function getLatestReportsOfMeasure(
  scope: RequestScope,
  measure: MeasureRow,
): Promise<ProgressReportRow[]> {
  return (await latestOfPlan(scope, measure.planId)).byMeasure.get(measure.id) ?? [];
}

/**
 * A department's newest standing report on a measure it holds: its own, or for a group (各镇、街道) the newest by
 * any unit that acts for it (`actsFor`: the group or a member unit), whoever's desk lists it.
 */
export async function getLatestReportOfAssignment(
  scope: RequestScope,
  assignment: AssignmentView,
): Promise<ProgressReportRow | null> {
  const reports = (await latestOfPlan(scope, assignment.planId)).byMeasure.get(assignment.measureId);
  const holder = new Set([assignment.departmentId]);
  const own: ProgressReportRow[] = [];
  for (const report of reports ?? []) if (await actsFor(scope, report.departmentId, holder)) own.push(report);
  return own.sort(newestFirst)[0] ?? null;
}

/** The newest standing report on a measure, from any of its departments. */
export async function getLatestReport(scope: RequestScope, measure: MeasureRow): Promise<ProgressReportRow | null> {
  return [...(await getLatestReportsOfMeasure(scope, measure))].sort(newestFirst)[0] ?? null;
}

/**
 * A measure's, project's or safeguard's progress by the roll-up rule: asked for by its own field, its goal's and the
 * plan's, and by every screen, so derived once per standing of the data.
 */
export function getMeasureProgress(scope: RequestScope, measure: MeasureRow): Promise<ProgressSummary> {
  return scope.derived(
    'progress.measure',
    measure.id,
    () => computeMeasureProgress(scope, measure),
    unlessMeasureTouched(),
  );
}

async function computeMeasureProgress(scope: RequestScope, measure: MeasureRow): Promise<ProgressSummary> {
  const index = await getMeasureIndex(scope, measure.planId);
  // A withdrawn part (撤销) leaves its project's progress.
  const children = index.activeChildrenOf(measure.id, todayOf(scope.clock));
  if (children.length > 0) {
    const parts = await Promise.all(children.map((child) => getMeasureProgress(scope, child)));
    return {
      percent: round(mean(parts.map((p) => p.percent))),
      reported: parts.filter((p) => p.reported > 0).length,
      total: parts.length,
      rule: `${measure.kind === MeasureKind.PROJECT ? '工程' : '措施'}进度 = 所属 ${parts.length} 项措施进度的平均值`,
    };
  }
  const [latest, assignments] = await Promise.all([
    getLatestReportsOfMeasure(scope, measure),
    getAssignmentsOfMeasure(scope, measure),
  ]);
  const leads = new Set(assignments.filter((a) => a.role === AssignmentRole.LEAD).map((a) => a.departmentId));
  const fromLeads = latest.filter((r) => leads.has(r.departmentId));
  if (fromLeads.length > 0) {
    return {
      percent: round(mean(fromLeads.map((r) => r.percentComplete))),
      reported: 1,
      total: 1,
      rule: `按牵头部门最新报告 (${fromLeads.map((r) => `${r.period} ${r.percentComplete}%`).join('、')})`,
    };
  }
  if (latest.length > 0) {
    return {
      percent: round(mean(latest.map((r) => r.percentComplete))),
      reported: 1,
      total: 1,
      rule: `牵头部门尚未填报，取 ${latest.length} 个参与部门最新报告的平均值`,
    };
  }
  return { percent: 0, reported: 0, total: 1, rule: '尚未填报，按 0% 计' };
}

async function meanOf(scope: RequestScope, nodes: MeasureRow[], what: string): Promise<ProgressSummary> {
  const parts = await Promise.all(nodes.map((node) => getMeasureProgress(scope, node)));
  return {
    percent: round(mean(parts.map((p) => p.percent))),
    reported: parts.filter((p) => p.reported > 0).length,
    total: parts.length,
    rule: `${what}进度 = ${parts.length} 项${what === '目标' ? '服务该目标的工程' : '工程与保障措施'}进度的平均值`,
  };
}

/** A goal's progress: the mean of the projects serving it (or of its measures, when no project does). */
export async function getGoalProgress(scope: RequestScope, planId: number, goalId: number): Promise<ProgressSummary> {
  const index = await getMeasureIndex(scope, planId);
  const today = todayOf(scope.clock);
  const serving = index.servingGoalOf(goalId).filter((m) => !index.isWithdrawn(m, today));
  const projects = serving.filter((m) => m.kind === MeasureKind.PROJECT);
  return meanOf(scope, projects.length > 0 ? projects : serving, '目标');
}

/** A plan's progress: the mean of its projects and safeguards. */
export async function getPlanProgress(scope: RequestScope, planId: number): Promise<ProgressSummary> {
  const top = (await getMeasureIndex(scope, planId)).activeChildrenOf(null, todayOf(scope.clock));
  return meanOf(scope, top, '方案');
}

/** A department's progress in a plan: the mean of its own latest reports over the measures assigned to it. */
export async function getDepartmentProgress(
  scope: RequestScope,
  department: DepartmentRow,
  planId: number,
): Promise<ProgressSummary> {
  return scope.derived('progress.department', `${planId}:${department.id}`, async () => {
    const index = await getMeasureIndex(scope, planId);
    const views = await getAssignmentsOfDepartment(scope, department, { planId, inherited: true, throughGroups: true });
    // Projects stand for their measures: count the measures that carry the work, once each (own part first).
    const leaves = new Map<number, AssignmentView>();
    const today = todayOf(scope.clock);
    for (const view of views) {
      const measure = index.byId.get(view.measureId);
      if (!measure || !index.isLeaf(measure) || index.isWithdrawn(measure, today) || leaves.has(view.measureId))
        continue;
      leaves.set(view.measureId, view);
    }
    const latest = await Promise.all([...leaves.values()].map((view) => getLatestReportOfAssignment(scope, view)));
    const held = views.some((view) => view.forMemberId !== null) ? '（含所在组承担的措施）' : '';
    return {
      percent: round(mean(latest.map((r) => r?.percentComplete ?? 0))),
      reported: latest.filter(Boolean).length,
      total: leaves.size,
      rule: `部门进度 = 本部门所承担 ${leaves.size} 项措施${held}上最新报告进度的平均值 (未填报按 0% 计)`,
    };
  });
}

/** What the ledger shows of a standing report. */
export type StandingReportRow = Awaited<ReturnType<typeof listStandingReportsOfPlan>>[number];

/**
 * Every standing report of a plan, by measure: for each department and period the newest one not withdrawn, oldest
 * period first. The ledger's rows (台账); the latest of them per department is what `getLatestReportsOfMeasure` gives.
 */
export async function getStandingReportsOfPlan(
  scope: RequestScope,
  planId: number,
): Promise<Map<number, StandingReportRow[]>> {
  const byMeasure = new Map<number, StandingReportRow[]>();
  for (const row of await listStandingReportsOfPlan(scope.db, planId)) {
    const list = byMeasure.get(row.measureId);
    if (list) list.push(row);
    else byMeasure.set(row.measureId, [row]);
  }
  return byMeasure;
}
