/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation KitLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token }\n  }\n": typeof types.KitLoginDocument,
    "\n  query PlanGraph($code: String!) {\n    plan(code: $code) {\n      code title issuer docNumber issuedOn startsOn endsOn summary\n      leadingGroup { code name kind office { code name } }\n      goals {\n        code title description\n        indicators { ...IndicatorFields }\n        measures { code kind title }\n      }\n      measures {\n        code kind title description\n        parent { code }\n        children { code title }\n        goal { code title }\n        leadDepartments { code name kind }\n        participatingDepartments { code name kind members { code name } }\n        assignments { role inherited measure { code } department { code name } inheritedFrom { code } }\n        indicators { code }\n      }\n      departments {\n        code name kind\n        members { code name kind }\n        assignments(planCode: $code) { role measure { code } department { code } }\n        indicators(planCode: $code) { code }\n      }\n      indicators { ...IndicatorFields }\n    }\n  }\n  fragment IndicatorFields on Indicator {\n    code name unit baseline baselineYear target targetDate direction targetKind targetText\n    goal { code }\n    measure { code }\n    department { code name }\n  }\n": typeof types.PlanGraphDocument,
    "\n  query SafeguardTitles($code: String!) {\n    plan(code: $code) { measures(kind: SAFEGUARD) { title } }\n  }\n": typeof types.SafeguardTitlesDocument,
};
const documents: Documents = {
    "\n  mutation KitLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token }\n  }\n": types.KitLoginDocument,
    "\n  query PlanGraph($code: String!) {\n    plan(code: $code) {\n      code title issuer docNumber issuedOn startsOn endsOn summary\n      leadingGroup { code name kind office { code name } }\n      goals {\n        code title description\n        indicators { ...IndicatorFields }\n        measures { code kind title }\n      }\n      measures {\n        code kind title description\n        parent { code }\n        children { code title }\n        goal { code title }\n        leadDepartments { code name kind }\n        participatingDepartments { code name kind members { code name } }\n        assignments { role inherited measure { code } department { code name } inheritedFrom { code } }\n        indicators { code }\n      }\n      departments {\n        code name kind\n        members { code name kind }\n        assignments(planCode: $code) { role measure { code } department { code } }\n        indicators(planCode: $code) { code }\n      }\n      indicators { ...IndicatorFields }\n    }\n  }\n  fragment IndicatorFields on Indicator {\n    code name unit baseline baselineYear target targetDate direction targetKind targetText\n    goal { code }\n    measure { code }\n    department { code name }\n  }\n": types.PlanGraphDocument,
    "\n  query SafeguardTitles($code: String!) {\n    plan(code: $code) { measures(kind: SAFEGUARD) { title } }\n  }\n": types.SafeguardTitlesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token }\n  }\n"): typeof import('./graphql').KitLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanGraph($code: String!) {\n    plan(code: $code) {\n      code title issuer docNumber issuedOn startsOn endsOn summary\n      leadingGroup { code name kind office { code name } }\n      goals {\n        code title description\n        indicators { ...IndicatorFields }\n        measures { code kind title }\n      }\n      measures {\n        code kind title description\n        parent { code }\n        children { code title }\n        goal { code title }\n        leadDepartments { code name kind }\n        participatingDepartments { code name kind members { code name } }\n        assignments { role inherited measure { code } department { code name } inheritedFrom { code } }\n        indicators { code }\n      }\n      departments {\n        code name kind\n        members { code name kind }\n        assignments(planCode: $code) { role measure { code } department { code } }\n        indicators(planCode: $code) { code }\n      }\n      indicators { ...IndicatorFields }\n    }\n  }\n  fragment IndicatorFields on Indicator {\n    code name unit baseline baselineYear target targetDate direction targetKind targetText\n    goal { code }\n    measure { code }\n    department { code name }\n  }\n"): typeof import('./graphql').PlanGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafeguardTitles($code: String!) {\n    plan(code: $code) { measures(kind: SAFEGUARD) { title } }\n  }\n"): typeof import('./graphql').SafeguardTitlesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
