import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../server/src/app/create-server';
import { readEnv } from '../server/src/config/env';
import { openDatabase } from '../server/src/db/client';
import { Supervisor } from '../server/src/modules/supervision';
import { parseCidr } from '../server/src/shared/address-range';
import { CatalogCache } from '../server/src/shared/catalog-cache';
import { systemClock } from '../server/src/shared/clock';
import { configureLogger } from '../server/src/shared/logger';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { subscribeLive } from './kit/live';
import { startFlakyNetwork } from './kit/proxy';
import { sqlRows } from './kit/sql';
import { until } from './kit/wait';

/**
 * What an IT clerk running Duban sees of it: one log line per request (who, what, how long, the outcome; never a
 * token), subscriptions logged as they start and end, /metrics for Prometheus (counters that move by what was done,
 * shown only to the allowed), and /healthz and /readyz for the service manager and the balancer.
 */

const PLAN = 'boshan-ip-2022-2025';
const SUBMIT = /* GraphQL */ `
  mutation SubmitReport($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) { id }
  }
`;
const PLAN_EVENTS = /* GraphQL */ `
  subscription WatchPlan($plan: String!) { planEvents(planCode: $plan) { type } }
`;

let app: TestApp;
let finance: ApiClient;

/** Every line logged while the test ran, parsed. */
let logged: Record<string, unknown>[] = [];
let restoreLogger: () => void = () => {};

beforeAll(async () => {
  app = await startTestApp();
  finance = await app.as('finance');
});
afterAll(async () => {
  await app?.close();
});
afterEach(() => restoreLogger());

function captureLog(): void {
  logged = [];
  restoreLogger = configureLogger({
    level: 'info',
    format: 'json',
    destination: { write: (line: string) => logged.push(JSON.parse(line) as Record<string, unknown>) },
  });
}

