import { useSubscription } from 'urql';
import { graphql } from '../../gql';

/**
 * Everything a live event can change on any screen, fetched once per event per shape on the server: the
 * normalised cache then updates every view that shows these nodes, with no refetch. The field arguments here
 * must match the views' (reports(first: 20), observations(first: 50), assignments(planCode, inherited: true)).
 */
export const PlanLiveSubscription = graphql(`
  subscription PlanLive($plan: String!, $after: String) {
    planEvents(planCode: $plan, after: $after) {
      cursor
      ...FeedItem_PlanEvent
      plan {
        id
        today
        progress { percent reported total rule }
        warning { level reason }
        warningCounts { red yellow blue green grey total }
        urgeNotices { id state ...NoticeList_UrgeNotice }
        goals { id progress { percent reported total rule } warning { level reason } }
      }
      measure {
        id
        progress { percent reported total rule }
        latestReport { ...LatestReport_ProgressReport }
        warning { level reason }
        reports(first: 20) { ...ReportTimeline_ProgressReport }
        instructions { id ...InstructionList_Instruction }
        parent { id progress { percent reported total rule } }
      }
      department {
        code
        progress(planCode: $plan) { percent reported total rule }
        warning(planCode: $plan) { level reason }
        verdict(planCode: $plan) { level label basis reason details }
        standing(planCode: $plan) { leads participates measures owing reportedThisPeriod overdue atRisk delayed }
        urgeNotices(planCode: $plan) { id state ...NoticeList_UrgeNotice }
        instructions(planCode: $plan) { id readAt ...InstructionList_Instruction }
      }
      # The duties it moved (the measure's lineage, or a department's own), keyed: every list showing them follows.
      # Their latest report by id: a new one is the measure's latestReport above; one not in the cache is read.
      assignments {
        key
        role
        owesReports
        measure { id kind }
        department { code }
        heldThrough { code name }
        latestReport { id }
        warning { level reason dueOn }
        reporting { filingPeriods }
      }
      instruction {
        id
        ...InstructionList_Instruction
        report { id instructions { id ...InstructionList_Instruction } }
        # A measure-wide instruction names no department on its event: reach every addressed department's list.
        addressees { code instructions(planCode: $plan) { id readAt ...InstructionList_Instruction } }
      }
      indicator {
        id
        latest { id value asOf }
        observations(first: 50) { id value asOf note }
      }
    }
  }
`);

/**
 * Keeps the plan live while a plan screen is open: one subscription, resumed from `after` (the newest event the
 * page has shown) so nothing between the page's load and the live stream is lost.
 */
export function usePlanLive(planCode: string, after: string | null | undefined, pause = false): void {
  useSubscription({ query: PlanLiveSubscription, variables: { plan: planCode, after: after ?? null }, pause });
}
