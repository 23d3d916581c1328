import type { AssignmentRole } from '../modules/assignment/assignment.enum';
import type { DepartmentKind } from '../modules/department/department.enum';
import type { IndicatorDirection, TargetKind } from '../modules/indicator/indicator.enum';
import type { MeasureKind } from '../modules/measure/measure.enum';
import type { ReportingCycle } from '../modules/period';

/**
 * The shape of a plan as the importer takes it: a reviewed, structured transcription of one official document.
 * Codes are stable public identifiers; texts are the document's own words. A plan file (plan-file.ts,
 * docs/PLAN-FORMAT.md) is this shape plus its format version and department register.
 */
export type IsoDate = `${number}-${number}-${number}`;

// Plan files write enum values as plain strings; these types accept exactly the enums' values.
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
  /** 报送周期 of this node (its measures inherit it); absent: the plan's. */
  reportingCycle?: `${ReportingCycle}`;
  children?: MeasureSeed[];
}

export interface GoalSeed {
  code: string;
  title: string;
  description: string | null;
}

/** 报送周期 of a whole plan: its cadence and the working day of the next month reports are due on. */
export interface ReportingCycleSeed {
  cycle: `${ReportingCycle}`;
  dueWorkingDay: number;
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
  docNumber: string | null;
  issuedOn: IsoDate | null;
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** The preamble, verbatim. */
  summary: string | null;
  /** The leading group that supervises the plan. */
  leadingGroupCode?: string;
  /** 报送周期; absent: monthly, due on the 5th working day of the next month. */
  reportingCycle?: ReportingCycleSeed;
  goals: GoalSeed[];
  measures: MeasureSeed[];
  indicators: IndicatorSeed[];
}
