import { GoalMeasuresResolver, MeasureResolver, PlanMeasuresResolver } from './measure.resolver';

export { MeasureKind } from './measure.enum';
export type { MeasureIndex } from './measure.loader';
export { getMeasureByCode, getMeasureById, getMeasureIndex, refuseWithdrawn } from './measure.service';
export type { MeasureRow } from './measure.table';
export { measures } from './measure.table';
export { Measure } from './measure.type';

export const measureResolvers = [MeasureResolver, PlanMeasuresResolver, GoalMeasuresResolver] as const;
