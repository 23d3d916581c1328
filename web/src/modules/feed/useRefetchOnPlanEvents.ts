import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { RECENT_EVENTS } from './recent-events';

/** The plan's newest events as the cache holds them: the live stream (PlanLayout) puts each new one on top. */
const NewestEventsQuery = graphql(`
  query PlanNewestEvents($plan: String!, $first: Int!) {
    recentEvents(planCode: $plan, first: $first) { events { cursor type } }
  }
`);

/**
 * Calls `refetch` when an event of one of `types` arrives for the plan. It reads the recent-events list the live
 * subscription already keeps in the cache, so a computed view refreshes without a subscription of its own.
 */
export function useRefetchOnPlanEvents(planCode: string, types: ReadonlySet<EventType>, refetch: () => void): void {
  const [{ data }] = useQuery({
    query: NewestEventsQuery,
    variables: { plan: planCode, first: RECENT_EVENTS },
    requestPolicy: 'cache-first',
  });
  const seen = useRef<string | null | undefined>(undefined);
  const events = data?.recentEvents.events;
  useEffect(() => {
    if (!events) return;
    const newest = events[0]?.cursor ?? null;
    if (seen.current === undefined) {
      seen.current = newest;
      return;
    }
    if (newest === seen.current) return;
    const index = events.findIndex((e) => e.cursor === seen.current);
    const arrived = index === -1 ? events : events.slice(0, index);
    seen.current = newest;
    if (arrived.some((e) => types.has(e.type))) refetch();
  }, [events, types, refetch]);
}
