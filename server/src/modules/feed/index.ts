import { PlanEventResolver } from './feed.resolver';

export { revive } from './feed.rules';
export { PlanEvent } from './feed.type';

export const feedResolvers = [PlanEventResolver] as const;
