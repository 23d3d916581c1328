/**
 * `pnpm bench:revision` (part of `pnpm bench`): publishing a revision (方案调整) while 1 000 subscribers hold the
 * plan's event subscription. For the seeded plan (the floor, measured in the same run) and the plan 100 times its
 * size, it prints the time to commit (the mutation's answer) and the time until every subscriber has the
 * PLAN_REVISED event, as medians and maxima over REVISION_BENCH_ROUNDS revisions (default 10), and the ratio of the
 * 100× plan to the floor. Numbers only: it fails only when an event is lost or a revision is refused.
 *
 * The server runs in a child process (serve-app.ts) with its clock in 2025, when the plans are in force; the
 * subscribers run in client processes (fanout-client.ts). Environment: REVISION_BENCH_SUBSCRIBERS (default 1 000),
 * REVISION_BENCH_ROUNDS, BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres; PGlite when it
 * does not answer).
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { type ServerChild, startChild, stopAllChildren } from './children';
import { type BenchTarget, SCALED_PLAN, SEEDED_PLAN } from './protocol';
import { figure, recordBench } from './results';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '..');
const SUBSCRIBERS = Number(process.env.REVISION_BENCH_SUBSCRIBERS ?? 1_000);
const ROUNDS = Number(process.env.REVISION_BENCH_ROUNDS ?? 10);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
/** A day the plans (2022–2025) are in force. */
const CLOCK = '2025-06-02';
const DELIVERY_TIMEOUT_MS = 60_000;
const cleanups: (() => Promise<void>)[] = [];
const clients: ChildProcess[] = [];

const PUBLISH = `mutation($input: PlanRevisionInput!) { publishRevision(input: $input) { revision { number } } }`;
const subscription = (plan: string) => `subscription { planEvents(planCode: "${plan}") { cursor type } }`;

async function freshPostgres(): Promise<BenchTarget> {
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin`select 1`;
  } catch (error) {
    console.log(`PostgreSQL not available at ${POSTGRES_URL} (${(error as Error).message}): using PGlite`);
    await admin.end({ timeout: 1 });
    return { kind: 'pglite' };
  }
  const name = `duban_revision_bench_${process.pid}`;
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  });
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString() };
}

/** Opens the subscribers in client processes (at most 2 500 each) and resolves when all are subscribed. */
async function subscribe(wsUrl: string, token: string, plan: string): Promise<ChildProcess[]> {
  const processes = Math.max(1, Math.ceil(SUBSCRIBERS / 2_500));
  const perProcess = Math.ceil(SUBSCRIBERS / processes);
  return Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const child = fork(path.join(here, 'fanout-client.ts'), [], { execArgv: ['--import', 'tsx'], cwd: serverDir });
      clients.push(child);
      const count = Math.min(perProcess, SUBSCRIBERS - i * perProcess);
      return new Promise<ChildProcess>((resolve, reject) => {
        child.on('message', (m: { type: string; ready?: number; failed?: number }) => {
          if (m.type !== 'ready') return;
          if (m.failed) reject(new Error(`${m.failed} of ${count} subscribers could not subscribe`));
          else resolve(child);
        });
        child.send({ type: 'start', url: wsUrl, mode: 'graphql', token, query: subscription(plan), count });
      });
    }),
  );
}

/** The arrival times (epoch ms) the subscribers have collected since the last call, all processes together. */
async function arrivals(processes: ChildProcess[]): Promise<number[]> {
  const lists = await Promise.all(
    processes.map(
      (child) =>
        new Promise<number[]>((resolve) => {
          const onMessage = (m: { type: string; arrivals?: number[] }) => {
            if (m.type !== 'arrivals') return;
            child.off('message', onMessage);
            resolve(m.arrivals ?? []);
          };
          child.on('message', onMessage);
          child.send({ type: 'report' });
        }),
    ),
  );
  return lists.flat();
}

