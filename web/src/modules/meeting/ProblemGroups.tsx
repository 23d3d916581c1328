import { Card, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { formatPeriod } from '../../lib/format';
import { useRefetchOnPlanEvents } from '../feed';
import type { MeetingFilters } from './useMeetingModel';

const ProblemGroupsQuery = graphql(`
  query MeetingProblemGroups($plan: String!, $project: String, $goal: String, $department: String) {
    plan(code: $plan) {
      id
      problemGroups(project: $project, goal: $goal, department: $department) {
        to { code name }
        problems { text period measure { id code } raisedBy { code name } }
      }
    }
  }
`);

/** What changes the problems: a report filed, edited or withdrawn, or a revision of the measures. */
const PROBLEM_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'PROGRESS_REPORTED',
  'PROGRESS_REPORT_EDITED',
  'PROGRESS_REPORT_WITHDRAWN',
  'PLAN_REVISED',
]);

/**
 * 需协调事项: the problems in the latest reports, under the department each asks to help. Grouped on the server
 * (`Plan.problemGroups`, the rule the meeting brief uses too), for the page's filters.
 */
export function ProblemGroups({ planCode, filters }: { planCode: string; filters: MeetingFilters }) {
  const [{ data }, reexecute] = useQuery({
    query: ProblemGroupsQuery,
    variables: { plan: planCode, ...filters },
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOnPlanEvents(planCode, PROBLEM_EVENTS, refresh);
  const groups = data?.plan?.problemGroups;
  return (
    <Card size="small" title="需协调事项（按被请求协助的部门）" className="problems">
      {!groups && <Skeleton active />}
      {groups?.length === 0 && <p className="empty">最新报告中没有需协调的问题。</p>}
      {groups?.map((group) => (
        <section key={group.to?.code ?? 'none'} className="problem-group">
          <h3>
            {group.to ? `请 ${group.to.name} 协助` : '未指明协助部门'}（{group.problems.length}）
          </h3>
          <ul>
            {group.problems.map((p) => (
              <li key={`${p.measure.code}|${p.raisedBy.code}`}>
                <b>{p.raisedBy.name}</b>（{p.measure.code}，{formatPeriod(p.period)}）：{p.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Card>
  );
}
