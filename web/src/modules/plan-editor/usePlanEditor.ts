import { App } from 'antd';
import { useCallback, useMemo } from 'react';
import { type AnyVariables, type TypedDocumentNode, useClient, useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { fieldErrors } from '../../lib/server-errors';
import { useRefetchOnPlanEvents } from '../feed';
import type { EditorActions, WriteResult } from './editor-actions';
import {
  MoveDraftMeasure,
  RemoveDraftGoal,
  RemoveDraftIndicator,
  RemoveDraftMeasure,
  SaveDraftGoal,
  SaveDraftIndicator,
  SaveDraftMeasure,
  SetDraftAssignments,
} from './editor-mutations';

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
      importedFrom
      importFlags { code reason }
      today
      viewerCan { edit revise }
      goals { id code title description source importFlags { code reason } }
      measures {
        id
        code
        kind
        title
        description
        parent { id code }
        goal { id code }
        assignments { role inherited department { code name } }
        source
        importFlags { code reason }
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
        source
        importFlags { code reason }
      }
    }
    departments { code name kind }
  }
`);

export type { EditorDepartment, EditorGoal, EditorIndicator, EditorMeasure, EditorPlan } from './editor-plan';

/** Edits by anyone (another office clerk in another window) refresh an open editor. */
const DRAFT_CHANGES: ReadonlySet<EventType> = new Set<EventType>(['PLAN_DRAFT_EDITED', 'REPORTING_CYCLE_SET']);

export type { WriteResult } from './editor-actions';

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
  const pc = data?.plan?.code ?? planCode;
  const actions = useMemo<EditorActions>(
    () => ({
      mode: 'draft',
      done: '已保存',
      saveGoal: (goal, v) =>
        write(
          SaveDraftGoal,
          { i: { planCode: pc, goalCode: goal?.code ?? null, ...v, description: v.description ?? null } },
          goal ? '已保存' : '已新增目标',
        ),
      removeGoal: (code) => write(RemoveDraftGoal, { plan: pc, goal: code }, '已删除'),
      addMeasure: (v) =>
        write(
          SaveDraftMeasure,
          {
            i: {
              planCode: pc,
              code: v.code,
              title: v.title,
              kind: v.kind,
              parentCode: v.parentCode,
              ...(v.goalCode && { goalCode: v.goalCode }),
            },
          },
          '已新增',
        ),
      updateMeasure: async (measure, v, units) => {
        const saved = await write(SaveDraftMeasure, {
          i: {
            planCode: pc,
            measureCode: measure.code,
            code: v.code,
            kind: v.kind,
            title: v.title,
            description: v.description ?? null,
            ...(v.goalCode !== undefined && { goalCode: v.goalCode }),
          },
        });
        if (!saved.ok || !units) return saved;
        return write(SetDraftAssignments, { i: { planCode: pc, measureCode: v.code, ...units } });
      },
      moveMeasure: (code, to) => write(MoveDraftMeasure, { i: { planCode: pc, measureCode: code, ...to } }),
      removeMeasure: (code) => write(RemoveDraftMeasure, { plan: pc, measure: code }, '已删除'),
      saveIndicator: (indicator, v) =>
        write(SaveDraftIndicator, { i: { planCode: pc, indicatorCode: indicator?.code ?? null, ...v } }, '已保存指标'),
      removeIndicator: (code) => write(RemoveDraftIndicator, { plan: pc, indicator: code }, '已删除指标'),
    }),
    [write, pc],
  );
  return { plan: data?.plan ?? null, departments: data?.departments ?? [], error, fetching, write, refresh, actions };
}

export type PlanEditorModel = ReturnType<typeof usePlanEditor>;
