import type { AssignmentRole } from '../modules/assignment/assignment.enum';
import type { DepartmentKind } from '../modules/department/department.enum';
import type { IndicatorDirection, TargetKind } from '../modules/indicator/indicator.enum';
import type { MeasureKind } from '../modules/measure/measure.enum';

/**
 * The shape of a plan seed: a reviewed, structured transcription of one official document.
 * Codes are stable public identifiers; texts are the document's own words.
 */
export type IsoDate = `${number}-${number}-${number}`;

// The seed files write enum values as plain strings; these types accept exactly the enums' values.
export type DepartmentKindSeed = `${DepartmentKind}`;

export interface DepartmentSeed {
  code: string;
  name: string;
  kind: DepartmentKindSeed;
  /** For a GROUP: the codes of its member units. */
  memberCodes?: string[];
  /** For a LEADING_GROUP: the department that hosts its office. */
  officeCode?: string;
}

export interface AssignmentSeed {
  departmentCode: string;
  role: `${AssignmentRole}`;
}

export interface MeasureSeed {
  code: string;
  kind: `${MeasureKind}`;
  /** The heading, verbatim (without its ordinal such as "(一)" or "1."). */
  title: string;
  /** The body text, verbatim; null when the document gives only a heading. */
  description: string | null;
  /** The goal a project serves; children inherit it. */
  goalCode?: string;
  /** Departments the document names for this node; a project's measures inherit them. */
  assignments?: AssignmentSeed[];
  children?: MeasureSeed[];
}

export interface GoalSeed {
  code: string;
  title: string;
  description: string;
}

export interface IndicatorSeed {
  code: string;
  goalCode: string;
  measureCode?: string;
  departmentCode: string;
  name: string;
  unit: string | null;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetDate: IsoDate;
  direction: `${IndicatorDirection}`;
  targetKind: `${TargetKind}`;
  /** The document's own wording of the target, verbatim. */
  targetText: string;
}

export interface PlanSeed {
  code: string;
  title: string;
  issuer: string;
  docNumber: string;
  issuedOn: IsoDate;
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** The preamble, verbatim. */
  summary: string;
  /** The leading group that supervises the plan. */
  leadingGroupCode?: string;
  goals: GoalSeed[];
  measures: MeasureSeed[];
  indicators: IndicatorSeed[];
}
