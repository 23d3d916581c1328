import { graphql } from '../../gql';

/** The one shape of a "latest report" everywhere (views and the live subscription), so live events fill the cache. */
export const LatestReport_ProgressReport = graphql(`
  fragment LatestReport_ProgressReport on ProgressReport {
    id
    period
    status
    percentComplete
    submittedAt
    summary
    problems
    nextSteps
    evidence { title url kind }
    department { code name }
  }
`);
