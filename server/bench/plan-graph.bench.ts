/**
 * `pnpm bench`: how fast our server answers the whole plan graph (PLAN_GRAPH_QUERY), next to a floor that builds the
 * same JSON in one hand-written SQL statement and only copies it to the socket. It prints numbers and never passes
 * or fails on time; it exits non-zero only when a response was wrong (status, size) or the bench itself broke.
 *
 * Both servers run in child processes (serve-app.ts, serve-floor.ts) so that autocannon, in this process, does not
 * share their event loop. On PostgreSQL they share one fresh database, dropped at the end; on PGlite each child
 * has its own in-memory copy, seeded identically.
 *
 * Environment: BENCH_DURATION_S (measured seconds per run, default 8), BENCH_WARMUP_S (default 2),
 * BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres; skipped with a note if it does not answer).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { PLAN_GRAPH_QUERY } from '../../test/kit/queries';
import { repoRoot } from '../src/config/env';
import { type ServerChild, startChild, stopAllChildren } from './children';
import { compareGraphs } from './compare';
import { type LoadResult, runLoad } from './load';
import { type BenchTarget, SCALED_PLAN, SEEDED_PLAN } from './protocol';
import {
  type BenchReport,
  type DatabaseKind,
  figuresOf,
  formatTable,
  type GraphCheck,
  type Implementation,
  problemsOf,
  type RunResult,
} from './report';
import { recordBench } from './results';

function readSeconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number of seconds, got ${raw}`);
  return value;
}

const DURATION_S = readSeconds('BENCH_DURATION_S', 8);
const WARMUP_S = readSeconds('BENCH_WARMUP_S', 2);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = [1, 4];
const PLANS = [SEEDED_PLAN, SCALED_PLAN];
// The whole report (every run's latency distribution, the checks); its figures go to bench-results/plan-graph.json.
const RESULTS_FILE = path.join(repoRoot, 'bench-results', 'raw', 'plan-graph.json');

const planLabel = (plan: string) => (plan === SEEDED_PLAN ? 'seeded' : plan === SCALED_PLAN ? 'x100' : plan);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** Cleanups still owed (stop children, drop the bench database), run once each on any exit path. */
const pendingCleanups = new Set<() => Promise<void>>();

async function runCleanups(): Promise<void> {
  for (const cleanup of [...pendingCleanups].reverse()) {
    pendingCleanups.delete(cleanup);
    await cleanup().catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

/** Runs `action` the first time only: a signal and a finally block may both ask for the same cleanup. */
function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= action();
    return running;
  };
}

/** What one implementation is asked, and how. */
interface Endpoint {
  implementation: Implementation;
  child: ServerChild;
  url: string;
  headers: Record<string, string>;
  bodyFor(plan: string): string;
}

function oursEndpoint(child: ServerChild): Endpoint {
  return {
    implementation: 'ours',
    child,
    url: `http://127.0.0.1:${child.port}/graphql`,
    // Reading needs a login; the session check is part of every request's cost.
    headers: { 'content-type': 'application/json', authorization: `Bearer ${child.token ?? ''}` },
    bodyFor: (code) => JSON.stringify({ query: PLAN_GRAPH_QUERY, variables: { code } }),
  };
}

function floorEndpoint(child: ServerChild): Endpoint {
  return {
    implementation: 'floor',
    child,
    url: `http://127.0.0.1:${child.port}/floor`,
    headers: { 'content-type': 'application/json' },
    bodyFor: (code) => JSON.stringify({ code }),
  };
}

async function post(endpoint: Endpoint, plan: string): Promise<{ status: number; text: string; elapsedMs: number }> {
  const started = performance.now();
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: endpoint.headers,
    body: endpoint.bodyFor(plan),
  });
  const text = await response.text();
  return { status: response.status, text, elapsedMs: performance.now() - started };
}

/** Before any load: the floor must answer what we answer, or the comparison means nothing. */
async function checkGraphs(
  db: DatabaseKind,
  ours: Endpoint,
  floor: Endpoint,
  report: BenchReport,
): Promise<Map<string, GraphCheck>> {
  const checks = new Map<string, GraphCheck>();
  for (const plan of PLANS) {
    const before = await ours.child.statements();
    const oursResponse = await post(ours, plan);
    const oursStatements = (await ours.child.statements()) - before;
    const floorResponse = await post(floor, plan);
    if (oursResponse.status !== 200 || floorResponse.status !== 200) {
      throw new Error(`[${db}] ${plan}: ours answered ${oursResponse.status}, the floor ${floorResponse.status}`);
    }
    const comparison = compareGraphs(oursResponse.text, floorResponse.text);
    const check: GraphCheck = {
      db,
      plan,
      comparison,
      oursBytes: Buffer.byteLength(oursResponse.text),
      floorBytes: Buffer.byteLength(floorResponse.text),
      oursFirstRequestMs: oursResponse.elapsedMs,
      floorFirstRequestMs: floorResponse.elapsedMs,
      oursStatementsPerRequest: oursStatements,
    };
    report.checks.push(check);
    checks.set(plan, check);
    const verdict = comparison.equal
      ? 'floor JSON deep-equals ours'
      : `floor JSON DIFFERS from ours in plan keys [${comparison.differingKeys.join(', ')}]; first difference ${comparison.firstDifference}`;
    console.log(
      `[${db}] ${planLabel(plan)}: ${verdict} (ours ${kB(check.oursBytes)}, floor ${kB(check.floorBytes)}; ` +
        `first request ours ${ms(check.oursFirstRequestMs)}, floor ${ms(check.floorFirstRequestMs)}; ` +
        `ours ${oursStatements} SQL statements for this first request)`,
    );
  }
  return checks;
}

