import type { ServerResponse } from 'node:http';
import type { Db } from '../db/client';
import { type MigrationJournal, migrationState } from '../db/migration-state';
import type { EventStream } from '../realtime/event-stream';

/** How long /readyz waits for the database before it says it is not ready. */
export const READINESS_TIMEOUT_MS = 2_000;

export class DeadlineExceeded extends Error {}

/** `work`, or a DeadlineExceeded after `ms` (the work itself is not cancelled: its answer is dropped). */
export function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export interface ReadinessSources {
  db: Db;
  eventStream: EventStream;
  journal: MigrationJournal;
  /** True once the server has begun to close (a signal): a balancer should send nothing more. */
  closing(): boolean;
  timeoutMs?: number;
}

type Check = { ok: true; detail?: string } | { ok: false; reason: string };

export interface Readiness {
  ready: boolean;
  /** The first failing check's reason, in Chinese, for the person reading it. */
  reason?: string;
  checks: { database: Check; migrations: Check; eventStream: Check };
}

/**
 * Whether this process should receive traffic: the database answers within the timeout, it has exactly the
 * migrations this program was built with, and the event stream is listening. One statement.
 */
export async function checkReadiness(sources: ReadinessSources): Promise<Readiness> {
  const eventStream: Check = sources.closing()
    ? { ok: false, reason: '服务正在关闭' }
    : sources.eventStream.running
      ? { ok: true }
      : { ok: false, reason: '实时事件流未运行' };
  let database: Check;
  let migrations: Check;
  try {
    const state = await withinDeadline(
      migrationState(sources.db, sources.journal),
      sources.timeoutMs ?? READINESS_TIMEOUT_MS,
    );
    database = { ok: true };
    migrations =
      state.state === 'current'
        ? { ok: true, detail: `${state.applied}/${state.expected} (${sources.journal.newestTag})` }
        : state.state === 'behind'
          ? { ok: false, reason: `数据库迁移未全部应用 (已应用 ${state.applied}，应为 ${state.expected})` }
          : {
              ok: false,
              reason: `数据库版本比本程序新 (已应用 ${state.applied}，本程序 ${state.expected})：请换用新版程序`,
            };
  } catch (error) {
    database = {
      ok: false,
      reason:
        error instanceof DeadlineExceeded
          ? `数据库在 ${sources.timeoutMs ?? READINESS_TIMEOUT_MS} ms 内没有应答`
          : `数据库无法连接: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
    migrations = { ok: false, reason: '数据库无法连接，无法检查迁移' };
  }
  const checks = { database, migrations, eventStream };
  const failed = [database, migrations, eventStream].find((check) => !check.ok);
  return failed && !failed.ok ? { ready: false, reason: failed.reason, checks } : { ready: true, checks };
}

/** /healthz: the process is up and answering. It touches nothing else, so a slow database never fails it. */
export function sendHealth(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end('{"ok":true}');
}

/** /readyz: 200 when ready, 503 with the reason and every check's result otherwise. */
export async function sendReadiness(res: ServerResponse, sources: ReadinessSources): Promise<void> {
  const readiness = await checkReadiness(sources);
  res.writeHead(readiness.ready ? 200 : 503, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(readiness));
}
