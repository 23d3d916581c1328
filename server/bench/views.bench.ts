/**
 * `pnpm bench:views`: what the leader's pages cost to read, next to the plan graph's structure (PLAN_GRAPH_QUERY),
 * as history grows. Each page's own query comes from web/src/gql (the documents the dashboard sends), so the bench
 * asks exactly what a screen asks. It prints numbers and ratios against the structure read of the same run; it
 * never passes or fails on time, and exits non-zero only when an answer carried errors.
 *
 * In one process, over PGlite (or TEST_DATABASE_URL's PostgreSQL server), at a fixed clock of 2025-12-10 (the plan's
 * last month, so every rule runs), one fresh database per history:
 *   - 1 year: each leaf reported monthly by its lead through 2025-01 .. 2025-11, one month in eight skipped;
 *   - 4 years ×3: 2022-01 .. 2025-11, each period reported three times (as many rows as twelve years of reports);
 *   - the 100× plan with 4 years, on its own (VIEWS_BENCH_SCALED=0 skips it; VIEWS_BENCH_SEEDED=0 the others).
 * Per view, BENCH_RUNS (default 10) warm runs over HTTP as the leader: p50 and max milliseconds, and statements.
 * VIEWS_BENCH_ONLY=cockpit,structure picks views; VIEWS_BENCH_PROFILE=DIR writes a CPU profile of each view's runs.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { type DocumentNode, print } from 'graphql';
import { type ApiClient, startTestApp, type TestApp } from '../../test/kit/app';
import { PLAN_GRAPH_QUERY } from '../../test/kit/queries';
import {
  AssessmentDocument,
  BigScreenDocument,
  CockpitDocument,
  EvaluationDocument,
  MeetingDocument,
} from '../../web/src/gql/graphql';
import { boshanIpPlanSeed, importPlan } from '../src/seed';
import { scalePlanSeed } from '../src/seed/synthetic-plan';
import { ManualClock } from '../src/shared/clock';
import { type HistoryShape, writeHistory } from './history';
import { profiler } from './profiler';
import { SCALE_FACTOR, SCALED_PLAN, SEEDED_PLAN } from './protocol';
import { type Figure, figure, recordBench } from './results';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const WITH_SCALED = process.env.VIEWS_BENCH_SCALED !== '0';
const WITH_SEEDED = process.env.VIEWS_BENCH_SEEDED !== '0';
const ONLY = process.env.VIEWS_BENCH_ONLY?.split(',');
/** VIEWS_BENCH_PROFILE=DIR: a CPU profile of each view's timed runs. */
const PROFILE_DIR = process.env.VIEWS_BENCH_PROFILE;

interface View {
  name: string;
  query: string;
  variables: (plan: string) => Record<string, unknown>;
  /** Untimed, before each timed run: e.g. a report posted, so that the read is the first after a change. */
  before?: (plan: string, run: number) => Promise<void>;
}

/** A document's text: test/gql's documents are strings already, web/src/gql's are ASTs. */
const text = (document: unknown) =>
  document instanceof String || typeof document === 'string' ? String(document) : print(document as DocumentNode);

const ALL_VIEWS: View[] = [
  { name: 'structure', query: text(PLAN_GRAPH_QUERY), variables: (plan) => ({ code: plan }) },
  { name: 'cockpit', query: text(CockpitDocument), variables: (plan) => ({ plan, first: 20 }) },
  { name: '大屏', query: text(BigScreenDocument), variables: (plan) => ({ plan, first: 20 }) },
  { name: '调度会', query: text(MeetingDocument), variables: (plan) => ({ plan }) },
  { name: '考核', query: text(AssessmentDocument), variables: (plan) => ({ plan, period: null }) },
  { name: '终期评估', query: text(EvaluationDocument), variables: (plan) => ({ plan }) },
  {
    name: 'cockpit after a report',
    query: text(CockpitDocument),
    variables: (plan) => ({ plan, first: 20 }),
    before: (plan, run) => postReport(plan, run),
  },
];

let reporter: { client: ApiClient; measures: { code: string; lead: string }[] } | null = null;

