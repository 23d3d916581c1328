import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type DubanServer } from '../server/src/app/create-server';
import { readEnv } from '../server/src/config/env';
import { START } from '../server/src/realtime/event-cursor';
import { readEventsAfter } from '../server/src/realtime/event-reader';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { type LiveSubscription, subscribe, subscribeLive } from './kit/live';
import { sqlRows } from './kit/sql';
import { until } from './kit/wait';

const PLAN = 'boshan-ip-2022-2025';
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const PLAN_EVENTS = /* GraphQL */ `
  subscription($plan: String!, $after: String, $filter: PlanEventFilter) {
    planEvents(planCode: $plan, after: $after, filter: $filter) {
      cursor type actor { username } department { code } measure { code } goal { code }
      report { id summary percentComplete measure { code } }
    }
  }
`;

interface Received {
  cursor: string;
  type: string;
  department: { code: string } | null;
  measure: { code: string } | null;
  goal: { code: string } | null;
  report: { summary: string } | null;
}

let app: TestApp;
let finance: ApiClient;
let second: DubanServer;
let secondWsUrl: string;
const open: LiveSubscription<unknown>[] = [];

type Live = LiveSubscription<{ planEvents: Received }>;
const events = (live: Live) => live.received.map((r) => r.planEvents);

/** `planEvents` on `server`, live (registered with its event stream) before it resolves: publish after it. */
async function live(server: DubanServer, wsUrl: string, token: string, variables: Record<string, unknown>) {
  const subscription = await subscribeLive<{ planEvents: Received }>({
    server,
    wsUrl,
    token,
    query: PLAN_EVENTS,
    variables: { plan: PLAN, ...variables },
  });
  open.push(subscription);
  return subscription;
}

/** `planEvents` resuming from a cursor (it replays whatever it missed) or meant to fail: no need to wait. */
function resuming(server: DubanServer, wsUrl: string, token: string, variables: Record<string, unknown>) {
  const subscription = subscribe<{ planEvents: Received }>({
    server,
    wsUrl,
    token,
    query: PLAN_EVENTS,
    variables: { plan: PLAN, ...variables },
  });
  open.push(subscription);
  return subscription;
}

/** Waits until the previous story's sockets have closed on `server`, so that they are not counted as new. */
const socketsClosed = (server: DubanServer) =>
  until(() => server.stats().sockets === 0, {
    message: () => `the server still has ${server.stats().sockets} sockets from the previous story`,
  });

const report = (n: number, measureCode = 'P1.1') => ({
  planCode: PLAN,
  measureCode,
  departmentCode: 'finance',
  period: '2025-06',
  status: 'ON_TRACK',
  percentComplete: n % 101,
  summary: `第 ${n} 次进展`,
});

