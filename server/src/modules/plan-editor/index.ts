import { PlanEditorResolver } from './plan-editor.resolver';

export type { PublishProblem } from './plan-editor.rules';

export const planEditorResolvers = [PlanEditorResolver] as const;
