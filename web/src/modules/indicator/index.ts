// The indicator module's surface for other modules. IndicatorPage is routed by app/ directly.
export { IndicatorChart } from './IndicatorChart';
export { IndicatorValueForm } from './IndicatorValueForm';
export { TargetRevisedNote } from './TargetRevisedNote';
