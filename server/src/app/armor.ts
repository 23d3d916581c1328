import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Request limits, the same over HTTP and WebSocket. Sized so the dashboard's largest query (the whole plan
 * graph, test/kit/queries.ts) passes with room to spare, and a crafted query that would make the server work
 * for seconds does not.
 */
export const LIMITS = {
  /** Lexer tokens in one document. */
  maxTokens: 4000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  /** graphql-armor's cost: 2 per object field, 1 per scalar, times 1.5 per level of depth. */
  maxCost: 50_000,
  /** Bytes of an HTTP request body or a WebSocket message. */
  // 1 MiB: a pasted document in a report field gets its field-level error (TOO_LONG), not a bare 413.
  maxBodyBytes: 1024 * 1024,
} as const;

/**
 * How a rejected limit reaches the client. By default graphql-armor's rules throw from inside `validate()`, which
 * Apollo answers with a 500 INTERNAL_SERVER_ERROR and graphql-ws with closing the whole socket (4500); reported
 * to the validation context instead, the rejection is an ordinary validation error (GRAPHQL_VALIDATION_FAILED)
 * over both protocols. graphql-armor's own Apollo integration does the same.
 */
const reject = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      // The rules prefix "Syntax Error: ", but the document parsed: it is a validation error.
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** The validation rules that enforce LIMITS, plus no introspection when it is turned off. */
export function validationRules(introspection: boolean): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: LIMITS.maxDepth,
      exposeLimits: true,
      errorMessage: '查询嵌套过深',
      ...reject,
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: LIMITS.maxAliases,
      exposeLimits: true,
      errorMessage: '查询别名过多',
      ...reject,
    }) as unknown as ValidationRule,
    maxDirectivesRule({
      n: LIMITS.maxDirectives,
      exposeLimits: true,
      errorMessage: '查询指令过多',
      ...reject,
    }) as unknown as ValidationRule,
    costLimitRule({
      maxCost: LIMITS.maxCost,
      exposeLimits: true,
      errorMessage: '查询代价过高',
      ...reject,
    }) as unknown as ValidationRule,
  ];
  if (!introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
