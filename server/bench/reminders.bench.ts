/**
 * `pnpm bench:reminders` (issue 19): ten thousand reminders falling due at one moment on the 100× plan. It prints
 * the time the reminder sweep takes to queue them, the time the sender takes to deliver them to a local receiver,
 * and the event stream's lag meanwhile (a report posted every 100 ms, until a live planEvents subscriber has it),
 * each against a floor measured in the same run: the same rows inserted by one hand-written statement, the same
 * number of POSTs sent straight to the receiver 50 at a time, and the lag with nothing else going on. It never
 * passes or fails on time; it exits non-zero only when something was lost.
 *
 * Monday 8 December 2025, 09:00: November's reports were due on Friday the 5th, so every department leading a duty
 * owes its MISSED reminder (one per department, naming each measure: to each of its clerks, and to the department's
 * own contacts). Each leading department has enough clerks for ten thousand reminders in all.
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../test/kit/app';
import { subscribeLive } from '../../test/kit/live';
import { executeRows } from '../src/db/client';
import { ChannelSet } from '../src/modules/message';
import { boshanIpPlanSeed, importPlan } from '../src/seed';
import { scalePlanSeed } from '../src/seed/synthetic-plan';
import { ManualClock } from '../src/shared/clock';
import { SCALE_FACTOR, SCALED_PLAN } from './protocol';
import { figure, recordBench } from './results';

const clock = new ManualClock('2025-12-08T09:00:00+08:00');
const CONCURRENCY = 50;
/** Reminders to make due at one moment. */
const TARGET = 10_000;

