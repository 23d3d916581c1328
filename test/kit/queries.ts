import { graphql } from '../gql';

/** The whole plan graph: every field of the public contract, fully nested. */
export const PLAN_GRAPH_QUERY = graphql(`
  query PlanGraph($code: String!) {
    plan(code: $code) {
      code title issuer docNumber issuedOn startsOn endsOn summary
      leadingGroup { code name kind office { code name } }
      goals {
        code title description
        indicators { ...IndicatorFields }
        measures { code kind title }
      }
      measures {
        code kind title description
        parent { code }
        children { code title }
        goal { code title }
        leadDepartments { code name kind }
        participatingDepartments { code name kind members { code name } }
        assignments { role inherited measure { code } department { code name } inheritedFrom { code } }
        indicators { code }
      }
      departments {
        code name kind
        members { code name kind }
        assignments(planCode: $code) { role measure { code } department { code } }
        indicators(planCode: $code) { code }
      }
      indicators { ...IndicatorFields }
    }
  }
  fragment IndicatorFields on Indicator {
    code name unit baseline baselineYear target targetDate direction targetKind targetText
    goal { code }
    measure { code }
    department { code name }
  }
`);
