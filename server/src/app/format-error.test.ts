import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { configureLogger } from '../shared/logger';
import { formatError } from './format-error';
import { withRequestId } from './request-id';

/** A failed query as drizzle reports it: the SQL and its parameters in the message, the driver's error as cause. */
function failedQuery(cause: Record<string, unknown>): GraphQLError {
  const driver = Object.assign(new Error('driver says no'), cause);
  const drizzle = Object.assign(new Error('Failed query: insert into "progress_reports" values ($1)\nparams: secret'), {
    cause: driver,
  });
  return new GraphQLError(drizzle.message, { originalError: drizzle });
}

/** What the server logged during the test, line by line. */
let logged: Record<string, unknown>[] = [];
let restoreLogger = () => {};
beforeEach(() => {
  logged = [];
  restoreLogger = configureLogger({
    level: 'info',
    format: 'json',
    destination: { write: (line: string) => logged.push(JSON.parse(line) as Record<string, unknown>) },
  });
});
afterEach(() => restoreLogger());

describe('what a client sees of an error', () => {
  for (const production of [false, true]) {
    const mode = production ? 'in production' : 'in development';

    it(`${mode}: an internal failure shows no SQL, only a request id that the server log keeps with the cause`, () => {
      const error = failedQuery({ code: '23514' });
      const shown = withRequestId('abc123', () => formatError(production)(error.toJSON(), error));
      expect(shown).toEqual({
        message: '服务器内部错误（请求编号 abc123）',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'abc123' },
      });
      expect(JSON.stringify(shown)).not.toMatch(/insert|params|secret/);
      // The log keeps what the client does not see: the cause and its own cause (the driver's error), under the id.
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({
        level: 'error',
        requestId: 'abc123',
        err: { message: /^Failed query: insert/ },
      });
      expect(logged[0]?.err).toMatchObject({ cause: { message: 'driver says no', code: '23514' } });
    });

    it(`${mode}: a lost database connection is SERVICE_UNAVAILABLE with a retry hint`, () => {
      for (const cause of [{ code: 'CONNECTION_CLOSED' }, { code: '57P01' }, { code: 'ECONNREFUSED' }]) {
        const error = failedQuery(cause);
        const shown = formatError(production)(error.toJSON(), error);
        expect(shown.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
        expect(shown.message).toMatch(/数据库连接暂时中断/);
        expect(JSON.stringify(shown)).not.toMatch(/insert|params/);
      }
      expect(logged.map((line) => line.level)).toEqual(['warn', 'warn', 'warn']);
    });

    it(`${mode}: a domain error keeps its code, field and reason`, () => {
      const error = new DomainError('BAD_USER_INPUT', { field: 'input.summary', reason: '工作进展不能为空' });
      expect(formatError(production)(error.toJSON(), error).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.summary',
        reason: '工作进展不能为空',
      });
    });
  }
});
