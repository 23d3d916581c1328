import { PlanEditorResolver } from './plan-editor.resolver';
import { PlanSuccessorResolver } from './successor.resolver';

export type { PublishProblem } from './plan-editor.rules';

export const planEditorResolvers = [PlanEditorResolver, PlanSuccessorResolver] as const;