/** A report on one of the plan's leaf measures, by the office, for 2025-12: what a live event brings. */
async function postReport(plan: string, run: number): Promise<void> {
  const { client, measures } = reporter!;
  const measure = measures[run % measures.length]!;
  const answer = await client.gql(
    'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
    {
      i: {
        planCode: plan,
        measureCode: measure.code,
        departmentCode: measure.lead,
        period: '2025-12',
        status: 'ON_TRACK',
        percentComplete: 90 + (run % 10),
        summary: `【基准测试】第 ${run} 次报送`,
      },
    },
  );
  if (answer.errors) throw new Error(`report: ${JSON.stringify(answer.errors).slice(0, 300)}`);
}
const VIEWS = ALL_VIEWS.filter((view) => !ONLY || ONLY.includes(view.name));

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (value: number) => value.toFixed(value < 10 ? 2 : 1);

interface Scenario {
  label: string;
  plan: string;
  scaled: boolean;
  history: HistoryShape;
}

const SEEDED_SCENARIOS: Scenario[] = [
  { label: 'seeded, 1 year', plan: SEEDED_PLAN, scaled: false, history: { from: '2025-01-01', to: '2025-11-30' } },
  {
    label: 'seeded, 4 years ×3',
    plan: SEEDED_PLAN,
    scaled: false,
    history: { from: '2022-01-01', to: '2025-11-30', perPeriod: 3 },
  },
];

const SCENARIOS: Scenario[] = [
  ...(WITH_SEEDED ? SEEDED_SCENARIOS : []),
  ...(WITH_SCALED
    ? [
        {
          label: `x${SCALE_FACTOR}, 4 years`,
          plan: SCALED_PLAN,
          scaled: true,
          history: { from: '2022-01-01', to: '2025-11-30' },
        },
      ]
    : []),
];

async function measure(app: TestApp, leader: ApiClient, view: View, plan: string, label: string) {
  const ask = async () => {
    const answer = await leader.gql(view.query, view.variables(plan));
    if (answer.errors) throw new Error(`${view.name}: ${JSON.stringify(answer.errors).slice(0, 400)}`);
  };
  await view.before?.(plan, RUNS);
  await ask(); // warm
  await view.before?.(plan, RUNS + 1);
  const statements = await app.countStatements(ask);
  const profile = PROFILE_DIR ? await profiler(PROFILE_DIR) : null;
  await profile?.start();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await view.before?.(plan, i);
    const start = performance.now();
    await ask();
    samples.push(performance.now() - start);
  }
  await profile?.stop(`${label}-${view.name}`);
  return { p50: p50(samples), max: Math.max(...samples), statements };
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const lines = ['| history | view | p50 ms | max ms | × structure | SQL statements |', '|---|---|---|---|---|---|'];
  for (const scenario of SCENARIOS) {
    const clock = new ManualClock('2025-12-10T09:00:00+08:00');
    const app = await startTestApp({ clock });
    try {
      if (scenario.scaled) await importPlan(app.database.db, scalePlanSeed(boshanIpPlanSeed, SCALE_FACTOR));
      const started = performance.now();
      const rows = await writeHistory(app.database.db, scenario.plan, scenario.history);
      console.log(`${scenario.label}: ${rows} reports in ${fmt((performance.now() - started) / 1000)} s`);
      const leader = await app.as('leader');
      const admin = await app.as('admin');
      const { data } = await admin.gql<{
        plan: { measures: { code: string; children: unknown[]; leadDepartments: { code: string }[] }[] };
      }>(`query($p: String!) { plan(code: $p) { measures { code children { code } leadDepartments { code } } } }`, {
        p: scenario.plan,
      });
      reporter = {
        client: admin,
        measures: data!.plan.measures
          .filter((m) => m.children.length === 0 && m.leadDepartments.length > 0)
          .map((m) => ({ code: m.code, lead: m.leadDepartments[0]!.code })),
      };
      let structure = 0;
      for (const view of VIEWS) {
        const result = await measure(app, leader, view, scenario.plan, scenario.label);
        if (view.name === 'structure') structure = result.p50;
        const ratio = structure > 0 ? `${(result.p50 / structure).toFixed(1)}×` : '';
        const name = `${scenario.label}: ${view.name}`;
        figures.push(
          figure(`${name} p50`, result.p50, 'ms', view.name === 'structure' ? {} : { floor: structure }),
          figure(`${name} statements`, result.statements, 'count'),
        );
        lines.push(
          `| ${scenario.label} | ${view.name} | ${fmt(result.p50)} | ${fmt(result.max)} | ${ratio} | ${result.statements} |`,
        );
        console.log(lines.at(-1));
      }
    } finally {
      await app.close();
    }
  }
  console.log(`\n${lines.join('\n')}\n`);
  console.log(`figures: ${recordBench('views', figures)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
