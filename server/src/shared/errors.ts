import { GraphQLError } from 'graphql';

/** The stable codes a client can branch on; `reason` carries the Chinese explanation for people. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export interface ErrorDetail {
  /** The input field or argument at fault, e.g. `code` or `input.percentComplete`. */
  field?: string;
  /** Why, in plain Chinese. */
  reason: string;
  /** A finer, stable code, e.g. PLAN_NOT_FOUND. */
  detail?: string;
}

/** A domain error: becomes a GraphQL error with `extensions.code`, `field`, `reason` and `detail`. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, { field, reason, detail }: ErrorDetail) {
    super(reason, { extensions: { code, field, reason, detail } });
  }
}

/** NOT_FOUND for an unknown code of some kind of thing. */
export function notFound(detail: string, field: string, what: string, code: string): DomainError {
  return new DomainError('NOT_FOUND', { field, detail, reason: `未找到编码为「${code}」的${what}` });
}
