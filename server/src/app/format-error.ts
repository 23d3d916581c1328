import type { GraphQLFormattedError } from 'graphql';
import { isConnectionError } from '../db/db-errors';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_REASON } from '../shared/errors';
import { componentLog } from '../shared/logger';
import { currentRequestId, noteErrorCode } from './request-id';

const log = componentLog('graphql');

const CODES_SAFE_TO_SHOW = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * What a client may see of an error. Domain and request errors keep their code, field and reason. A database that
 * could not be reached (after the read's one retry) is SERVICE_UNAVAILABLE with a retry hint. Anything else is an
 * INTERNAL_SERVER_ERROR with only a request id, in every mode: SQL text, parameters and stacks stay in the server
 * log, under the same id.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'SERVICE_UNAVAILABLE' || isConnectionError(error)) {
      const requestId = currentRequestId();
      if (code !== 'SERVICE_UNAVAILABLE') log.warn({ requestId, cause: describe(error) }, '数据库暂时无法连接');
      noteErrorCode('SERVICE_UNAVAILABLE');
      return {
        message: SERVICE_UNAVAILABLE_REASON,
        path: formatted.path,
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          reason: SERVICE_UNAVAILABLE_REASON,
          detail: 'DATABASE_UNREACHABLE',
          retryAfterSeconds: RETRY_AFTER_SECONDS,
          requestId,
        },
      };
    }
    if (typeof code === 'string' && CODES_SAFE_TO_SHOW.has(code)) {
      noteErrorCode(code);
      // "Did you mean …?" would map the schema for someone who may not read it.
      return production ? { ...formatted, message: formatted.message.replace(/ Did you mean .*$/, '') } : formatted;
    }
    const requestId = currentRequestId();
    // The cause, with its stack and its chain (a failed query's SQL and the driver's error), under the request's id.
    log.error({ requestId, err: causeOf(error), path: formatted.path }, '服务器内部错误');
    noteErrorCode('INTERNAL_SERVER_ERROR');
    return {
      message: `服务器内部错误（请求编号 ${requestId}）`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

/** The error a GraphQLError wraps (a resolver's throw), rather than the wrapper whose stack says nothing. */
function causeOf(error: unknown): unknown {
  let e = error;
  for (let depth = 0; depth < 4; depth += 1) {
    const inner = (e as { originalError?: unknown } | null)?.originalError;
    if (!(inner instanceof Error)) break;
    e = inner;
  }
  return e;
}

function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e = error, depth = 0; e instanceof Error && depth < 4; depth += 1) {
    parts.push(e.message);
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return parts.join(' ← ') || String(error);
}
