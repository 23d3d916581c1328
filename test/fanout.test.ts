import { sql } from 'drizzle-orm';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readEnv } from '../server/src/config/env';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { type RunningProcess, startServerProcess } from './kit/process';
import { whenReady } from './kit/wait';

/**
 * Two server processes on one PostgreSQL database: what one process commits, the other's subscribers see, also
 * after the listening connections are cut. PostgreSQL only: an embedded database belongs to one process.
 */
const PLAN = 'boshan-ip-2022-2025';
let app: TestApp;
let other: RunningProcess | null = null;
let otherPort = '';
let finance: ApiClient;
let socket: Client | null = null;

beforeAll(async () => {
  app = await startTestApp();
  if (!app.database.url) return;
  finance = await app.as('finance');
  other = startServerProcess({ DATABASE_URL: app.database.url, PORT: '0', SEED_PLANS: 'false' });
  [, otherPort = ''] = await other.waitFor(/督办已启动: http:\/\/localhost:(\d+)/);
}, 240_000);
afterAll(async () => {
  await socket?.dispose();
  other?.child.kill('SIGTERM');
  if (other) await other.exited;
  await app.close();
});

describe('fan-out across processes', { timeout: 120_000 }, () => {
  it.skipIf(!readEnv().TEST_DATABASE_URL)(
    'a report posted through one process reaches a subscriber of another, before and after the listeners are cut',
    async () => {
      const login = await fetch(`http://127.0.0.1:${otherPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(username: "leader", password: "demo") { token } }' }),
      });
      const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
      socket = createClient({
        url: `ws://127.0.0.1:${otherPort}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      // From the head of the log as it stands now: whenever the other process registers the subscription, every
      // report posted after this point reaches it (replayed if it commits before the registration), with no pause.
      const leader = await app.as('leader');
      const head = (
        await leader.gql<{ recentEvents: { events: { cursor: string }[] } }>(
          `{ recentEvents(planCode: "${PLAN}", first: 1) { events { cursor } } }`,
        )
      ).data!.recentEvents.events[0]!.cursor;
      const received: string[] = [];
      const errors: unknown[] = [];
      let notify: () => void = () => {};
      socket.subscribe<{ planEvents: { report: { summary: string } | null } }>(
        {
          query: `subscription($after: String) { planEvents(planCode: "${PLAN}", after: $after) { report { summary } } }`,
          variables: { after: head },
        },
        {
          next: (value) => {
            if (value.data?.planEvents.report) received.push(value.data.planEvents.report.summary);
            if (value.errors) errors.push(value.errors);
            notify();
          },
          error: (error) => {
            errors.push(error);
            notify();
          },
          complete: () => {},
        },
      );
      const until = (count: number) => {
        const wait = whenReady(() => received.length >= count, {
          timeout: 30_000,
          message: () =>
            `the other process's subscriber received ${JSON.stringify(received)}, not ${count} reports (errors: ${JSON.stringify(errors)})`,
        });
        notify = wait.settle;
        return wait.promise;
      };
      const post = (summary: string) =>
        finance.gql('mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }', {
          i: {
            planCode: PLAN,
            measureCode: 'P1.1',
            departmentCode: 'finance',
            period: '2025-06',
            status: 'ON_TRACK',
            percentComplete: 50,
            summary,
          },
        });

      await post('跨进程第一份');
      await until(1);

      // Cut every LISTEN connection to this database; postgres.js reconnects and the stream catches up.
      await app.database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and query ilike 'listen%' and pid <> pg_backend_pid()`,
      );
      await post('断线后第二份');
      await post('断线后第三份');
      await until(3);
      expect(received).toEqual(['跨进程第一份', '断线后第二份', '断线后第三份']);
    },
  );
});
