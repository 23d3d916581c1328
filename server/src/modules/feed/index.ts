import { PlanEventResolver, ReportSnapshotResolver } from './feed.resolver';

export { revive } from './feed.rules';
export { PlanEvent } from './feed.type';

export const feedResolvers = [PlanEventResolver, ReportSnapshotResolver] as const;
