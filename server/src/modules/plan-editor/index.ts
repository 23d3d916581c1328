import { PlanEditorResolver } from './plan-editor.resolver';

export { authorizePlanOffice, type DraftContext, type DraftEdit, refuse } from './draft';
export { applyIndicator } from './draft-indicator.service';
export {
  applyGoal,
  applyMeasure,
  applyMove,
  applyRemoveMeasure,
  assignmentsOf,
  measureNamed,
} from './draft-tree.service';
export { type DraftContent, lockPlan, readContent } from './plan-editor.repository';
export { type PublishProblem, subtree } from './plan-editor.rules';
export { problemsOf } from './plan-editor.service';

export const planEditorResolvers = [PlanEditorResolver] as const;