async function gql<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`bench request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** One revision of two changes: a measure's title and an indicator's target, different each round. */
function revision(plan: string, round: number) {
  return {
    planCode: plan,
    reason: `压测：第 ${round} 次调整`,
    docNumber: `博知强区办〔2025〕${round}号`,
    effectiveOn: CLOCK,
    changes: [
      { updateMeasure: { measureCode: 'P1.1', title: `提升知识产权管理综合效能（第 ${round} 次调整）` } },
      {
        updateIndicator: {
          indicatorCode: 'valid-trademarks',
          target: 8000 + round,
          targetText: `有效商标注册量累计达到${8000 + round}件`,
        },
      },
    ],
  };
}

interface Round {
  commitMs: number;
  allDeliveredMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function benchPlan(app: ServerChild, plan: string): Promise<Round[]> {
  const token = app.token;
  if (!token) throw new Error('serve-app gave no token');
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const processes = await subscribe(`ws://127.0.0.1:${app.port}/graphql`, token, plan);
  const rounds: Round[] = [];
  try {
    // Round 0 warms the caches and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      await arrivals(processes);
      const started = performance.timeOrigin + performance.now();
      await gql(url, token, PUBLISH, { input: revision(plan, round + 1) });
      const committed = performance.timeOrigin + performance.now();
      const seen: number[] = [];
      const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
      while (seen.length < SUBSCRIBERS) {
        if (Date.now() > deadline) {
          throw new Error(`only ${seen.length} of ${SUBSCRIBERS} subscribers got revision ${round + 1} of ${plan}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen.push(...(await arrivals(processes)));
      }
      if (round > 0) rounds.push({ commitMs: committed - started, allDeliveredMs: Math.max(...seen) - started });
    }
  } finally {
    for (const child of processes) child.kill();
  }
  return rounds;
}

async function main(): Promise<void> {
  const target = await freshPostgres();
  process.env.BENCH_CLOCK = CLOCK;
  process.env.BENCH_ACCOUNT_ROLE = 'ADMIN';
  const app = await startChild('app', 'serve-app.ts', target);
  const results = new Map<string, Round[]>();
  for (const plan of [SEEDED_PLAN, SCALED_PLAN]) results.set(plan, await benchPlan(app, plan));
  await app.stop();

  const floor = results.get(SEEDED_PLAN) ?? [];
  const scaled = results.get(SCALED_PLAN) ?? [];
  const row = (label: string, rounds: Round[]) => {
    const commit = rounds.map((r) => r.commitMs);
    const all = rounds.map((r) => r.allDeliveredMs);
    return `${label.padEnd(16)} ${median(commit).toFixed(1).padStart(10)} ${Math.max(...commit)
      .toFixed(1)
      .padStart(10)} ${median(all).toFixed(1).padStart(12)} ${Math.max(...all)
      .toFixed(1)
      .padStart(12)}`;
  };
  console.log(
    `\n方案调整 with ${SUBSCRIBERS} subscribers, ${ROUNDS} revisions of 2 changes each, on ${target.kind} (ms):`,
  );
  console.log(
    `${'plan'.padEnd(16)} ${'commit p50'.padStart(10)} ${'max'.padStart(10)} ${'all got p50'.padStart(12)} ${'max'.padStart(12)}`,
  );
  console.log(row('seeded (floor)', floor));
  console.log(row('x100', scaled));
  const commitRatio = median(scaled.map((r) => r.commitMs)) / median(floor.map((r) => r.commitMs));
  const deliveredRatio = median(scaled.map((r) => r.allDeliveredMs)) / median(floor.map((r) => r.allDeliveredMs));
  console.log(`ratio x100 / floor: commit ${commitRatio.toFixed(2)}, every subscriber ${deliveredRatio.toFixed(2)}`);
  const figures = (label: string, rounds: Round[]) => [
    figure(`${label}: commit p50`, median(rounds.map((r) => r.commitMs)), 'ms'),
    figure(`${label}: commit max`, Math.max(...rounds.map((r) => r.commitMs)), 'ms'),
    figure(`${label}: every subscriber has it, p50`, median(rounds.map((r) => r.allDeliveredMs)), 'ms'),
    figure(`${label}: every subscriber has it, max`, Math.max(...rounds.map((r) => r.allDeliveredMs)), 'ms'),
  ];
  recordBench('revision', [
    ...figures('seeded plan (the floor)', floor),
    ...figures('the 100× plan', scaled),
    figure('ratio 100× / floor: commit p50', commitRatio, '×'),
    figure('ratio 100× / floor: every subscriber has it, p50', deliveredRatio, '×'),
  ]);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const child of clients) child.kill();
    await stopAllChildren();
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  });
