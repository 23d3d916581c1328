import type { PlanEditorQuery } from '../../gql/graphql';

/** The plan as the editor shows it: the draft as read, or a plan in force with the staged revision applied. */
export type EditorPlan = NonNullable<PlanEditorQuery['plan']>;
export type EditorMeasure = EditorPlan['measures'][number];
export type EditorGoal = EditorPlan['goals'][number];
export type EditorIndicator = EditorPlan['indicators'][number];
export type EditorDepartment = PlanEditorQuery['departments'][number];
