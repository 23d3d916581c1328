import { useEffect, useRef, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { FeedItem } from './FeedItem';

export const ActivityFeed_PlanEventPage = graphql(`
  fragment ActivityFeed_PlanEventPage on PlanEventPage {
    events { cursor ...FeedItem_PlanEvent }
  }
`);

/** The live feed, newest on top; an item that arrives while the page is open is highlighted for a moment. */
export function ActivityFeed(props: {
  page: FragmentType<typeof ActivityFeed_PlanEventPage>;
  planCode: string;
  limit?: number;
}) {
  const page = getFragmentData(ActivityFeed_PlanEventPage, props.page);
  const seen = useRef<Set<string> | null>(null);
  if (seen.current === null) seen.current = new Set(page.events.map((e) => e.cursor));
  // Re-render once a minute so that "5 分钟前" stays true on a wall screen nobody touches.
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const events = page.events.slice(0, props.limit ?? 20);
  if (events.length === 0) return <p className="empty">尚无动态。各部门报送进展后，将在此实时显示。</p>;
  return (
    <ol className="feed" aria-live="polite">
      {events.map((event) => (
        <FeedItem
          key={event.cursor}
          event={event}
          planCode={props.planCode}
          fresh={!seen.current?.has(event.cursor)}
          now={now}
        />
      ))}
    </ol>
  );
}