beforeAll(async () => {
  app = await startTestApp();
  finance = await app.as('finance');
  // A second server on the same database: its own cache, event stream and listening connection.
  second = await createServer({
    db: app.database.db,
    listen: app.database.listen,
    settings: app.settings,
    instrument: true,
  });
  secondWsUrl = `ws://127.0.0.1:${await second.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
  await second.close();
  await app.close();
});

describe('live plan events', () => {
  it('a report posted through one server reaches a subscriber on another', async () => {
    const leader = await app.as('leader');
    const subscriber = await live(second, secondWsUrl, leader.token!, {});
    await finance.gql(SUBMIT, { i: report(1) });
    await subscriber.until(1);
    expect(events(subscriber)[0]).toMatchObject({
      type: 'PROGRESS_REPORTED',
      department: { code: 'finance' },
      measure: { code: 'P1.1' },
      goal: { code: 'G4' },
      report: { summary: '第 1 次进展' },
    });
    await subscriber.close();
  });

  it('each event is resolved against the data as of that event, for resumed and for shared live subscriptions', async () => {
    const leader = await app.as('leader');
    const office = await app.as('market-supervision');
    const head = (
      await leader.gql<{ recentEvents: { events: { cursor: string }[] } }>(
        `{ recentEvents(planCode: "${PLAN}", first: 1) { events { cursor } } }`,
      )
    ).data!.recentEvents.events[0]!.cursor;
    const query = `subscription($plan: String!, $after: String) {
      planEvents(planCode: $plan, after: $after, filter: { measureCode: "P4.1" }) { measure { progress { percent } } }
    }`;
    type Percent = { planEvents: { measure: { progress: { percent: number } } } };
    const [resumed, shared] = await Promise.all(
      [head, null].map((after) =>
        subscribeLive<Percent>({
          server: app.server,
          wsUrl: app.wsUrl,
          token: leader.token,
          query,
          variables: { plan: PLAN, after },
        }),
      ),
    );
    const percents = (live: LiveSubscription<Percent>) =>
      live.received.map((r) => r.planEvents.measure.progress.percent);
    try {
      for (const [n, percent] of [20, 50, 70].entries()) {
        const result = await office.gql(SUBMIT, {
          i: { ...report(percent, 'P4.1'), departmentCode: 'market-supervision', percentComplete: percent },
        });
        expect(result.errors).toBeUndefined();
        // Each event reaches both before the next write: what is resolved live is the data as it stands then (on
        // a shared PostgreSQL server the commit horizon may hold an event back while the next write lands).
        await Promise.all([resumed!.until(n + 1, 20_000), shared!.until(n + 1, 20_000)]);
      }
      expect({ resumed: percents(resumed!), shared: percents(shared!) }).toEqual({
        resumed: [20, 50, 70],
        shared: [20, 50, 70],
      });
    } finally {
      await Promise.all([resumed!.close(), shared!.close()]);
    }
  });

  it('a subscriber that misses 50 events gets exactly those 50, in order, when it resumes from its cursor', async () => {
    const leader = await app.as('leader');
    const first = await live(app.server, app.wsUrl, leader.token!, {});
    await finance.gql(SUBMIT, { i: report(100) });
    await first.until(1);
    const cursor = events(first)[0]!.cursor;
    await first.close();

    for (let n = 1; n <= 50; n++) await finance.gql(SUBMIT, { i: report(100 + n) });

    const resumed = resuming(app.server, app.wsUrl, leader.token!, { after: cursor });
    await resumed.until(50);
    // And one more, live, after the replay.
    await finance.gql(SUBMIT, { i: report(151) });
    await resumed.until(51);
    expect(events(resumed).map((e) => e.report?.summary)).toEqual(
      Array.from({ length: 51 }, (_, i) => `第 ${101 + i} 次进展`),
    );
    expect(new Set(events(resumed).map((e) => e.cursor)).size).toBe(51);
    await resumed.close();
  });

  it('concurrent writers never make a subscriber skip or repeat an event', async () => {
    const leader = await app.as('leader');
    const subscriber = await live(second, secondWsUrl, leader.token!, {});
    const writers = await Promise.all(
      ['finance', 'development-reform', 'industry-it', 'science-technology'].map((u) => app.as(u)),
    );
    const posted = await Promise.all(
      writers.flatMap((writer, w) =>
        Array.from({ length: 10 }, (_, n) =>
          writer.gql<{ submitProgressReport: { id: string } }>(SUBMIT, {
            i: {
              ...report(n),
              departmentCode: ['finance', 'development-reform', 'industry-it', 'science-technology'][w],
              summary: `并发 ${w}-${n}`,
            },
          }),
        ),
      ),
    );
    expect(posted.every((r) => r.errors === undefined)).toBe(true);
    await subscriber.until(40);
    const summaries = events(subscriber).map((e) => e.report?.summary);
    expect(new Set(summaries).size).toBe(40);
    // Delivered in log order: the same order a fresh read of the log gives.
    const log = await readEventsAfter(app.database.db, START, 10_000);
    const logOrder = log
      .filter((e) => String((e.row.payload.after as { summary?: string })?.summary).startsWith('并发'))
      .map((e) => (e.row.payload.after as { summary: string }).summary);
    expect(summaries).toEqual(logOrder);
    await subscriber.close();
  });

  it('filters by department and by type', async () => {
    const leader = await app.as('leader');
    const commerceOnly = await live(app.server, app.wsUrl, leader.token!, { filter: { departmentCode: 'commerce' } });
    const commerce = await app.as('commerce');
    await finance.gql(SUBMIT, { i: report(7) });
    await commerce.gql(SUBMIT, { i: { ...report(8, 'P2.1'), departmentCode: 'commerce' } });
    // Events arrive in log order: had the finance report slipped through the filter, it would have come first.
    await commerceOnly.until(1);
    expect(events(commerceOnly).map((e) => e.department?.code)).toEqual(['commerce']);
    await commerceOnly.close();
  });

  it('an unknown plan or a bad cursor is an error, not a silent stream', async () => {
    const leader = await app.as('leader');
    const bad = resuming(app.server, app.wsUrl, leader.token!, { after: 'not-a-cursor' });
    await bad.failed();
    expect(JSON.stringify(bad.errors)).toContain('BAD_CURSOR');
    await bad.close();
  });
});

describe('fan-out by shape', () => {
  it('thirty subscribers of the same shape share one source: one execution per event', async () => {
    const leader = await app.as('leader');
    const deliver = async (subscribers: number, n: number) => {
      await socketsClosed(app.server);
      const subscribed = await Promise.all(
        Array.from({ length: subscribers }, () => live(app.server, app.wsUrl, leader.token!, {})),
      );
      await finance.gql(SUBMIT, { i: { ...report(n), summary: `计量 ${n}` } });
      // That very report, not just one more event: on a shared PostgreSQL server the commit horizon may hold back
      // an earlier story's report, which then arrives first.
      await Promise.all(
        subscribed.map((l) => l.untilSome((r) => r.planEvents.report?.summary === `计量 ${n}`, `「计量 ${n}」`)),
      );
      const stats = app.server.stats();
      expect(subscribed.every((l) => events(l).at(-1)?.report?.summary === `计量 ${n}`)).toBe(true);
      await Promise.all(subscribed.map((l) => l.close()));
      return stats;
    };
    const one = await deliver(1, 201);
    const thirty = await deliver(30, 202);
    // One shared source per shape: the event stream has one subscriber, whose results all thirty sockets get.
    expect(one).toMatchObject({ sockets: 1, shapes: 1, streamSubscribers: 1 });
    expect(thirty).toMatchObject({ sockets: 30, shapes: 1, streamSubscribers: 1 });
  });
});

describe('the event log', () => {
  it('pages a plan’s history with the same cursors', async () => {
    const leader = await app.as('leader');
    const page = await leader.gql<{
      events: { events: { cursor: string; type: string }[]; endCursor: string; hasMore: boolean };
    }>(
      `query($p: String!, $a: String) { events(planCode: $p, after: $a, first: 5) { events { cursor type } endCursor hasMore } }`,
      { p: PLAN },
    );
    expect(page.data?.events.events).toHaveLength(5);
    expect(page.data?.events.events[0]?.type).toBe('PLAN_IMPORTED');
    expect(page.data?.events.hasMore).toBe(true);
    const next = await leader.gql<{ events: { events: { cursor: string }[] } }>(
      `query($p: String!, $a: String) { events(planCode: $p, after: $a, first: 5) { events { cursor } } }`,
      { p: PLAN, a: page.data?.events.endCursor },
    );
    const cursors = [...page.data!.events.events, ...next.data!.events.events].map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(10);
  });

  it('lists the newest events first and pages back to the oldest, the same events the forward pages hold', async () => {
    const leader = await app.as('leader');
    type Page = { events: { cursor: string }[]; endCursor: string | null; hasMore: boolean };
    const all: string[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const { data }: { data?: { events: Page } | null } = await leader.gql<{ events: Page }>(
        'query($p: String!, $a: String) { events(planCode: $p, after: $a, first: 7) { events { cursor } endCursor hasMore } }',
        { p: PLAN, a: after },
      );
      all.push(...data!.events.events.map((e) => e.cursor));
      [after, more] = [data!.events.endCursor, data!.events.hasMore];
    }
    const backwards: string[] = [];
    for (let before: string | null = null, more = true; more; ) {
      const { data }: { data?: { recentEvents: Page } | null } = await leader.gql<{ recentEvents: Page }>(
        'query($p: String!, $b: String) { recentEvents(planCode: $p, before: $b, first: 7) { events { cursor } endCursor hasMore } }',
        { p: PLAN, b: before },
      );
      backwards.push(...data!.recentEvents.events.map((e) => e.cursor));
      [before, more] = [data!.recentEvents.endCursor, data!.recentEvents.hasMore];
    }
    expect(all.length).toBeGreaterThan(7);
    expect(backwards).toEqual([...all].reverse());
  });

  it('holds back an event whose transaction started before a still-open one, until that one ends', async () => {
    if (!app.database.url) return; // needs two connections: PostgreSQL only (PGlite runs one transaction at a time)
    const postgres = (await import('postgres')).default;
    const slow = postgres(app.database.url, { max: 1 });
    const fast = postgres(app.database.url, { max: 1 });
    try {
      const before = await readEventsAfter(app.database.db, START, 100_000);
      const head = before[before.length - 1]!.cursor;
      const reserved = await slow.reserve();
      await reserved`begin`;
      await reserved`insert into events (type, payload) values ('TEST_SLOW', '{}')`;
      await fast`insert into events (type, payload) values ('TEST_FAST', '{}')`;
      // The fast one committed, but the slow one, begun earlier, may still commit before it: hold both back.
      expect((await readEventsAfter(app.database.db, head, 100)).map((e) => e.row.type)).toEqual([]);
      await reserved`commit`;
      reserved.release();
      // Both arrive once no older transaction is open. The horizon is the whole server's (other databases' tests
      // run beside this one), so wait for it rather than expect it at once.
      let types: string[] = [];
      await until(
        async () => {
          types = (await readEventsAfter(app.database.db, head, 100)).map((e) => e.row.type);
          return types.length >= 2;
        },
        { timeout: 30_000, message: () => `the reader saw only ${JSON.stringify(types)} once both had committed` },
      );
      expect(types).toEqual(['TEST_SLOW', 'TEST_FAST']);
    } finally {
      await slow.end();
      await fast.end();
      await app.database.db.execute(sql`delete from events where type in ('TEST_SLOW', 'TEST_FAST')`);
    }
  });
});

describe('cursor order across a change in the number of digits', () => {
  it.skipIf(Boolean(readEnv().TEST_DATABASE_URL))(
    'events whose transactions straddle 999 → 1000 are read, paged and streamed in commit order',
    async () => {
      // A fresh PGlite cluster starts below 1000 transactions; on a shared server the next boundary is far away.
      const fresh = await startTestApp();
      try {
        const clerk = await fresh.as('finance');
        const leader = await fresh.as('leader');
        const before = (
          await leader.gql<{ recentEvents: { events: { cursor: string }[] } }>(
            `{ recentEvents(planCode: "${PLAN}", first: 1) { events { cursor } } }`,
          )
        ).data!.recentEvents.events[0]!.cursor;
        const [row] = await sqlRows<{ xid: string }>(fresh.database.db, sql`select txid_current()::text as xid`);
        const xid = row!.xid;
        const boundary = 10 ** xid.length;
        // Each block with an exception handler is a subtransaction, and each write in one takes a transaction id.
        await fresh.database.db.execute(
          sql.raw(`do $$ begin
            create temp table burn (n int);
            for i in 1..${boundary - Number(xid) - 5} loop
              begin insert into burn values (i); exception when others then null; end;
            end loop;
            drop table burn;
          end $$`),
        );
        for (let n = 1; n <= 6; n++) await clerk.gql(SUBMIT, { i: report(n) });

        const txids = (cursors: string[]) =>
          cursors.map((c) => Number(Buffer.from(c, 'base64url').toString().split(':')[0]));
        const forward = await leader.gql<{ events: { events: { cursor: string; report: { summary: string } }[] } }>(
          'query($p: String!, $a: String) { events(planCode: $p, after: $a, first: 10) { events { cursor report { summary } } } }',
          { p: PLAN, a: before },
        );
        const events = forward.data!.events.events;
        expect(events.map((e) => e.report.summary)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `第 ${n} 次进展`));
        const ids = txids(events.map((e) => e.cursor));
        expect(Math.min(...ids)).toBeLessThan(boundary);
        expect(Math.max(...ids)).toBeGreaterThanOrEqual(boundary);

        const backward = await leader.gql<{ recentEvents: { events: { cursor: string }[] } }>(
          `{ recentEvents(planCode: "${PLAN}", first: 6) { events { cursor } } }`,
        );
        expect(backward.data!.recentEvents.events.map((e) => e.cursor)).toEqual(events.map((e) => e.cursor).reverse());

        const replay = resuming(fresh.server, fresh.wsUrl, leader.token!, { after: before });
        await replay.until(6);
        expect(replay.received.map((r) => r.planEvents.cursor)).toEqual(events.map((e) => e.cursor));
      } finally {
        await fresh.close();
      }
    },
  );
});
