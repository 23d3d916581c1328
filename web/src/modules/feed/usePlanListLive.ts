import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../../gql';

const PlanListLiveSubscription = graphql(`
  subscription PlanListLive($after: String) {
    planListEvents(after: $after) { cursor type plan { id code lifecycle viewerCan { archive edit succeed } } }
  }
`);

/**
 * Calls `onChange` whenever a plan the viewer may see is published, imported, revised or archived (the server's
 * planListEvents, across every plan): the plan list and the switcher read the list again, so a department's clerk
 * sees a plan that now assigns it work without reloading.
 */
export function usePlanListLive(onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useSubscription({ query: PlanListLiveSubscription }, (_previous, event) => {
    latest.current();
    return event;
  });
}
