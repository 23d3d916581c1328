import { PlanEventResolver } from './feed.resolver';

export { PlanEvent } from './feed.type';

export const feedResolvers = [PlanEventResolver] as const;
