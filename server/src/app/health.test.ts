import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { readMigrationJournal } from '../db/migration-state';
import type { EventStream } from '../realtime/event-stream';
import { checkReadiness, type ReadinessSources } from './health';

const journal = readMigrationJournal();

/** A database that answers the migration query with these figures (or never, or with an error). */
function database(answer: { applied: number; newest: number } | 'never' | Error): Db {
  return {
    execute: () =>
      answer === 'never'
        ? new Promise(() => {})
        : answer instanceof Error
          ? Promise.reject(answer)
          : Promise.resolve({ rows: [{ applied: String(answer.applied), newest: String(answer.newest) }] }),
  } as unknown as Db;
}

function sources(overrides: Partial<ReadinessSources> = {}): ReadinessSources {
  return {
    db: database({ applied: journal.count, newest: journal.newest }),
    eventStream: { running: true } as EventStream,
    journal,
    closing: () => false,
    ...overrides,
  };
}

describe('readiness', () => {
  it('is ready with the migrations current and the event stream running', async () => {
    expect(await checkReadiness(sources())).toMatchObject({ ready: true, checks: { migrations: { ok: true } } });
  });

  it('says why it is not ready, first failing check first', async () => {
    const cases: [Partial<ReadinessSources>, RegExp][] = [
      [{ db: database('never'), timeoutMs: 20 }, /^数据库在 20 ms 内没有应答/],
      [{ db: database(new Error('connect ECONNREFUSED 127.0.0.1:5432')) }, /^数据库无法连接: connect ECONNREFUSED/],
      [{ db: database({ applied: journal.count - 1, newest: journal.newest - 1 }) }, /^数据库迁移未全部应用/],
      [{ db: database({ applied: journal.count + 1, newest: journal.newest + 1 }) }, /^数据库版本比本程序新/],
      [{ eventStream: { running: false } as EventStream }, /^实时事件流未运行$/],
      [{ closing: () => true }, /^服务正在关闭$/],
    ];
    for (const [overrides, reason] of cases) {
      const readiness = await checkReadiness(sources(overrides));
      expect(readiness.ready, String(reason)).toBe(false);
      expect(readiness.reason).toMatch(reason);
    }
  });
});
