import { randomBytes } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readEnv } from '../server/src/config/env';
import { type RunningProcess, startServerProcess } from './kit/process';

/**
 * The database drops the app's connections again and again (pg_terminate_backend, as a failover or an admin
 * would), while departments post reports and dashboards watch live. The process stays up; every answer is a
 * success or SERVICE_UNAVAILABLE; a writer that retries with its idempotency key gets its one report; every
 * acknowledged report is in the database once and reaches each live dashboard once. PostgreSQL only: PGlite has no
 * connections to drop. `pnpm soak` runs more rounds (CHAOS_ROUNDS).
 */

const serverUrl = readEnv().TEST_DATABASE_URL;
const PLAN = 'boshan-ip-2022-2025';
const ROUNDS = Number(process.env.CHAOS_ROUNDS ?? 8);
const WRITERS = 4;
const WRITES_EACH = 12;
const STARTED = /督办已启动: http:\/\/localhost:(\d+)/;

const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const EVENTS = `subscription($plan: String!, $after: String) {
  planEvents(planCode: $plan, after: $after, filter: { departmentCode: "finance" }) { cursor type report { id } }
}`;

interface Answer {
  data?: Record<string, { id: string } | null> | null;
  errors?: { extensions?: { code?: string } }[];
}

let admin: postgres.Sql;
let database: string;
let server: RunningProcess;
let url: string;
const sockets: Client[] = [];

beforeAll(async () => {
  if (!serverUrl) return;
  admin = postgres(serverUrl, { max: 2, onnotice: () => {} });
  database = `duban_chaos_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`create database "${database}"`);
  const target = new URL(serverUrl);
  target.pathname = `/${database}`;
  server = startServerProcess({
    DATABASE_URL: target.toString(),
    PORT: '0',
    HOST: '127.0.0.1',
    SUPERVISE_INTERVAL_SECONDS: '0',
    DATABASE_POOL_SIZE: '6',
  });
  const [, port] = await server.waitFor(STARTED);
  url = `http://127.0.0.1:${port}/graphql`;
});

afterAll(async () => {
  if (!serverUrl) return;
  await Promise.all(sockets.map((s) => s.dispose()));
  server?.child.kill('SIGTERM');
  await server?.exited;
  await admin.unsafe(`drop database if exists "${database}" with (force)`);
  await admin.end();
});

async function post(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

/** What came back, by code: `ok` for a success. */
const tally = new Map<string, number>();
function count(answer: Answer): string {
  const code = answer.errors?.[0]?.extensions?.code ?? 'ok';
  tally.set(code, (tally.get(code) ?? 0) + 1);
  return code;
}

/** Sends until the answer is not SERVICE_UNAVAILABLE, as a client honouring the retry hint would. */
async function untilAnswered(send: () => Promise<Answer>): Promise<Answer> {
  for (let attempt = 1; ; attempt += 1) {
    const answer = await send();
    if (count(answer) !== 'SERVICE_UNAVAILABLE') return answer;
    if (attempt >= 40) throw new Error('still SERVICE_UNAVAILABLE after 40 attempts');
    // The client's own back-off before a retry, as the hint asks; nothing waits on it.
    await new Promise((resolve) => setTimeout(resolve, 50 * Math.min(attempt, 10)));
  }
}

/** A live dashboard: resumes after the last event it saw whenever its socket comes back. */
function watch(token: string, after: string | null) {
  const received: { cursor: string; type: string; report: { id: string } | null }[] = [];
  const socket = createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 100,
    shouldRetry: () => true,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  sockets.push(socket);
  const payload = { query: EVENTS, variables: { plan: PLAN, after } as Record<string, unknown> };
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  socket.subscribe<{ planEvents: (typeof received)[number] }>(payload, {
    next: (value) => {
      if (value.errors) errors.push(value.errors);
      if (!value.data) return;
      received.push(value.data.planEvents);
      // graphql-ws sends this same payload again on a reconnect: it then resumes after what already arrived.
      payload.variables.after = value.data.planEvents.cursor;
      for (const waiter of waiters) waiter();
    },
    error: (error) => errors.push(error),
    complete: () => {},
  });
  /** Resolves once every report of `ids` has arrived; rejects after `ms` naming the ones that did not. */
  const until = (ids: Set<string>, ms: number) =>
    new Promise<void>((resolve, reject) => {
      const missing = () => {
        const got = new Set(received.map((e) => e.report?.id));
        return [...ids].filter((id) => !got.has(id));
      };
      const check = () => {
        if (missing().length > 0) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(
          new Error(`a dashboard never received reports ${missing().join(', ')} (errors: ${JSON.stringify(errors)})`),
        );
      }, ms);
      waiters.add(check);
      check();
    });
  return { received, errors, until };
}

