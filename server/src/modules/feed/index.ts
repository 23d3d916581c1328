import { PlanEventResolver } from './feed.resolver';

export const feedResolvers = [PlanEventResolver] as const;
