import { GraphQLError } from 'graphql';

/** The stable codes a client can branch on; `reason` carries the Chinese explanation for people. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'SERVICE_UNAVAILABLE'
  /** A request body past its route's limit (HTTP 413): app/http-answer.ts `readBody` only. */
  | 'PAYLOAD_TOO_LARGE';

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

/** Seconds a client is asked to wait before retrying when the database is briefly out of reach. */
export const RETRY_AFTER_SECONDS = 2;
export const SERVICE_UNAVAILABLE_REASON = `数据库连接暂时中断，请 ${RETRY_AFTER_SECONDS} 秒后重试`;

/**
 * SERVICE_UNAVAILABLE: the database could not be reached even after a retry. Nothing was written, or a write with
 * an idempotency key may be retried safely. Over HTTP it is a 503 with Retry-After when no execution began.
 */
export function serviceUnavailable(): DomainError {
  const error = new DomainError('SERVICE_UNAVAILABLE', {
    reason: SERVICE_UNAVAILABLE_REASON,
    detail: 'DATABASE_UNREACHABLE',
  });
  error.extensions.retryAfterSeconds = RETRY_AFTER_SECONDS;
  (error.extensions as Record<string, unknown>).http = {
    status: 503,
    headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]),
  };
  return error;
}

/** NOT_FOUND for an unknown code of some kind of thing. */
export function notFound(detail: string, field: string, what: string, code: string): DomainError {
  return new DomainError('NOT_FOUND', { field, detail, reason: `未找到编码为「${code}」的${what}` });
}

/**
 * A free text as the API takes it: trimmed, at most `max` characters, and not empty when required (null then when
 * empty). Anything else is BAD_USER_INPUT on `field`, REQUIRED or TOO_LONG, with `label` (e.g. 批示内容) in the reason.
 */
export function checkText(
  value: string | null | undefined,
  field: string,
  options: { max: number; required: boolean; label?: string },
): string | null {
  const text = value?.trim() ?? '';
  const label = options.label ?? '';
  if (options.required && text.length === 0) {
    throw new DomainError('BAD_USER_INPUT', { field, reason: `${label}不能为空`, detail: 'REQUIRED' });
  }
  if (text.length > options.max) {
    throw new DomainError('BAD_USER_INPUT', {
      field,
      reason: `${label}不能超过 ${options.max} 个字符（现有 ${text.length} 个）`,
      detail: 'TOO_LONG',
    });
  }
  return text.length === 0 ? null : text;
}

/** A required free text (see checkText): trimmed, never empty. */
export function requireText(value: string, field: string, max: number, label?: string): string {
  return checkText(value, field, { max, required: true, label }) ?? '';
}

/**
 * A row by the id the API gave (a decimal string), or NOT_FOUND on `field` with `reason` and `detail`: an id that is
 * not a safe integer is not looked up at all.
 */
export async function findByApiId<Row>(
  id: string,
  find: (id: number) => Promise<Row | null>,
  missing: ErrorDetail,
): Promise<Row> {
  const numeric = Number(id);
  const row = Number.isSafeInteger(numeric) ? await find(numeric) : null;
  if (!row) throw new DomainError('NOT_FOUND', missing);
  return row;
}
