/**
 * `pnpm bench:supervision`: what the supervision views and the supervisor cost on the Boshan plan with a realistic
 * history, and on a plan 100× its size. It prints numbers (milliseconds and SQL statements) and never passes or
 * fails on time; it exits non-zero only when an answer was wrong.
 *
 * In one process, over PGlite (or TEST_DATABASE_URL's PostgreSQL server), at a fixed clock of 2026-01-15, after the
 * plan's end:
 *   - history: every leaf measure reported monthly by its lead, 2022-01 to 2025-11, with one month in eight
 *     skipped (the late reports warnings and the assessment judge), and 40 urging notices, half answered;
 *   - per view, BENCH_RUNS (default 15) warm runs over HTTP: p50 and max milliseconds, and the statement count;
 *   - the supervisor: a sweep with nothing changed, an idle tick, and a sweep that escalates 40 overdue notices.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { type ApiClient, startTestApp, type TestApp } from '../../test/kit/app';
import { periodsBetween, ReportingCycle } from '../src/modules/period';
import { boshanIpPlanSeed, importPlan } from '../src/seed';
import { scalePlanSeed } from '../src/seed/synthetic-plan';
import { ManualClock } from '../src/shared/clock';
import { SCALE_FACTOR, SCALED_PLAN, SEEDED_PLAN } from './protocol';
import { type Figure, figure, recordBench } from './results';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const clock = new ManualClock('2026-01-15T09:00:00+08:00');

interface Measure {
  code: string;
  assignments: { role: string; department: { code: string } }[];
}

async function must<T>(client: ApiClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await client.gql<T>(query, variables);
  if (result.errors || !result.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Monthly reports by each leaf measure's lead, one month in eight skipped; returns how many were posted. */
async function backfill(app: TestApp, plan: string): Promise<number> {
  const admin = await app.as('admin');
  const { plan: found } = await must<{ plan: { measures: Measure[] } }>(
    admin,
    `query($p: String!) { plan(code: $p) { measures(kind: MEASURE) { code assignments { role department { code } } } } }`,
    { p: plan },
  );
  const periods = periodsBetween('2022-01-01', '2025-11-30', ReportingCycle.MONTHLY);
  let posted = 0;
  for (const [m, measure] of found.measures.entries()) {
    const lead = measure.assignments.find((a) => a.role === 'LEAD')?.department.code;
    if (!lead) continue;
    const posts = periods
      .filter((_, p) => (p + m) % 8 !== 0)
      .map((period, p) =>
        admin
          .gql('mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }', {
            i: {
              planCode: plan,
              measureCode: measure.code,
              departmentCode: lead,
              period,
              status: p % 11 === 0 ? 'AT_RISK' : 'ON_TRACK',
              percentComplete: Math.min(100, Math.round(((p + 1) / periods.length) * 100)),
              summary: `【基准测试】${period} 按计划推进`,
            },
          })
          .then((r) => {
            if (r.errors) throw new Error(JSON.stringify(r.errors));
            posted += 1;
          }),
      );
    for (let i = 0; i < posts.length; i += 16) await Promise.all(posts.slice(i, i + 16));
  }
  return posted;
}

