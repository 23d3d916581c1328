import { Layout, Menu } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLiveState } from '../../app/live-state';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { useSession } from '../auth';
import { RECENT_EVENTS, usePlanLive } from '../feed';
import { MessageBell } from '../message';
import { PlanEditorLinks } from '../plan-editor';
import { PlanSwitcher } from './PlanSwitcher';
import { UserMenu } from './UserMenu';

const LiveStartQuery = graphql(`
  query LiveStart($plan: String!, $first: Int!) {
    recentEvents(planCode: $plan, first: $first) { events { cursor } }
  }
`);

/**
 * Starts the plan's live stream after the newest event already shown: from then on, every event reaches the
 * cache exactly once, and on a reconnect the client resumes from the last one it received.
 */
export function usePlanLiveFromNow(planCode: string): void {
  const [{ data, error }, reexecute] = useQuery({
    query: LiveStartQuery,
    variables: { plan: planCode, first: RECENT_EVENTS },
  });
  useRetryOnReconnect(error, reexecute);
  const [after, setAfter] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (data && after === undefined) setAfter(data.recentEvents.events[0]?.cursor ?? null);
  }, [data, after]);
  usePlanLive(planCode, after, after === undefined);
}

/** The frame of every plan screen: navigation, who is signed in, the live state; the plan stays live inside. */
export function PlanLayout() {
  const { planCode = '' } = useParams();
  const session = useSession();
  const live = useLiveState();
  const location = useLocation();
  usePlanLiveFromNow(planCode);

  const base = `/plans/${planCode}`;
  const items = [
    { key: base, label: <Link to={base}>驾驶舱</Link> },
    { key: `${base}/meeting`, label: <Link to={`${base}/meeting`}>调度会</Link> },
    { key: `${base}/supervision`, label: <Link to={`${base}/supervision`}>督办</Link> },
    { key: `${base}/assessment`, label: <Link to={`${base}/assessment`}>考核</Link> },
    { key: `${base}/feed`, label: <Link to={`${base}/feed`}>工作动态</Link> },
    { key: `${base}/evaluation`, label: <Link to={`${base}/evaluation`}>终期评估</Link> },
    ...(session?.user.department ? [{ key: `${base}/desk`, label: <Link to={`${base}/desk`}>我的任务</Link> }] : []),
    { key: `${base}/screen`, label: <Link to={`${base}/screen`}>大屏</Link> },
  ];
  // The cockpit's tab covers its drill-downs (a goal, measure, unit or indicator), not the office's pages (编辑方案,
  // 版本历史, 方案调整, 接续方案), which have their own links in the header.
  const drillDown = /^\/(goals|measures|departments|indicators)\//;
  const selected = items
    .map((i) => i.key)
    .filter((key) => {
      if (location.pathname === key) return true;
      if (!location.pathname.startsWith(`${key}/`)) return false;
      return key !== base || drillDown.test(location.pathname.slice(base.length));
    })
    .sort((a, b) => b.length - a.length)[0];

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="brand" title="全部方案">
          <span className="brand-mark">督</span> 督办
        </Link>
        <PlanSwitcher planCode={planCode} />
        <Menu mode="horizontal" selectedKeys={selected ? [selected] : []} items={items} className="app-menu" />
        <PlanEditorLinks planCode={planCode} />
        <ConnectionBadge state={live} />
        <MessageBell />
        <UserMenu />
      </Layout.Header>
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
