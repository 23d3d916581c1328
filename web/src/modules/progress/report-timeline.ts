import { graphql } from '../../gql';

/**
 * ReportTimeline's fragment, apart from the component, so that a query can spread it (the desk's) without loading
 * the timeline's code before it is shown.
 */
export const ReportTimeline_ProgressReport = graphql(`
  fragment ReportTimeline_ProgressReport on ProgressReport {
    id
    period
    status
    percentComplete
    summary
    problems
    nextSteps
    evidence { title url kind }
    submittedAt
    backfillNote
    submittedBy { username displayName }
    department { code name }
    version
    withdrawn
    reviewState
    reviewedAt
    reviewNote
    reviews { id reportVersion decision note reviewedAt reviewedBy { username displayName } }
    instructions { id subject text issuedAt readAt issuedBy { username displayName } }
    viewerCan { edit accept returnForRevision instruct }
  }
`);
