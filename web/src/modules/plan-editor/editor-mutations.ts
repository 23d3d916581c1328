import { graphql } from '../../gql';

// The editor's writes: each is one edit on the server (one transaction, one event).

export const CreatePlan = graphql(`
  mutation CreatePlan($i: CreatePlanInput!) { createPlan(input: $i) { id code } }
`);

export const UpdateDraftPlan = graphql(`
  mutation UpdateDraftPlan($i: UpdateDraftPlanInput!) { updateDraftPlan(input: $i) { id title } }
`);

export const SetDraftCycle = graphql(`
  mutation SetDraftCycle($i: SetReportingCycleInput!) { setReportingCycle(input: $i) { cycle dueWorkingDay } }
`);

export const SaveDraftGoal = graphql(`
  mutation SaveDraftGoal($i: DraftGoalInput!) { saveDraftGoal(input: $i) { id code title description } }
`);

export const RemoveDraftGoal = graphql(`
  mutation RemoveDraftGoal($plan: String!, $goal: String!) { removeDraftGoal(planCode: $plan, goalCode: $goal) }
`);

export const SaveDraftMeasure = graphql(`
  mutation SaveDraftMeasure($i: DraftMeasureInput!) { saveDraftMeasure(input: $i) { id code kind title description } }
`);

export const MoveDraftMeasure = graphql(`
  mutation MoveDraftMeasure($i: MoveDraftMeasureInput!) { moveDraftMeasure(input: $i) { id code } }
`);

export const RemoveDraftMeasure = graphql(`
  mutation RemoveDraftMeasure($plan: String!, $measure: String!) {
    removeDraftMeasure(planCode: $plan, measureCode: $measure)
  }
`);

export const SetDraftAssignments = graphql(`
  mutation SetDraftAssignments($i: SetDraftAssignmentsInput!) { setDraftAssignments(input: $i) { id code } }
`);

export const SaveDraftIndicator = graphql(`
  mutation SaveDraftIndicator($i: DraftIndicatorInput!) { saveDraftIndicator(input: $i) { id code } }
`);

export const RemoveDraftIndicator = graphql(`
  mutation RemoveDraftIndicator($plan: String!, $indicator: String!) {
    removeDraftIndicator(planCode: $plan, indicatorCode: $indicator)
  }
`);

export const PublishPlan = graphql(`
  mutation PublishPlan($plan: String!) { publishPlan(planCode: $plan) { id code lifecycle } }
`);

// 方案调整: the staged changes sent together, as a dry run (预览) or for real.
export const PublishRevision = graphql(`
  mutation PublishRevision($i: PlanRevisionInput!) {
    publishRevision(input: $i) {
      plan { id }
      revision { id number }
      changes { kind itemCode itemTitle summary fields { label before after } }
    }
  }
`);

export const ConfirmImportedItem = graphql(`
  mutation ConfirmImportedItem($plan: String!, $kind: DraftItemKind!, $code: String!) {
    confirmImportedItem(planCode: $plan, kind: $kind, code: $code)
  }
`);
