import { Alert, Col, Row, Skeleton } from 'antd';
import { useCallback, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { STATUS_META, STATUS_ORDER, TONE_COLOR } from '../../ui/status';
import { useRefetchOnPlanEvents } from '../feed';
import { MeetingInstructions } from './MeetingInstructions';
import { MeetingMatrix } from './MeetingMatrix';
import { type MeetingDays, MeetingToolbar } from './MeetingToolbar';
import { OpenNotices } from './OpenNotices';
import { ProblemGroups } from './ProblemGroups';
import { type MeetingFilters, useMeetingModel } from './useMeetingModel';

const MeetingQuery = graphql(`
  query Meeting($plan: String!) {
    plan(code: $plan) {
      id
      title
      goals { id code title }
      measures {
        id
        code
        title
        kind
        withdrawn { on }
        parent { id code }
        goal { id code }
        warning { level reason }
        assignments { key role department { code name } latestReport { ...LatestReport_ProgressReport } }
      }
      departments { code name kind }
      urgeNotices {
        id
        state
        level
        issuedLevel
        escalations
        overdue
        dueOn
        text
        measure { id code }
        department { code name }
        pendingExtension { id requestedDueOn }
      }
    }
  }
`);

const NO_FILTERS: MeetingFilters = { project: null, goal: null, department: null };

const STRUCTURE_CHANGED: ReadonlySet<EventType> = new Set<EventType>(['PLAN_REVISED']);

/**
 * 调度会: measures × departments by latest status, the open notices, the problems that need another department's
 * help and the instructions since the last meeting: the meeting brief's sections, from the same services.
 */
export function MeetingPage() {
  const { planCode = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const mode = search.get('mode') === 'projector' ? 'projector' : 'screen';
  const [filters, setFilters] = useState(NO_FILTERS);
  // One pair of days for the page's instructions and the brief it downloads, so that both list the same.
  const [days, setDays] = useState<MeetingDays>({ asOf: null, since: null });
  const [{ data, error }, reexecute] = useQuery({ query: MeetingQuery, variables: { plan: planCode } });
  // A revision (方案调整) adds, withdraws or re-assigns measures: the matrix's rows and columns change.
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOnPlanEvents(planCode, STRUCTURE_CHANGED, refresh);
  const model = useMeetingModel(data?.plan, filters);

  if (error && !data) return <Alert type="error" showIcon message="调度会视图加载失败" description={error.message} />;
  if (!model) return <Skeleton active />;
  return (
    <div className={`meeting meeting-${mode}`}>
      <header className="page-header">
        <h1>调度会 · {model.plan.title}</h1>
        <MeetingToolbar
          plan={model.plan}
          planCode={planCode}
          filters={filters}
          onFilters={setFilters}
          mode={mode}
          onMode={(m) => setSearch(m === 'projector' ? { mode: 'projector' } : {})}
          days={days}
          onDays={setDays}
        />
      </header>
      <StatusLegend />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={mode === 'projector' ? 24 : 17}>
          <MeetingMatrix rows={model.rows} columns={model.columns} mode={mode} planCode={planCode} />
        </Col>
        <Col xs={24} xxl={mode === 'projector' ? 24 : 7}>
          <OpenNotices notices={model.plan.urgeNotices} planCode={planCode} />
          <ProblemGroups planCode={planCode} filters={filters} />
          <MeetingInstructions planCode={planCode} days={days} />
        </Col>
      </Row>
    </div>
  );
}

/** What the matrix's marks mean: the roles, then each status, then no report. */
function StatusLegend() {
  return (
    <ul className="legend" aria-label="图例">
      <li>★ 牵头</li>
      <li>● 参与</li>
      {STATUS_ORDER.map((status) => (
        <li key={status} style={{ color: TONE_COLOR[STATUS_META[status].tone] }}>
          {STATUS_META[status].mark} {STATUS_META[status].label}
        </li>
      ))}
      <li>– 未填报</li>
    </ul>
  );
}