/** 40 notices on the plan's first measures to their leads, due 2026-01-10: half answered in time, half not. */
async function notices(app: TestApp, plan: string, measures: Measure[]): Promise<void> {
  const leader = await app.as('leader');
  clock.set('2026-01-05T09:00:00+08:00');
  for (let n = 0; n < 40; n++) {
    const measure = measures[n % measures.length]!;
    const lead = measure.assignments.find((a) => a.role === 'LEAD')!.department.code;
    const { issueUrgeNotice } = await must<{ issueUrgeNotice: { id: string } }>(
      leader,
      'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
      {
        i: {
          planCode: plan,
          measureCode: measure.code,
          departmentCode: lead,
          level: 'REMIND',
          text: `催报 ${n}`,
          dueOn: '2026-01-09',
        },
      },
    );
    if (n % 2 === 0) {
      const clerk = await app.as(lead);
      await must(clerk, 'mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { id } }', { id: issueUrgeNotice.id });
      await must(clerk, 'mutation($id: ID!) { respondToUrgeNotice(id: $id, response: "已报送") { id } }', {
        id: issueUrgeNotice.id,
      });
    }
  }
  clock.set('2026-01-15T09:00:00+08:00');
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (value: number) => value.toFixed(value < 10 ? 2 : 1);

async function time(run: () => Promise<unknown>): Promise<{ p50: number; max: number }> {
  await run(); // warm
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { p50: p50(samples), max: Math.max(...samples) };
}

async function benchPlan(app: TestApp, plan: string, label: string, figures: Figure[]): Promise<string[]> {
  const leader = await app.as('leader');
  const views: [string, string][] = [
    [
      'assessment, whole term',
      `{ departmentAssessment(planCode: "${plan}") { rows { rank score parts { points reason } } } }`,
    ],
    ['assessment, 2025', `{ departmentAssessment(planCode: "${plan}", period: "2025") { rows { rank score } } }`],
    [
      'evaluation',
      `{ planEvaluation(planCode: "${plan}") { final summary { openItems } indicators { verdict reason } measures { verdict reason } departments { reason } openItems { title } } }`,
    ],
    [
      'warnings (plan, goals, measures, departments)',
      `{ plan(code: "${plan}") { warning { level } goals { warning { level } } measures { warning { level reason } } departments { warning(planCode: "${plan}") { level } } } }`,
    ],
    [
      'urging notices with extensions',
      `{ plan(code: "${plan}") { urgeNotices { id overdue agreedDueOn extensionRequests { state } } } }`,
    ],
  ];
  const lines: string[] = [];
  for (const [name, query] of views) {
    const check = await leader.gql(query);
    if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
    const statements = await app.countStatements(() => leader.gql(query));
    const t = await time(() => leader.gql(query));
    lines.push(`| ${label} | ${name} | ${fmt(t.p50)} | ${fmt(t.max)} | ${statements} |`);
    figures.push(
      figure(`${name}, ${label}: p50`, t.p50, 'ms'),
      figure(`${name}, ${label}: max`, t.max, 'ms'),
      figure(`${name}, ${label}: SQL statements`, statements, 'count'),
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  try {
    await importPlan(app.database.db, scalePlanSeed(boshanIpPlanSeed, SCALE_FACTOR));
    const started = performance.now();
    const posted = await backfill(app, SEEDED_PLAN);
    console.log(`history: ${posted} reports on ${SEEDED_PLAN} in ${fmt((performance.now() - started) / 1000)} s`);
    const admin = await app.as('admin');
    const { plan } = await must<{ plan: { measures: Measure[] } }>(
      admin,
      `{ plan(code: "${SEEDED_PLAN}") { measures(kind: MEASURE) { code assignments { role department { code } } } } }`,
    );
    await notices(app, SEEDED_PLAN, plan.measures);
    const supervisor = app.server.supervisor!;
    await supervisor.sweepNow(); // the first sweep records levels, and escalates the 20 unanswered notices

    const lines = ['| plan | view | p50 ms | max ms | SQL statements |', '|---|---|---|---|---|'];
    const figures: Figure[] = [];
    lines.push(...(await benchPlan(app, SEEDED_PLAN, 'seeded', figures)));
    lines.push(...(await benchPlan(app, SCALED_PLAN, `x${SCALE_FACTOR} (no history)`, figures)));
    console.log(`\n${lines.join('\n')}\n`);

    const sweepStatements = await app.countStatements(() => supervisor.sweepNow());
    const sweep = await time(() => supervisor.sweepNow());
    await supervisor.tick(); // the first tick after start sweeps; from the second on it is idle
    const tickStatements = await app.countStatements(() => supervisor.tick());
    const tick = await time(() => supervisor.tick());
    // The escalated notices' new reply dates (3 working days after 01-15: 01-20) have passed.
    clock.set('2026-01-21T09:00:00+08:00');
    const escalating = performance.now();
    const escalated = await supervisor.sweepNow();
    const escalation = performance.now() - escalating;
    console.log('| supervisor | ms | SQL statements |\n|---|---|---|');
    console.log(
      `| sweep of both plans, nothing changed (p50 / max) | ${fmt(sweep.p50)} / ${fmt(sweep.max)} | ${sweepStatements} |`,
    );
    console.log(
      `| idle tick: same day, no new input (p50 / max) | ${fmt(tick.p50)} / ${fmt(tick.max)} | ${tickStatements} |`,
    );
    console.log(`| sweep escalating ${escalated} changes (notices and warnings) | ${fmt(escalation)} | |`);
    recordBench('supervision', [
      ...figures,
      figure('supervisor sweep, nothing changed: p50', sweep.p50, 'ms'),
      figure('supervisor sweep, nothing changed: max', sweep.max, 'ms'),
      figure('supervisor sweep, nothing changed: SQL statements', sweepStatements, 'count'),
      figure('supervisor idle tick: p50', tick.p50, 'ms'),
      figure('supervisor idle tick: max', tick.max, 'ms'),
      figure('supervisor idle tick: SQL statements', tickStatements, 'count'),
      figure(`supervisor sweep escalating ${escalated} changes: p50`, escalation, 'ms'),
    ]);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
