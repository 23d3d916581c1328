// The plan editor's surface for other modules: the header's links. Its pages are routed by app/ directly.
export { PlanEditorLinks } from './PlanEditorLinks';
