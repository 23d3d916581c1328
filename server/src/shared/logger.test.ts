import { describe, expect, it } from 'vitest';
import { clockTime, componentLog, configureLogger, prettyLine } from './logger';

describe('the logger', () => {
  it('writes JSON lines at the configured level, with the component, and redacts a token passed by mistake', () => {
    const lines: Record<string, unknown>[] = [];
    const restore = configureLogger({
      level: 'warn',
      format: 'json',
      destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    try {
      const log = componentLog('test');
      log.info('below the level: not written');
      log.warn({ token: 'secret-token', headers: { authorization: 'Bearer secret-token' } }, '令牌不应出现');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'warn', component: 'test', msg: '令牌不应出现', token: '[redacted]' });
      expect(JSON.stringify(lines)).not.toContain('secret-token');
    } finally {
      restore();
    }
  });

  it('makes a readable line in development: time, level, component, message, fields, and the error with its cause', () => {
    const cause = new Error('connection refused');
    const line = prettyLine(
      JSON.stringify({
        level: 'error',
        time: '2025-12-01T09:41:03.120Z',
        component: 'events',
        msg: '读取事件日志失败',
        attempt: 2,
        err: { message: 'read failed', stack: 'Error: read failed\n    at read', cause: { message: cause.message } },
      }),
    );
    expect(line).toBe(
      `${clockTime(new Date('2025-12-01T09:41:03.120Z'))} ERROR [events] 读取事件日志失败  attempt=2\nError: read failed\n    at read\ncaused by: connection refused\n`,
    );
  });
});