describe.skipIf(!serverUrl)('the database drops the app’s connections under load', { timeout: 600_000 }, () => {
  it('stays up, answers success or SERVICE_UNAVAILABLE, and loses or repeats no acknowledged write', async () => {
    const login = await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: 'finance',
      p: 'demo',
    });
    const token = (login.data?.login as unknown as { token: string }).token;
    const newest = (await post(`{ recentEvents(planCode: "${PLAN}", first: 1) { events { cursor } } }`, {}, token))
      .data as unknown as { recentEvents: { events: { cursor: string }[] } };
    const after = newest.recentEvents.events[0]?.cursor ?? null;
    const dashboards = [watch(token, after), watch(token, after)];

    const acknowledged = new Map<string, string>(); // idempotency key → report id
    let progress: () => void = () => {};
    const writer = async (w: number) => {
      for (let n = 0; n < WRITES_EACH; n += 1) {
        const key = `chaos-${w}-${n}-${randomBytes(3).toString('hex')}`;
        const answer = await untilAnswered(() =>
          post(
            SUBMIT,
            {
              i: {
                planCode: PLAN,
                measureCode: 'P1.1',
                departmentCode: 'finance',
                period: '2025-06',
                status: 'ON_TRACK',
                percentComplete: 50,
                summary: `断连演练 ${w}-${n}`,
                idempotencyKey: key,
              },
            },
            token,
          ),
        );
        const id = answer.data?.submitProgressReport?.id;
        if (!id) throw new Error(`write ${key} was refused: ${JSON.stringify(answer.errors)}`);
        acknowledged.set(key, id);
        progress();
      }
    };
    let writing = true;
    const reader = async () => {
      while (writing)
        await untilAnswered(() => post(`{ plan(code: "${PLAN}") { goals { code } measures { code } } }`, {}, token));
    };

    // Each round waits for a write acknowledged since the last drop, then drops every connection of the app.
    let rounds = 0;
    const killer = async () => {
      while (rounds < ROUNDS) {
        const seen = acknowledged.size;
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no write was acknowledged after round ${rounds}`)), 60_000);
          progress = () => {
            if (acknowledged.size > seen) {
              clearTimeout(timer);
              resolve();
            }
          };
          progress();
        });
        if (acknowledged.size >= WRITERS * WRITES_EACH) break;
        await admin`select pg_terminate_backend(pid) from pg_stat_activity
                    where datname = ${database} and pid <> pg_backend_pid()`;
        rounds += 1;
      }
      progress = () => {};
    };

    const writers = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    const readers = Promise.all([reader(), reader()]);
    await Promise.all([
      writers.finally(() => {
        writing = false;
      }),
      readers,
      killer(),
    ]).catch((error: unknown) => {
      // Say what the server said: a failure here is most likely the process going down.
      throw new Error(
        `${String(error)}\nserver exit code ${server.child.exitCode}; its output:\n${server.output().slice(-4000)}`,
      );
    });

    // Every answer was a success or SERVICE_UNAVAILABLE, and the process is still up.
    const codes = [...tally.keys()].filter((code) => code !== 'ok' && code !== 'SERVICE_UNAVAILABLE');
    expect(codes, `answers other than success or SERVICE_UNAVAILABLE: ${JSON.stringify([...tally])}`).toEqual([]);
    expect(server.child.exitCode, server.output()).toBeNull();
    expect(server.output()).not.toMatch(/TypeError|uncaught/i);

    // Each acknowledged write is in the database once, with one event.
    const keys = [...acknowledged.keys()];
    // Read the app's own database directly, beside the app.
    const target = new URL(serverUrl!);
    target.pathname = `/${database}`;
    const direct = postgres(target.toString(), { max: 1, onnotice: () => {} });
    const counted = await direct<{ key: string; reports: number; events: number }[]>`
      select r.idempotency_key as key, count(distinct r.id)::int as reports,
             (select count(*)::int from events e where e.type = 'PROGRESS_REPORTED' and e.payload->>'reportId' = r.id::text) as events
        from progress_reports r where r.idempotency_key = any(${keys}) group by r.idempotency_key, r.id`;
    await direct.end();
    expect(counted).toHaveLength(keys.length);
    for (const row of counted) expect(row, row.key).toMatchObject({ reports: 1, events: 1 });

    // Each dashboard receives every acknowledged report once.
    const ids = new Set(acknowledged.values());
    for (const dashboard of dashboards) {
      await dashboard.until(ids, 60_000);
      const reports = dashboard.received.filter((e) => e.type === 'PROGRESS_REPORTED').map((e) => e.report?.id);
      const mine = reports.filter((id) => id && ids.has(id));
      expect(new Set(mine).size, 'no report delivered twice').toBe(mine.length);
      expect(new Set(dashboard.received.map((e) => e.cursor)).size, 'no event delivered twice').toBe(
        dashboard.received.length,
      );
    }
    console.log(
      `chaos: ${rounds} rounds of dropped connections, ${acknowledged.size} writes acknowledged, answers ${JSON.stringify(Object.fromEntries(tally))}, ` +
        `lost 0, duplicated 0, dashboards ${dashboards.map((d) => d.received.length).join('/')} events`,
    );
  });
});