/**
 * After a timed run stops, up to `connections` requests may still be running on the server; waiting out the slowest
 * response seen keeps them from overlapping the next run (or the statement count read after this one).
 */
function cooldown(load: LoadResult): Promise<void> {
  const slowest = Number.isNaN(load.latencyMs.max) ? 0 : load.latencyMs.max;
  return sleep(Math.min(10_000, Math.max(200, slowest * 1.2)));
}

/**
 * Sequential requests for at least the warm-up time and at least two requests: warms the JIT and the database's
 * caches, and returns the warmed latency of a request on its own (the best after the first), which sizes the runs.
 */
async function calibrate(db: DatabaseKind, endpoint: Endpoint, plan: string): Promise<number> {
  const latencies: number[] = [];
  const deadline = performance.now() + WARMUP_S * 1000;
  while (latencies.length < 2 || performance.now() < deadline) {
    const response = await post(endpoint, plan);
    if (response.status !== 200) throw new Error(`[${db}] ${endpoint.implementation} answered ${response.status}`);
    latencies.push(response.elapsedMs);
  }
  return Math.min(...latencies.slice(1));
}

// A run is timed when at least this many requests fit into it one after another; otherwise it is counted.
const MIN_REQUESTS_FOR_TIMED_RUN = 50;

/**
 * One configuration. Fast requests get a timed run after a timed warm-up. Slow ones (the 100x plan, most of a
 * second per request) get a counted run instead: a timed run drops every request still in flight when it stops,
 * and with 4 connections sharing one event loop each of those takes seconds, a large share of the run (or all of
 * it, when a request takes longer than the run). The count is sized to take about the run time at the calibrated
 * latency, with at least two requests per connection; the calibration requests serve as its warm-up.
 */
async function measure(
  db: DatabaseKind,
  endpoint: Endpoint,
  plan: string,
  connections: number,
  singleRequestMs: number,
  expectedBodyBytes: number,
): Promise<RunResult> {
  const options = {
    url: endpoint.url,
    headers: endpoint.headers,
    body: endpoint.bodyFor(plan),
    connections,
    expectedBodyBytes,
  };
  const timed = singleRequestMs * MIN_REQUESTS_FOR_TIMED_RUN <= DURATION_S * 1000;
  const amount = Math.max(2 * connections, Math.round((DURATION_S * 1000) / singleRequestMs));
  if (timed) await cooldown(await runLoad({ ...options, durationS: WARMUP_S }));
  const before = endpoint.implementation === 'ours' ? await endpoint.child.statements() : null;
  const load = await runLoad(timed ? { ...options, durationS: DURATION_S } : { ...options, amount });
  if (timed) await cooldown(load);
  const sqlPerRequest =
    before === null || load.sent === 0 ? null : ((await endpoint.child.statements()) - before) / load.sent;
  const problems = problemsOf(load);
  console.log(
    `[${db}] ${planLabel(plan).padEnd(6)} ${connections} conn ${endpoint.implementation.padEnd(5)} ` +
      `${load.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${ms(load.latencyMs.p50)}  p99 ${ms(load.latencyMs.p99)}` +
      `  (${load.responses} responses in ${load.durationS.toFixed(1)} s, ${timed ? 'timed' : 'counted'}` +
      `${sqlPerRequest === null ? '' : `, ${sqlPerRequest.toFixed(2)} SQL/req`}` +
      `${problems === 0 ? '' : `, ${problems} PROBLEMS: non-200 ${load.non200}, errors ${load.errors}, size mismatches ${load.sizeMismatches}`})`,
  );
  return {
    db,
    plan,
    connections,
    implementation: endpoint.implementation,
    mode: timed ? 'timed' : 'counted',
    singleRequestMs,
    load,
    sqlPerRequest,
  };
}

