import { PlanEditorResolver } from './plan-editor.resolver';
import { PlanSuccessorResolver } from './successor.resolver';

export { authorizePlanOffice, type DraftContext, type DraftEdit, refuse } from './draft';
export { confirmImportedItem } from './draft-confirm.service';
export { applyIndicator } from './draft-indicator.service';
export {
  applyGoal,
  applyMeasure,
  applyMove,
  applyRemoveMeasure,
  assignmentsOf,
  measureNamed,
} from './draft-tree.service';
export { DraftItemKind } from './plan-editor.input';
export { type DraftContent, insertDraftPlan, lockPlan, readContent } from './plan-editor.repository';
export { importFlagProblems, type PublishProblem, subtree } from './plan-editor.rules';
export { checkDates, checkPlanCode, header, problemsOf, publishPlan } from './plan-editor.service';
export { insertAssignments, insertGoals, insertIndicators, insertMeasures } from './successor.repository';

export const planEditorResolvers = [PlanEditorResolver, PlanSuccessorResolver] as const;
