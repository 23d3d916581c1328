import { Alert, Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ActivityFeed } from './ActivityFeed';
import { RECENT_EVENTS } from './recent-events';

const FeedQuery = graphql(`
  query Feed($plan: String!, $first: Int!) {
    recentEvents(planCode: $plan, first: $first) { endCursor hasMore ...ActivityFeed_PlanEventPage }
  }
`);

const OlderQuery = graphql(`
  query OlderEvents($plan: String!, $before: String, $first: Int!) {
    recentEvents(planCode: $plan, before: $before, first: $first) { endCursor hasMore ...ActivityFeed_PlanEventPage }
  }
`);

function OlderPage(props: {
  planCode: string;
  before: string;
  onMore: (cursor: string | null) => void;
  last: boolean;
}) {
  const [{ data }] = useQuery({
    query: OlderQuery,
    variables: { plan: props.planCode, before: props.before, first: 50 },
  });
  if (!data) return <Skeleton active />;
  return (
    <>
      <ActivityFeed page={data.recentEvents} planCode={props.planCode} limit={50} />
      {props.last && data.recentEvents.hasMore && (
        <Button block onClick={() => props.onMore(data.recentEvents.endCursor ?? null)}>
          加载更早的动态
        </Button>
      )}
    </>
  );
}

/** 工作动态: the plan's whole history, newest first and live on top, paged back on demand. */
export function FeedPage() {
  const { planCode = '' } = useParams();
  const [{ data, error }] = useQuery({ query: FeedQuery, variables: { plan: planCode, first: RECENT_EVENTS } });
  const [older, setOlder] = useState<string[]>([]);
  if (error && !data) return <Alert type="error" showIcon message="动态加载失败" description={error.message} />;
  if (!data) return <Skeleton active />;
  return (
    <Card title="工作动态" size="small" className="feed-page">
      <ActivityFeed page={data.recentEvents} planCode={planCode} limit={1000} />
      {older.length === 0 && data.recentEvents.hasMore && (
        <Button block onClick={() => data.recentEvents.endCursor && setOlder([data.recentEvents.endCursor])}>
          加载更早的动态
        </Button>
      )}
      {older.map((before, i) => (
        <OlderPage
          key={before}
          planCode={planCode}
          before={before}
          last={i === older.length - 1}
          onMore={(cursor) => cursor && setOlder((list) => [...list, cursor])}
        />
      ))}
    </Card>
  );
}
