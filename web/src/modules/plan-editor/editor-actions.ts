import type { IndicatorDirection, MeasureKind, TargetKind } from '../../gql/graphql';
import type { FieldError } from '../../lib/server-errors';
import type { EditorDepartment, EditorIndicator, EditorMeasure, EditorPlan } from './editor-plan';

/** What an edit gives back to its form: done, or the server's refusals in the form's terms. */
export type WriteResult = { ok: true } | { ok: false; errors: FieldError[]; problems: unknown };

export interface GoalValues {
  code: string;
  title: string;
  description?: string | null;
}

export interface NewMeasureValues {
  code: string;
  title: string;
  kind: MeasureKind;
  parentCode: string | null;
  goalCode?: string | null;
}

export interface MeasureValues {
  code: string;
  kind: MeasureKind;
  title: string;
  description?: string | null;
  /** A top-level node's goal (absent for a child measure). */
  goalCode?: string | null;
}

export interface UnitValues {
  leadCode: string | null;
  participantCodes: string[];
}

export interface IndicatorValues {
  code: string;
  name: string;
  goalCode: string;
  measureCode: string | null;
  departmentCode: string;
  unit: string | null;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetDate: string;
  direction: IndicatorDirection;
  targetKind: TargetKind;
  targetText: string;
}

/**
 * What the editor's tree and forms do with an edit. The draft editor sends each at once (one mutation each); the
 * revision page (方案调整) stages it into 本次调整 and shows the plan as the staged changes leave it.
 */
export interface EditorActions {
  /** 'draft': sent at once; 'revise': staged. */
  mode: 'draft' | 'revise';
  /** The word a form says once an edit is taken: 已保存, or 已加入本次调整. */
  done: string;
  saveGoal(goal: { code: string } | null, values: GoalValues): Promise<WriteResult>;
  removeGoal(code: string): Promise<WriteResult>;
  addMeasure(values: NewMeasureValues): Promise<WriteResult>;
  /** Its own fields, then its units when they changed (`units` null when they did not). */
  updateMeasure(measure: EditorMeasure, values: MeasureValues, units: UnitValues | null): Promise<WriteResult>;
  moveMeasure(code: string, to: { parentCode: string | null; position: number }): Promise<WriteResult>;
  removeMeasure(code: string): Promise<WriteResult>;
  /** 撤销: a measure of a plan in force stops, with the reason (revision only). */
  withdrawMeasure?: (code: string, reason: string) => Promise<WriteResult>;
  saveIndicator(indicator: EditorIndicator | null, values: IndicatorValues): Promise<WriteResult>;
  removeIndicator(code: string): Promise<WriteResult>;
}

/** The editor as its tree and forms see it: the plan shown, the register, and what an edit does. */
export interface EditorModel {
  plan: EditorPlan | null;
  departments: readonly EditorDepartment[];
  actions: EditorActions;
  /** Refusals the server gave for an item (by tree key): shown beside it. */
  itemErrors?: ReadonlyMap<string, string[]>;
  /** Codes of measures withdrawn (撤销): shown struck through, not edited. */
  withdrawn?: ReadonlySet<string>;
}
