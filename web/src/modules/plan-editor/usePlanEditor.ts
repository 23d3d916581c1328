import { App } from 'antd';
import { useCallback } from 'react';
import { type AnyVariables, type TypedDocumentNode, useClient, useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import type { EventType, PlanEditorQuery } from '../../gql/graphql';
import { type FieldError, fieldErrors } from '../../lib/server-errors';
import { useRefetchOnPlanEvents } from '../feed';

export const PlanEditorDocument = graphql(`
  query PlanEditor($plan: String!) {
    plan(code: $plan) {
      id
      code
      title
      issuer
      docNumber
      issuedOn
      startsOn
      endsOn
      summary
      lifecycle
      reportingCycle
      dueWorkingDay
      leadingGroup { code name }
      predecessor { id code title }
      viewerCan { edit }
      goals { id code title description }
      measures {
        id
        code
        kind
        title
        description
        parent { id code }
        goal { id code }
        assignments { role inherited department { code name } }
      }
      indicators {
        id
        code
        name
        unit
        baseline
        baselineYear
        target
        targetDate
        direction
        targetKind
        targetText
        goal { id code }
        measure { id code }
        department { code name }
      }
    }
    departments { code name kind }
  }
`);

export type EditorPlan = NonNullable<PlanEditorQuery['plan']>;
export type EditorMeasure = EditorPlan['measures'][number];
export type EditorGoal = EditorPlan['goals'][number];
export type EditorIndicator = EditorPlan['indicators'][number];
export type EditorDepartment = PlanEditorQuery['departments'][number];

/** Edits by anyone (another office clerk in another window) refresh an open editor. */
const DRAFT_CHANGES: ReadonlySet<EventType> = new Set<EventType>(['PLAN_DRAFT_EDITED', 'REPORTING_CYCLE_SET']);

/** What a write gives back to its form: done, or the server's refusals in the form's terms. */
export type WriteResult = { ok: true } | { ok: false; errors: FieldError[]; problems: unknown };

/** The editor's data, kept live, and `write`: runs one edit, then reads the draft again. */
export function usePlanEditor(planCode: string) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PlanEditorDocument, variables: { plan: planCode } });
  useRetryOnReconnect(error, reexecute);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOnPlanEvents(planCode, DRAFT_CHANGES, refresh);
  const client = useClient();
  const { message } = App.useApp();
  const write = useCallback(
    async <D, V extends AnyVariables>(
      document: TypedDocumentNode<D, V>,
      variables: V,
      done?: string,
    ): Promise<WriteResult> => {
      const result = await client.mutation(document, variables).toPromise();
      if (result.error) {
        const problems = result.error.graphQLErrors[0]?.extensions?.problems ?? null;
        return { ok: false, errors: fieldErrors(result.error), problems };
      }
      if (done) void message.success(done);
      refresh();
      return { ok: true };
    },
    [client, refresh, message],
  );
  return { plan: data?.plan ?? null, departments: data?.departments ?? [], error, fetching, write, refresh };
}

export type PlanEditorModel = ReturnType<typeof usePlanEditor>;