/** A local receiver that answers every POST at once. */
async function receiver(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    count: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? 0;
const fmt = (value: number) => value.toFixed(value < 10 ? 2 : 1);

/** Posts a report every 100 ms while `during` runs, and measures each until a live subscriber has it. */
async function lagDuring(app: TestApp, during: () => Promise<unknown>): Promise<number[]> {
  const clerk = await app.as('market-supervision');
  const live = await subscribeLive<{ planEvents: { report: { summary: string } | null } }>({
    server: app.server,
    wsUrl: app.wsUrl,
    token: clerk.token,
    query: `subscription { planEvents(planCode: "boshan-ip-2022-2025", filter: { types: [PROGRESS_REPORTED] }) { report { summary } } }`,
  });
  const lags: number[] = [];
  let running = true;
  let n = 0;
  const probe = (async () => {
    while (running) {
      const summary = `【提醒基准】探针 ${Date.now()}-${n++}`;
      const posted = performance.now();
      const result = await clerk.gql(
        'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
        {
          i: {
            planCode: 'boshan-ip-2022-2025',
            measureCode: 'P1.1',
            departmentCode: 'market-supervision',
            period: '2025-11',
            status: 'ON_TRACK',
            percentComplete: 50,
            summary,
          },
        },
      );
      if (result.errors) throw new Error(`probe report refused: ${JSON.stringify(result.errors)}`);
      await live.untilSome((r) => r.planEvents.report?.summary === summary, `the probe report ${summary}`, 120_000);
      lags.push(performance.now() - posted);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    await during();
  } finally {
    running = false;
    await probe;
    await live.close();
  }
  return lags;
}

async function main(): Promise<void> {
  const hook = await receiver();
  const app = await startTestApp({
    clock,
    superviseEveryMs: 3_600_000,
    messages: {
      channels: ChannelSet.fromSettings({ smtpUrl: null, mailFrom: 'duban <duban@localhost>' }),
      publicUrl: () => 'http://duban.intranet:4000',
      sendEveryMs: 3_600_000,
    },
  });
  try {
    await importPlan(app.database.db, scalePlanSeed(boshanIpPlanSeed, SCALE_FACTOR));
    // A reminder goes to a department once per period and step, naming every measure it owes, so ten thousand of
    // them at one moment means many clerks: each unit that leads a duty gets enough clerks for ten thousand in all,
    // each with a robot of their own, and every unit its work-group robot.
    const [{ leads = 1 } = {}] = await executeRows<{ leads: number }>(
      app.database.db,
      sql`select count(distinct department_id)::integer as leads from assignments where role = 'LEAD'`,
    );
    const clerks = Math.ceil(TARGET / leads);
    await app.database.db.execute(
      sql`insert into users (username, display_name, password_hash, role, department_id)
        select 'bench-' || d.id || '-' || g, d.name || '填报员' || g, 'not-a-hash', 'REPORTER', d.id
        from departments d, generate_series(1, ${clerks}) g
        where d.id in (select department_id from assignments where role = 'LEAD')`,
    );
    await app.database.db.execute(
      sql`insert into contacts (department_id, channel, address, format, secret, created_by)
        select d.id, 'WEBHOOK', ${hook.url}, 'GENERIC', 'bench-secret', (select id from users where username = 'admin')
        from departments d`,
    );
    await app.database.db.execute(
      sql`insert into contacts (user_id, channel, address, format, secret, created_by)
        select u.id, 'WEBHOOK', ${hook.url}, 'GENERIC', 'bench-secret', u.id from users u where u.role = 'REPORTER'`,
    );
    const idle = await lagDuring(app, () => new Promise((resolve) => setTimeout(resolve, 3_000)));

    let queued = 0;
    let queueMs = 0;
    const queuing = await lagDuring(app, async () => {
      const started = performance.now();
      queued = await app.server.reminders!.sweepNow();
      queueMs = performance.now() - started;
    });
    const [{ deliveries = 0 } = {}] = await executeRows<{ deliveries: number }>(
      app.database.db,
      sql`select count(*)::integer as deliveries from deliveries where state = 'PENDING'`,
    );

    let deliverMs = 0;
    const delivering = await lagDuring(app, async () => {
      const started = performance.now();
      await app.server.sender!.drain();
      deliverMs = performance.now() - started;
    });
    const [left] = await executeRows<{ pending: number; sent: number; failed: number }>(
      app.database.db,
      sql`select count(*) filter (where state = 'PENDING')::integer as pending,
          count(*) filter (where state = 'SENT')::integer as sent,
          count(*) filter (where state = 'FAILED')::integer as failed from deliveries`,
    );
    if (!left || left.pending > 0 || left.failed > 0 || hook.count() < deliveries) {
      throw new Error(`deliveries lost: ${JSON.stringify(left)}, the receiver got ${hook.count()} of ${deliveries}`);
    }

    // Floors: the same number of message rows by one statement; the same number of POSTs straight to the receiver.
    const floorQueue = performance.now();
    await app.database.db
      .transaction(async (tx) => {
        await tx.execute(
          sql`insert into messages (plan_id, kind, department_id, facts, dedup_key)
          select (select id from plans where code = ${SCALED_PLAN}), 'REPORT_DUE', (select min(id) from departments),
            '{"kind":"REPORT_DUE"}'::jsonb, 'floor:' || g from generate_series(1, ${queued}) g`,
        );
        tx.rollback();
      })
      .catch(() => {});
    const floorQueueMs = performance.now() - floorQueue;
    const floorSend = performance.now();
    const body = JSON.stringify({ title: '报送提醒', text: 'x'.repeat(400) });
    for (let i = 0; i < deliveries; i += CONCURRENCY) {
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, deliveries - i) }, () =>
          fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) =>
            r.arrayBuffer(),
          ),
        ),
      );
    }
    const floorSendMs = performance.now() - floorSend;

    const idleP50 = percentile(idle, 0.5);
    const rows: [string, number, number, string][] = [
      [`queue ${queued} reminders (${deliveries} deliveries), one sweep`, queueMs, floorQueueMs, 'one insert … select'],
      [`deliver ${deliveries} to a local receiver`, deliverMs, floorSendMs, `${CONCURRENCY} POSTs at a time`],
      ['event lag while queuing, p50', percentile(queuing, 0.5), idleP50, 'idle p50'],
      ['event lag while queuing, max', Math.max(...queuing), Math.max(...idle), 'idle max'],
      ['event lag while delivering, p50', percentile(delivering, 0.5), idleP50, 'idle p50'],
      ['event lag while delivering, max', Math.max(...delivering), Math.max(...idle), 'idle max'],
    ];
    console.log('\n| | ms | floor ms | × floor | floor |\n|---|---|---|---|---|');
    for (const [name, value, floor, what] of rows) {
      console.log(`| ${name} | ${fmt(value)} | ${fmt(floor)} | ${fmt(value / floor)} | ${what} |`);
    }
    console.log(
      `\nprobes: ${idle.length} idle, ${queuing.length} while queuing, ${delivering.length} while delivering; ` +
        `delivered ${fmt(deliveries / (deliverMs / 1000))}/s`,
    );
    const timed = (name: string, value: number, floor: number) =>
      figure(name, value, 'ms', { floor, ratio: value / floor });
    recordBench('reminders', [
      figure('reminders queued in one sweep: count', queued, 'count', { better: 'higher' }),
      figure('deliveries: count', deliveries, 'count', { better: 'higher' }),
      timed('queue them, one sweep: time', queueMs, floorQueueMs),
      timed('deliver them to a local receiver: time', deliverMs, floorSendMs),
      figure('deliver them to a local receiver: rate', deliveries / (deliverMs / 1000), 'req/s'),
      timed('event lag while queuing: p50', percentile(queuing, 0.5), idleP50),
      timed('event lag while queuing: max', Math.max(...queuing), Math.max(...idle)),
      timed('event lag while delivering: p50', percentile(delivering, 0.5), idleP50),
      timed('event lag while delivering: max', Math.max(...delivering), Math.max(...idle)),
    ]);
  } finally {
    await app.close();
    await hook.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
