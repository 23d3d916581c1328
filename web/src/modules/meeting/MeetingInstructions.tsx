import { Alert, Card, Skeleton } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { useRefetchOnPlanEvents } from '../feed';
import type { MeetingDays } from './MeetingToolbar';

const MeetingInstructionsQuery = graphql(`
  query MeetingInstructions($plan: String!, $asOf: String, $since: String) {
    plan(code: $plan) {
      id
      meetingInstructions(asOf: $asOf, since: $since) {
        asOf
        since
        instructions {
          id
          issuedOn
          text
          issuedBy { username displayName }
          measure { id code title }
          addressees { code name }
        }
      }
    }
  }
`);

/** A new instruction, or a revision of the measures it names. */
const INSTRUCTION_EVENTS: ReadonlySet<EventType> = new Set<EventType>(['INSTRUCTION_ISSUED', 'PLAN_REVISED']);

/**
 * 上次调度会以来的领导批示: the instructions since the last meeting, oldest first, in the meeting brief's words
 * (`Plan.meetingInstructions`, the rule and dates of the brief's section 五), for the chosen meeting days.
 */
export function MeetingInstructions({ planCode, days }: { planCode: string; days: MeetingDays }) {
  const [{ data, error }, reexecute] = useQuery({
    query: MeetingInstructionsQuery,
    variables: { plan: planCode, asOf: days.asOf, since: days.since },
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOnPlanEvents(planCode, INSTRUCTION_EVENTS, refresh);
  const section = data?.plan?.meetingInstructions;
  const refused = error?.graphQLErrors[0]?.extensions?.reason;
  return (
    <Card
      size="small"
      className="problems meeting-instructions"
      title={
        section
          ? `上次调度会以来的领导批示（${section.since} 以来，${section.instructions.length} 条）`
          : '上次调度会以来的领导批示'
      }
    >
      {error && <Alert type="error" showIcon message={typeof refused === 'string' ? refused : error.message} />}
      {!section && !error && <Skeleton active />}
      {!error && section?.instructions.length === 0 && <p className="empty">上次调度会以来没有领导批示。</p>}
      <ul>
        {!error &&
          section?.instructions.map((i) => (
            <li key={i.id} data-instruction={i.id}>
              {i.issuedOn}，<b>{i.issuedBy?.displayName ?? ''}</b>对{' '}
              <Link to={`/plans/${planCode}/measures/${encodeURIComponent(i.measure.code)}`}>{i.measure.code}</Link>{' '}
              {i.measure.title}批示（致{i.addressees.map((d) => d.name).join('、')}）：{i.text}
            </li>
          ))}
      </ul>
    </Card>
  );
}