/** Posts a named operation as the client does, and returns the status, the request id and the body. */
async function post(client: ApiClient, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    requestId: res.headers.get('x-request-id'),
    body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

let period = 0;
/** A report by the finance bureau on P1.1, each for a month of its own. */
function report(overrides: Record<string, unknown> = {}) {
  period += 1;
  return {
    planCode: PLAN,
    measureCode: 'P1.1',
    departmentCode: 'finance',
    period: `2025-${String(period).padStart(2, '0')}`,
    status: 'ON_TRACK',
    percentComplete: 10 * period,
    summary: '落实知识产权专项资金',
    ...overrides,
  };
}

/** One scrape of /metrics, with the given headers. */
async function scrape(url = app.url, headers: Record<string, string> = {}) {
  const res = await fetch(new URL('/metrics', url), { headers });
  return { status: res.status, text: await res.text() };
}

/** The value of one sample (`name{labels}` as Prometheus writes it, labels in order); 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('the request log', () => {
  it('writes one line per request with its id, operation, viewer, duration and outcome, and never the token', async () => {
    captureLog();
    const ok = await post(finance, SUBMIT, { input: report() });
    expect(ok.body.errors).toBeUndefined();
    const refused = await post(finance, SUBMIT, { input: report({ summary: '' }) });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    restoreLogger();

    const lineOf = (requestId: string | null) => {
      const lines = logged.filter((line) => line.requestId === requestId && line.component === 'http');
      expect(lines, `one line for request ${requestId}`).toHaveLength(1);
      return lines[0]!;
    };
    expect(ok.requestId).toMatch(/^[0-9a-f]{16}$/);
    const line = lineOf(ok.requestId);
    expect(line).toMatchObject({
      level: 'info',
      method: 'POST',
      route: 'graphql',
      operation: 'SubmitReport',
      operationType: 'mutation',
      role: 'REPORTER',
      departmentId: expect.any(Number),
      userId: expect.any(Number),
      status: 200,
      durationMs: expect.any(Number),
      statements: expect.any(Number),
      msg: 'POST /graphql SubmitReport 200',
    });
    expect(line.errors).toBeUndefined();
    expect(lineOf(refused.requestId)).toMatchObject({ operation: 'SubmitReport', errors: ['BAD_USER_INPUT'] });

    const everything = JSON.stringify(logged);
    expect(everything).not.toContain(finance.token);
    expect(everything).not.toMatch(/password|authorization/i);
  });

  it('writes the same line for an office document, with its path and the refusal', async () => {
    captureLog();
    const res = await fetch(new URL(`/api/plans/${PLAN}/ledger.xlsx`, app.url));
    expect(res.status).toBe(401);
    await res.text();
    restoreLogger();
    const line = logged.find((l) => l.requestId === res.headers.get('x-request-id'));
    expect(line).toMatchObject({
      component: 'http',
      method: 'GET',
      route: 'office',
      path: `/api/plans/${PLAN}/ledger.xlsx`,
      role: null,
      status: 401,
      errors: ['UNAUTHENTICATED'],
      msg: `GET /api/plans/${PLAN}/ledger.xlsx 401`,
    });
  });

  it('logs a subscription when it starts and when it ends, with its operation and viewer', async () => {
    captureLog();
    const live = await subscribeLive<{ planEvents: { type: string } }>({
      server: app.server,
      wsUrl: app.wsUrl,
      token: finance.token,
      query: PLAN_EVENTS,
      variables: { plan: PLAN },
    });
    const started = logged.find((line) => line.msg === '订阅开始');
    expect(started).toMatchObject({ component: 'ws', operation: 'WatchPlan', role: 'REPORTER' });
    await live.close();
    const ended = await until(() => logged.find((line) => line.msg === '订阅结束'), {
      message: 'the end of the subscription was never logged',
    });
    expect(ended).toMatchObject({ subscription: started?.subscription, operation: 'WatchPlan' });
    expect(ended.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(logged)).not.toContain(finance.token);
  });
});

describe('/metrics', () => {
  it('counts what was done while reports are posted: operations, statements, reports today, events delivered', async () => {
    const before = await scrape();
    expect(before.status).toBe(200);
    const live = await subscribeLive<{ planEvents: { type: string } }>({
      server: app.server,
      wsUrl: app.wsUrl,
      token: finance.token,
      query: PLAN_EVENTS,
      variables: { plan: PLAN },
    });
    const during = await scrape();
    expect(sample(during.text, 'duban_subscriptions_live{operation="WatchPlan"}')).toBe(1);
    expect(sample(during.text, 'duban_ws_sockets')).toBeGreaterThanOrEqual(1);

    for (let i = 0; i < 3; i += 1) expect((await post(finance, SUBMIT, { input: report() })).status).toBe(200);
    await post(finance, SUBMIT, { input: report({ summary: '' }) });
    await live.until(3);
    const after = await scrape();
    await live.close();

    const moved = (series: string) => sample(after.text, series) - sample(before.text, series);
    expect(moved('duban_graphql_operations_total{operation="SubmitReport",type="mutation",outcome="ok"}')).toBe(3);
    expect(
      moved('duban_graphql_operations_total{operation="SubmitReport",type="mutation",outcome="BAD_USER_INPUT"}'),
    ).toBe(1);
    // The scrapes are not HTTP requests of the API: only the four posts moved this.
    expect(moved('duban_http_requests_total{route="graphql",status="200"}')).toBe(4);
    expect(moved('duban_graphql_operation_duration_seconds_count{operation="SubmitReport",type="mutation"}')).toBe(4);
    expect(moved('duban_subscriptions_started_total{operation="WatchPlan"}')).toBe(1);
    expect(moved('duban_events_delivered_total')).toBeGreaterThanOrEqual(3);
    expect(moved('duban_db_statements_total')).toBeGreaterThan(0);
    const [today] = await sqlRows<{ n: string }>(
      app.database.db,
      sql`select count(*) as n from progress_reports where submitted_at >= date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'`,
    );
    expect(sample(after.text, 'duban_reports_today')).toBe(Number(today?.n));
    expect(moved('duban_reports_today')).toBe(3);
    expect(after.text).toMatch(/^duban_event_stream_lag \d+$/m);

    const ended = await scrape();
    expect(sample(ended.text, 'duban_subscriptions_live{operation="WatchPlan"}')).toBe(0);
  });

  it('shows the warnings by level as the sweep recorded them', async () => {
    await new Supervisor(
      { db: app.database.db, catalog: new CatalogCache(), settings: app.settings, clock: systemClock },
      60_000,
    ).sweepNow();
    const recorded = await sqlRows<{ level: string; n: string }>(
      app.database.db,
      sql`select level, count(*) as n from warning_states group by level`,
    );
    expect(recorded.length).toBeGreaterThan(0);
    const { text } = await scrape();
    for (const level of ['GREY', 'GREEN', 'BLUE', 'YELLOW', 'RED']) {
      const expected = Number(recorded.find((row) => row.level === level)?.n ?? 0);
      expect(sample(text, `duban_warnings{plan="${PLAN}",level="${level}"}`), level).toBe(expected);
    }
  });

  it('refuses an address outside METRICS_ALLOW and a wrong token, and opens for the right token', async () => {
    const token = 'scrape-token-0123456789abcdef';
    const guarded = await startTestApp({
      seed: false,
      metrics: { allow: [parseCidr('10.0.0.0/8')!], token },
      superviseEveryMs: 50,
    });
    try {
      const anonymous = await scrape(guarded.url);
      expect(anonymous.status).toBe(403);
      expect(anonymous.text).not.toContain('duban_');
      expect((await scrape(guarded.url, { authorization: 'Bearer wrong-token-0123456789abcde' })).status).toBe(403);
      const allowed = await scrape(guarded.url, { authorization: `Bearer ${token}` });
      expect(allowed.status).toBe(200);
      expect(allowed.text).toContain('duban_http_requests_total');
      // Its supervisor sweeps (no plans: quickly) and each sweep is timed.
      await until(
        async () =>
          sample(
            (await scrape(guarded.url, { authorization: `Bearer ${token}` })).text,
            'duban_supervision_sweep_seconds_count',
          ) > 0,
        { message: 'no sweep was ever timed in /metrics' },
      );
    } finally {
      await guarded.close();
    }
  });
});

describe('/healthz and /readyz', () => {
  const get = async (path: string) => {
    const res = await fetch(new URL(path, app.url));
    return { status: res.status, body: (await res.json()) as { ready?: boolean; reason?: string; checks?: unknown } };
  };
  const drizzleMigrations = sql.raw('drizzle.__drizzle_migrations');

  it('is healthy and ready with the database current and the event stream running', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { ok: true } });
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      ready: true,
      checks: { database: { ok: true }, migrations: { ok: true }, eventStream: { ok: true } },
    });
  });

  it('is not ready while a migration is missing, nor with a database newer than the program, and ready again after', async () => {
    const [newest] = await sqlRows<{ id: number; hash: string; created_at: string }>(
      app.database.db,
      sql`select id, hash, created_at::text from ${drizzleMigrations} order by created_at desc limit 1`,
    );
    await app.database.db.execute(sql`delete from ${drizzleMigrations} where id = ${newest!.id}`);
    try {
      const behind = await get('/readyz');
      expect(behind.status).toBe(503);
      expect(behind.body.reason).toMatch(/数据库迁移未全部应用/);
      // The process itself is fine: the health check does not look at the database.
      expect((await get('/healthz')).status).toBe(200);
    } finally {
      await app.database.db.execute(
        sql`insert into ${drizzleMigrations} (id, hash, created_at) values (${newest!.id}, ${newest!.hash}, ${newest!.created_at}::bigint)`,
      );
    }
    expect((await get('/readyz')).status).toBe(200);

    await app.database.db.execute(
      sql`insert into ${drizzleMigrations} (hash, created_at) values ('from-a-newer-release', ${newest!.created_at}::bigint + 1)`,
    );
    try {
      const ahead = await get('/readyz');
      expect(ahead.status).toBe(503);
      expect(ahead.body.reason).toMatch(/数据库版本比本程序新/);
    } finally {
      await app.database.db.execute(sql`delete from ${drizzleMigrations} where hash = 'from-a-newer-release'`);
    }
    expect((await get('/readyz')).status).toBe(200);
  });
});

describe.skipIf(!readEnv().TEST_DATABASE_URL)('/readyz when the database goes away (PostgreSQL)', () => {
  it('says 503 with the reason while the database is unreachable, and 200 again once it is back', async () => {
    // A server of its own whose every database connection passes through a network that can be cut.
    const direct = new URL(app.database.url!);
    const network = await startFlakyNetwork(Number(direct.port || 5432));
    const proxied = new URL(direct);
    proxied.hostname = '127.0.0.1';
    proxied.port = new URL(network.url).port;
    const database = await openDatabase({ kind: 'postgres', url: proxied.toString(), poolSize: 2 });
    const server = await createServer({ db: database.db, listen: database.listen, settings: app.settings, database });
    const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    const probe = async (path: string) => {
      const res = await fetch(`${base}${path}`);
      return { status: res.status, body: (await res.json()) as { reason?: string } };
    };
    try {
      expect((await probe('/readyz')).status).toBe(200);
      // The pool's use is in /metrics on PostgreSQL.
      expect(sample((await scrape(base)).text, 'duban_db_pool_max')).toBe(2);

      network.cut();
      const down = await until(
        async () => {
          const answer = await probe('/readyz');
          return answer.status === 503 ? answer : null;
        },
        { timeout: 30_000, message: '/readyz never said 503 with the database cut off' },
      );
      expect(down.body.reason).toMatch(/^数据库/);
      expect((await probe('/healthz')).status).toBe(200);

      network.restore();
      await until(async () => (await probe('/readyz')).status === 200, {
        timeout: 60_000,
        message: '/readyz did not come back to 200 once the database was reachable again',
      });
    } finally {
      network.restore();
      await server.close();
      await database.close();
      await network.close();
    }
  });
});
