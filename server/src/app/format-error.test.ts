import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../shared/errors';
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

describe('what a client sees of an error', () => {
  for (const production of [false, true]) {
    const mode = production ? 'in production' : 'in development';

    it(`${mode}: an internal failure shows no SQL, only a request id that the server log keeps with the cause`, () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const error = failedQuery({ code: '23514' });
      const shown = withRequestId('abc123', () => formatError(production)(error.toJSON(), error));
      expect(shown).toEqual({
        message: '服务器内部错误（请求编号 abc123）',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'abc123' },
      });
      expect(JSON.stringify(shown)).not.toMatch(/insert|params|secret/);
      expect(log.mock.calls[0]?.[0]).toContain('abc123');
      expect(log.mock.calls[0]?.[1]).toBe(error);
      log.mockRestore();
    });

    it(`${mode}: a lost database connection is SERVICE_UNAVAILABLE with a retry hint`, () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      for (const cause of [{ code: 'CONNECTION_CLOSED' }, { code: '57P01' }, { code: 'ECONNREFUSED' }]) {
        const error = failedQuery(cause);
        const shown = formatError(production)(error.toJSON(), error);
        expect(shown.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
        expect(shown.message).toMatch(/数据库连接暂时中断/);
        expect(JSON.stringify(shown)).not.toMatch(/insert|params/);
      }
      warn.mockRestore();
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
