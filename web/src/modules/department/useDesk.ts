import { useCallback } from 'react';
import { useClient, useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { getFragmentData, graphql } from '../../gql';
import type { DeskQuery as DeskData, EventType } from '../../gql/graphql';
import type { WarningLevelName } from '../../ui/warning';
import { useRefetchOnPlanEvents } from '../feed';
import { LatestReport_ProgressReport, ReportTimeline_ProgressReport } from '../progress';

const DeskQuery = graphql(`
  query Desk($plan: String!, $department: String!) {
    plan(code: $plan) { id code filingPeriod }
    department(code: $department) {
      code
      name
      progress(planCode: $plan) { percent reported total rule }
      assignments(planCode: $plan, inherited: true) {
        key
        role
        owesReports
        heldThrough { code name }
        measure {
          id
          code
          title
          kind
          withdrawn { on reason }
          parent { id code title }
          leadDepartments { code name }
          latestReport { ...LatestReport_ProgressReport }
          warning { level reason }
          reports(first: 20) { ...ReportTimeline_ProgressReport }
        }
        latestReport { ...LatestReport_ProgressReport }
        warning { level reason dueOn }
        reporting { filingPeriods }
      }
      endedDuties(planCode: $plan) { role since until measure { id code title withdrawn { on reason } } }
      indicators(planCode: $plan) { id code name unit targetKind target latest { id value asOf } }
      urgeNotices(planCode: $plan) { id state ...NoticeList_UrgeNotice }
      instructions(planCode: $plan) { id readAt ...InstructionList_Instruction }
    }
  }
`);

export type DeskDepartment = NonNullable<DeskData['department']>;
type Assignment = NonNullable<DeskDepartment['assignments']>[number];

export type Urgency = 'overdue' | 'due' | 'attention' | 'done';
const URGENCY_ORDER: Urgency[] = ['overdue', 'due', 'attention', 'done'];
/** The desk's order is the server's 三色预警: red (overdue) first, then blue (due soon), then yellow (behind). */
const URGENCY_OF: Record<WarningLevelName, Urgency> = {
  RED: 'overdue',
  BLUE: 'due',
  YELLOW: 'attention',
  GREEN: 'done',
  GREY: 'done',
};

const byCode = (a: { measure: { code: string } }, b: { measure: { code: string } }) =>
  a.measure.code.localeCompare(b.measure.code, 'zh-CN', { numeric: true });

/** One measure the department holds (directly or through its group), with its urgency. */
function deskItem(assignment: Assignment) {
  const latest = getFragmentData(LatestReport_ProgressReport, assignment.latestReport);
  const key = `${assignment.measure.id}:${assignment.heldThrough?.code ?? ''}`;
  const urgency = URGENCY_OF[assignment.warning.level];
  return { key, assignment, latest, item: { urgency, reason: assignment.warning.reason } };
}
export type DeskItem = ReturnType<typeof deskItem>;

/** 退回修改: the department's standing reports the office sent back, which it may edit and resubmit. */
function returnedReports(all: DeskItem[]) {
  return all.flatMap(({ assignment }) =>
    assignment.measure.reports
      .map((r) => getFragmentData(ReportTimeline_ProgressReport, r))
      .filter((r) => r.reviewState === 'RETURNED' && r.viewerCan.edit)
      .map((report) => ({ measure: assignment.measure, report })),
  );
}
export type ReturnedReport = ReturnType<typeof returnedReports>[number];

/** What the desk shows, derived once from the desk's query. */
function deskView(plan: NonNullable<DeskData['plan']>, department: DeskDepartment) {
  const assignments = department.assignments ?? [];
  // The server's clock and the plan's cycle decide the period (tests and demos may run at another date).
  const period = plan.filingPeriod;
  const all = assignments
    .filter((a) => a.measure.kind !== 'PROJECT')
    .map(deskItem)
    .sort(
      (a, b) =>
        URGENCY_ORDER.indexOf(a.item.urgency) - URGENCY_ORDER.indexOf(b.item.urgency) ||
        byCode(a.assignment, b.assignment),
    );
  const instructions = department.instructions ?? [];
  return {
    period,
    all,
    // What the server says this department owes, and what it only takes part in.
    // A withdrawn measure (撤销) owes nothing: it is listed apart, with the duties a revision ended (原牵头).
    items: all.filter((i) => i.assignment.owesReports && !i.assignment.measure.withdrawn),
    partaking: all
      .filter((i) => !i.assignment.owesReports && !i.assignment.measure.withdrawn)
      .sort((a, b) => byCode(a.assignment, b.assignment)),
    withdrawn: all.filter((i) => i.assignment.measure.withdrawn).sort((a, b) => byCode(a.assignment, b.assignment)),
    ended: department.endedDuties ?? [],
    openNotices: (department.urgeNotices ?? []).filter((n) => n.state !== 'CLOSED'),
    instructions,
    unread: instructions.filter((i) => !i.readAt).length,
    // What a link into the desk may point at (desk-focus.ts).
    contents: {
      notices: (department.urgeNotices ?? []).filter((n) => n.state !== 'CLOSED').map((n) => n.id),
      instructions: instructions.map((i) => i.id),
      measures: all.map((i) => i.assignment.measure.code),
    },
    returned: returnedReports(all),
    groups: [...new Set(all.flatMap((i) => (i.assignment.heldThrough ? [i.assignment.heldThrough.name] : [])))],
  };
}
export type DeskView = ReturnType<typeof deskView>;

/**
 * Events after which the desk reads its assignments again: a plan published or revised (方案调整: measures added,
 * withdrawn, lead units changed) names no one department on its event, so the live stream cannot say which desks
 * gain or lose work.
 */
const ASSIGNMENTS_CHANGED: ReadonlySet<EventType> = new Set<EventType>(['PLAN_PUBLISHED', 'PLAN_REVISED']);

/**
 * The desk's query for the department, and what it shows; null while loading. `reload` reads it again from the
 * server and settles when the answer is in (a link to something the desk does not show yet, e.g. a notice issued a
 * moment ago).
 */
export function useDesk(planCode: string, department: string) {
  const client = useClient();
  const [{ data, error }, reexecute] = useQuery({
    query: DeskQuery,
    variables: { plan: planCode, department },
    pause: !department,
  });
  useRetryOnReconnect(error, reexecute);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOnPlanEvents(planCode, ASSIGNMENTS_CHANGED, refresh);
  const reload = useCallback(
    () => client.query(DeskQuery, { plan: planCode, department }, { requestPolicy: 'network-only' }).toPromise(),
    [client, planCode, department],
  );
  const view = data?.plan && data.department ? deskView(data.plan, data.department) : null;
  return { error: error && !data ? error : null, department: data?.department ?? null, view, reload };
}
