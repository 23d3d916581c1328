// The feed module's surface for other modules: the activity list and the plan's live stream. FeedPage is routed
// by app/ directly.
export { ActivityFeed, ActivityFeed_PlanEventPage } from './ActivityFeed';
export { RECENT_EVENTS } from './recent-events';
export { usePlanListLive } from './usePlanListLive';
export { usePlanLive } from './usePlanLive';
export { useRefetchOnPlanEvents } from './useRefetchOnPlanEvents';
