import { useMemo } from 'react';
import { getFragmentData } from '../../gql';
import type { LatestReport_ProgressReportFragment, MeetingQuery } from '../../gql/graphql';
import { LatestReport_ProgressReport } from '../progress';

export type MeetingPlan = NonNullable<MeetingQuery['plan']>;
type MeetingMeasure = MeetingPlan['measures'][number];

/** The filters the meeting narrows its matrix by: a project, a goal, a department (codes; null for all). */
export interface MeetingFilters {
  project: string | null;
  goal: string | null;
  department: string | null;
}

/** One department's part in a measure: its role and its latest report. */
export interface MatrixCell {
  role: MeetingMeasure['assignments'][number]['role'];
  latest: LatestReport_ProgressReportFragment | null | undefined;
}

export interface MatrixRow {
  measure: MeetingMeasure;
  /** By department code. */
  cells: Map<string, MatrixCell>;
}

/** The measures (not projects) that pass the filters, each with its departments' cells. */
function matrixRows(plan: MeetingPlan, { project, goal, department }: MeetingFilters): MatrixRow[] {
  const goalOf = (m: MeetingMeasure) => m.goal?.code ?? plan.measures.find((p) => p.id === m.parent?.id)?.goal?.code;
  return (
    plan.measures
      // A withdrawn measure (撤销) owes nothing and leaves the matrix.
      .filter((m) => m.kind !== 'PROJECT' && !m.withdrawn)
      .filter((m) => !project || m.parent?.code === project)
      .filter((m) => !goal || goalOf(m) === goal)
      .map((m) => ({
        measure: m,
        cells: new Map(
          m.assignments.map((a) => [
            a.department.code,
            { role: a.role, latest: getFragmentData(LatestReport_ProgressReport, a.latestReport) },
          ]),
        ),
      }))
      .filter((r) => !department || r.cells.has(department))
  );
}

/** 调度会's model: the filtered matrix rows and the departments with a part in them (the problems: ProblemGroups). */
export function useMeetingModel(plan: MeetingPlan | null | undefined, filters: MeetingFilters) {
  const { project, goal, department } = filters;
  return useMemo(() => {
    if (!plan) return null;
    const rows = matrixRows(plan, { project, goal, department });
    const used = new Set(rows.flatMap((r) => [...r.cells.keys()]));
    const columns = plan.departments.filter((d) => used.has(d.code) && (!department || d.code === department));
    return { rows, columns, plan };
  }, [plan, project, goal, department]);
}