/** Starts both servers for one database, checks them against each other, then loads each in turn. */
async function benchDatabase(db: DatabaseKind, target: BenchTarget, report: BenchReport): Promise<void> {
  const started = performance.now();
  let oursChild: ServerChild;
  let floorChild: ServerChild;
  if (target.kind === 'postgres') {
    // The floor reads the rows our server seeds (migrations included), so it starts once ours is ready.
    oursChild = await startChild('ours', 'serve-app.ts', target);
    floorChild = await startChild('floor', 'serve-floor.ts', target);
  } else {
    // Two independent in-memory databases: seed them side by side.
    [oursChild, floorChild] = await Promise.all([
      startChild('ours', 'serve-app.ts', target),
      startChild('floor', 'serve-floor.ts', target),
    ]);
  }
  console.log(`[${db}] servers ready in ${((performance.now() - started) / 1000).toFixed(1)} s (migrated and seeded)`);
  try {
    const ours = oursEndpoint(oursChild);
    const floor = floorEndpoint(floorChild);
    const checks = await checkGraphs(db, ours, floor, report);
    // Ours and the floor alternate per configuration, so slow drift (thermal, other tenants) hits both alike.
    for (const plan of PLANS) {
      const check = checks.get(plan);
      if (!check) throw new Error(`no check for ${plan}`);
      const single = { ours: await calibrate(db, ours, plan), floor: await calibrate(db, floor, plan) };
      console.log(
        `[${db}] ${planLabel(plan)}: warmed single request ours ${ms(single.ours)}, floor ${ms(single.floor)}`,
      );
      for (const connections of CONNECTIONS) {
        for (const endpoint of [ours, floor]) {
          const bytes = endpoint.implementation === 'ours' ? check.oursBytes : check.floorBytes;
          report.runs.push(await measure(db, endpoint, plan, connections, single[endpoint.implementation], bytes));
        }
      }
    }
  } finally {
    await Promise.all([oursChild.stop(), floorChild.stop()]);
  }
}

/** A fresh database on the PostgreSQL server for this run, dropped afterwards whatever happens. */
async function benchPostgres(report: BenchReport): Promise<void> {
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await admin<{ version: string }[]>`select version()`;
    report.machine.postgres = row?.version ?? null;
  } catch (error) {
    const note = `PostgreSQL skipped: ${POSTGRES_URL} did not answer (${error instanceof Error ? error.message : String(error)})`;
    console.log(note);
    report.notes.push(note);
    await admin.end({ timeout: 1 });
    return;
  }
  const name = `duban_bench_${process.pid}`;
  const drop = once(async () => {
    // Children are stopped first; `with (force)` still ends any connection a killed child left behind.
    await stopAllChildren();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
    console.log(`[postgres] dropped database ${name}`);
  });
  pendingCleanups.add(drop);
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  console.log(`[postgres] created database ${name}`);
  try {
    await benchDatabase('postgres', { kind: 'postgres', url: url.toString() }, report);
  } finally {
    pendingCleanups.delete(drop);
    await drop();
  }
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    finishedAt: null,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      postgres: null,
    },
    config: { warmupS: WARMUP_S, durationS: DURATION_S, connections: CONNECTIONS, plans: PLANS },
    notes: [],
    checks: [],
    runs: [],
  };
  console.log(
    `plan-graph bench: ${WARMUP_S} s warm-up + ${DURATION_S} s per run, connections ${CONNECTIONS.join('/')}, ` +
      `${cpus.length} CPUs (${report.machine.cpuModel}); load generator, servers and database share them.`,
  );

  pendingCleanups.add(stopAllChildren);
  // Ctrl-C reaches this process twice (from the terminal and relayed by tsx's CLI), so the handler stays installed
  // and ignores repeats: with `once`, the second SIGINT would kill the process before the database is dropped.
  let stopping = false;
  const stopOnSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the bench servers and dropping the bench database…`);
    void runCleanups().finally(() => process.exit(130));
  };
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);

  try {
    await benchPostgres(report);
    await benchDatabase('pglite', { kind: 'pglite' }, report);
  } finally {
    await runCleanups();
    report.finishedAt = new Date().toISOString();
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    printSummary(report);
    recordBench('plan-graph', figuresOf(report, planLabel));
  }
}

function printSummary(report: BenchReport): void {
  console.log('');
  for (const check of report.checks) {
    console.log(
      `floor = ours? ${check.db.padEnd(8)} ${planLabel(check.plan).padEnd(6)} ${check.comparison.equal ? 'yes' : `NO (${check.comparison.differingKeys.join(', ')})`}`,
    );
  }
  for (const note of report.notes) console.log(`note: ${note}`);
  console.log(`\nplans: seeded = ${SEEDED_PLAN}, x100 = ${SCALED_PLAN}; latencies in ms; ratio = ours / floor;`);
  console.log('SQL/req = our statements per request sent; n = responses measured (ours/floor);');
  console.log('problems = responses not 200 or of another size, plus connection errors (ours/floor)\n');
  console.log(formatTable(report, planLabel));
  console.log(`\nraw results: ${RESULTS_FILE}`);
  const problems = report.runs.reduce((sum, run) => sum + problemsOf(run.load), 0);
  if (problems > 0) {
    console.log(`\n${problems} problem responses: see the per-run lines above.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exitCode = 1;
});
