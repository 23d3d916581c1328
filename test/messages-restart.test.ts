import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../server/src/db/test-database';
import { startWebhookPeer, type WebhookPeer } from './kit/peers';
import { type RunningProcess, startServerProcess } from './kit/process';
import { until } from './kit/wait';

/**
 * The outbox across a crash: a notice is issued at night (quiet hours hold its sending), the process is killed
 * with SIGKILL between the outbox write and the send, and started again in the morning. The robot gets the message
 * exactly once. Real processes (`pnpm start`'s entry point) on the embedded database, or on the PostgreSQL server
 * of the run.
 */

const PLAN = 'boshan-ip-2022-2025';
const SECRET = 'restart-robot-secret';
const STARTED = /督办已启动: http:\/\/localhost:(\d+)/;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-outbox-'));
let hook: WebhookPeer;
let database: TestDatabase | null = null;
let running: RunningProcess | undefined;

beforeAll(async () => {
  hook = await startWebhookPeer(SECRET);
  // On a PostgreSQL run, a fresh database of its own that the processes open (they migrate and seed it).
  const probe = await openTestDatabase();
  if (probe.url) database = probe;
  else await probe.destroy();
});

afterAll(async () => {
  running?.child.kill('SIGKILL');
  await running?.exited;
  await hook?.close();
  await database?.destroy();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { extensions?: Record<string, unknown> }[] };
}

/** Starts the app at `clock` (a fixed time) and signs in the admin and a leader. */
async function start(clock: string) {
  running = startServerProcess({
    ...(database?.url ? { DATABASE_URL: database.url } : { DATA_DIR: path.join(scratch, 'data') }),
    PORT: '0',
    HOST: '127.0.0.1',
    SUPERVISE_INTERVAL_SECONDS: '0',
    DUBAN_CLOCK: `fixed:${clock}`,
    PUBLIC_URL: 'http://duban.intranet:4000',
  });
  const [, port] = await running.waitFor(STARTED);
  const url = `http://127.0.0.1:${port}/graphql`;
  const login = async (username: string) => {
    const result = await post<{ login: { token: string } }>(
      url,
      'mutation($u: String!) { login(username: $u, password: "demo") { token } }',
      { u: username },
    );
    if (!result.data) throw new Error(`could not sign in as ${username}: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };
  return { url, admin: await login('admin'), leader: await login('leader') };
}

const LOG = '{ deliveryLog(first: 10) { counts { channel state count } items { state attempts lastError } } }';
type Log = {
  deliveryLog: { counts: { state: string; count: number }[]; items: { state: string; attempts: number }[] };
};
const countOf = (log: Log | undefined, state: string) =>
  log?.deliveryLog.counts.filter((c) => c.state === state).reduce((sum, c) => sum + c.count, 0) ?? 0;

describe('a restart between the outbox write and the send', { timeout: 600_000 }, () => {
  it('loses nothing and sends nothing twice', async () => {
    // Monday night, 23:00: quiet hours.
    const night = await start('2025-12-08T23:00:00+08:00');
    const robot = await post(
      night.url,
      'mutation($i: ContactInput!) { addContact(owner: { departmentCode: "finance" }, input: $i) { id } }',
      { i: { channel: 'WEBHOOK', address: hook.url, format: 'GENERIC', secret: SECRET, label: '财政局工作群' } },
      night.admin,
    );
    expect(robot.errors).toBeUndefined();
    const issued = await post(
      night.url,
      'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
      {
        i: {
          planCode: PLAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          level: 'SUPERVISE',
          text: '请于 12 月 12 日前书面反馈专项资金落实情况',
          dueOn: '2025-12-12',
        },
      },
      night.leader,
    );
    expect(issued.errors).toBeUndefined();
    // The outbox holds it, unsent.
    const held = await post<Log>(night.url, LOG, {}, night.admin);
    expect(countOf(held.data, 'PENDING')).toBe(1);
    expect(hook.attempts).toBe(0);

    running!.child.kill('SIGKILL');
    await running!.exited;

    // Tuesday, 09:00: the new process sends what the killed one left, once.
    const morning = await start('2025-12-09T09:00:00+08:00');
    await until(() => hook.received.length === 1, { timeout: 60_000, message: 'the robot never got the notice' });
    const sent = await until(
      async () => {
        const log = (await post<Log>(morning.url, LOG, {}, morning.admin)).data;
        return countOf(log, 'SENT') === 1 && countOf(log, 'PENDING') === 0 ? log : null;
      },
      { timeout: 30_000, message: 'the delivery was never recorded as sent' },
    );
    expect(sent.deliveryLog.items).toEqual([expect.objectContaining({ state: 'SENT', attempts: 1 })]);
    expect(hook.received[0]?.signed).toBe(true);
    expect(String(hook.received[0]?.body.title)).toContain('督办');
    expect(hook.attempts).toBe(1);
  });
});
