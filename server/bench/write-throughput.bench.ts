// pnpm bench:writes — sustained writes with live subscribers: departments post submitProgressReport through the
// public HTTP API (WRITE_BENCH_CONNECTIONS closed-loop connections, default 16, for WRITE_BENCH_DURATION_S, default
// 10, after a 2-second warm-up) while WRITE_BENCH_SUBSCRIBERS (default 1 000) graphql-ws subscribers in a client
// process hold `planEvents`. Prints reports/s, mutation latency p50/p99/max, and events delivered and lost (every
// subscriber must see every report). Runs against a fresh database on the PostgreSQL server at
// BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards; on the embedded
// PGlite when that server does not answer. Prints numbers only.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '..');
const env = process.env;
const SUBSCRIBERS = Number(env.WRITE_BENCH_SUBSCRIBERS ?? 1_000);
const CONNECTIONS = Number(env.WRITE_BENCH_CONNECTIONS ?? 16);
const DURATION_S = Number(env.WRITE_BENCH_DURATION_S ?? 10);
const WARMUP_S = 2;
const POSTGRES_URL = env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PLAN = 'boshan-ip-2022-2025';
const SUBSCRIPTION = `subscription { planEvents(planCode: "${PLAN}") { cursor type report { id summary percentComplete } } }`;
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id version } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** A fresh database on the PostgreSQL server, or null (PGlite) when the server does not answer. */
async function freshPostgres(): Promise<string | null> {
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin`select 1`;
  } catch (error) {
    console.log(`PostgreSQL not available at ${POSTGRES_URL} (${(error as Error).message}): using PGlite`);
    await admin.end({ timeout: 1 });
    return null;
  }
  const name = `duban_write_bench_${process.pid}`;
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
    console.log(`[postgres] dropped database ${name}`);
  });
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Our server exactly as `pnpm start` runs it, with the demo accounts (its NODE_ENV is development). */
async function startServer(databaseUrl: string | null): Promise<{ child: ChildProcess; port: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-writes-'));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  // WRITE_BENCH_CPU_PROF=<dir>: the server writes a CPU profile there when it stops.
  const profile = env.WRITE_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${env.WRITE_BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...env,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir }),
      PORT: '0',
      NODE_ENV: 'development',
      LOGIN_FAILURE_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /督办已启动: http:\/\/localhost:(\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited during start-up (${code})`)));
  });
  return { child, port };
}

interface Assignment {
  role: string;
  department: { code: string; kind: string };
}

/** Who may post on what: up to twelve departments (not groups), each on the measures assigned to it. */
async function writers(url: string): Promise<{ token: string; department: string; measure: string }[]> {
  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(`bench request failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const login = async (username: string) =>
    (
      await gql<{ login: { token: string } }>(
        'mutation($u: String!) { login(username: $u, password: "demo") { token } }',
        { u: username },
      )
    ).login.token;
  const { plan } = await gql<{ plan: { measures: { code: string; assignments: Assignment[] }[] } }>(
    'query($p: String!) { plan(code: $p) { measures(kind: MEASURE) { code assignments { role department { code kind } } } } }',
    { p: PLAN },
    await login('leader'),
  );
  const pairs: { department: string; measure: string }[] = [];
  for (const measure of plan.measures)
    for (const a of measure.assignments)
      if (a.department.kind !== 'GROUP') pairs.push({ department: a.department.code, measure: measure.code });
  const departments = [...new Set(pairs.map((p) => p.department))].slice(0, 12);
  const tokens = new Map<string, string>();
  for (const department of departments) tokens.set(department, await login(department));
  return pairs.flatMap((p) => {
    const token = tokens.get(p.department);
    return token ? [{ ...p, token }] : [];
  });
}

/** Opens the subscribers in client processes and resolves when all are subscribed. */
async function startSubscribers(wsUrl: string, token: string): Promise<ChildProcess[]> {
  const processes = Math.max(1, Math.ceil(SUBSCRIBERS / 2_500));
  const perProcess = Math.ceil(SUBSCRIBERS / processes);
  return Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const child = fork(path.join(here, 'fanout-client.ts'), [], { execArgv: ['--import', 'tsx'], cwd: serverDir });
      children.push(child);
      const count = Math.min(perProcess, SUBSCRIBERS - i * perProcess);
      return new Promise<ChildProcess>((resolve) => {
        child.on('message', (m: { type: string }) => m.type === 'ready' && resolve(child));
        child.send({ type: 'start', url: wsUrl, mode: 'graphql', token, query: SUBSCRIPTION, count, countOnly: true });
      });
    }),
  );
}

/** Messages the subscribers have received so far, all processes together. */
async function delivered(clients: ChildProcess[]): Promise<number> {
  const counts = await Promise.all(
    clients.map(
      (child) =>
        new Promise<number>((resolve) => {
          const onMessage = (m: { type: string; delivered?: number }) => {
            if (m.type !== 'arrivals') return;
            child.off('message', onMessage);
            resolve(m.delivered ?? 0);
          };
          child.on('message', onMessage);
          child.send({ type: 'report' });
        }),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

interface Run {
  ok: number;
  failed: number;
  durationS: number;
  latencies: Float64Array;
  firstError: string | null;
}

/** One closed-loop run: each connection posts the next report as soon as the last one is answered. */
function post(url: string, pairs: { token: string; department: string; measure: string }[], seconds: number) {
  let next = 0;
  let ok = 0;
  let failed = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  return new Promise<Run>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const pair = pairs[next++ % pairs.length];
              return {
                ...request,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${pair?.token}` },
                body: JSON.stringify({
                  query: SUBMIT,
                  variables: {
                    i: {
                      planCode: PLAN,
                      measureCode: pair?.measure,
                      departmentCode: pair?.department,
                      period: '2025-06',
                      status: 'ON_TRACK',
                      percentComplete: next % 101,
                      summary: `写入压测 ${next}`,
                    },
                  },
                }),
              };
            },
            onResponse: (status, body) => {
              if (status === 200 && body.includes('"submitProgressReport":{')) ok += 1;
              else {
                failed += 1;
                firstError ??= `${status} ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else
          resolve({
            ok,
            failed,
            durationS: result.duration,
            latencies: Float64Array.from(latencies).sort(),
            firstError,
          });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function main(): Promise<void> {
  const databaseUrl = await freshPostgres();
  const { child: server, port } = await startServer(databaseUrl);
  const url = `http://127.0.0.1:${port}/graphql`;
  const pairs = await writers(url);
  const leader = pairs.length > 0 ? await loginLeader(url) : '';
  const clients = await startSubscribers(`ws://127.0.0.1:${port}/graphql`, leader);
  console.log(
    `write bench on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}: ${CONNECTIONS} connections posting as ${new Set(pairs.map((p) => p.department)).size} departments on ${pairs.length} measures, ${SUBSCRIBERS} subscribers on planEvents (${os.cpus().length} CPUs shared)`,
  );
  const warm = await post(url, pairs, WARMUP_S);
  const run = await post(url, pairs, DURATION_S);
  // Reports committed, counted in the log (autocannon drops the answers still in flight when a run stops), and
  // delivered: wait until every subscriber has every report, or nothing changes for 5 seconds. The log shows an
  // event once no older transaction of the whole PostgreSQL server is open, so its count may lag a moment too.
  const runEnded = performance.now();
  let written = await reportsInLog(url, leader);
  let got = await delivered(clients);
  for (let still = 0; got < written * SUBSCRIBERS || still < 3; ) {
    await sleep(200);
    const [nowWritten, nowGot] = [await reportsInLog(url, leader), await delivered(clients)];
    still = nowWritten === written && nowGot === got ? still + 1 : 0;
    [written, got] = [nowWritten, nowGot];
    if (still >= 25) break;
  }
  const expected = written * SUBSCRIBERS;
  const drainMs = performance.now() - runEnded;
  const f = (n: number, d = 1) => n.toFixed(d).padStart(12);
  console.log(
    `\n${'reports/s'.padStart(12)}${'p50 ms'.padStart(12)}${'p99 ms'.padStart(12)}${'max ms'.padStart(12)}${'failed'.padStart(12)}${'delivered'.padStart(12)}${'lost'.padStart(12)}${'extra'.padStart(12)}`,
  );
  console.log(
    `${f(run.ok / run.durationS)}${f(percentile(run.latencies, 50), 2)}${f(percentile(run.latencies, 99), 2)}${f(run.latencies[run.latencies.length - 1] ?? Number.NaN, 2)}${f(run.failed + warm.failed, 0)}${f(got, 0)}${f(Math.max(0, expected - got), 0)}${f(Math.max(0, got - expected), 0)}`,
  );
  console.log(
    `(${run.ok} reports answered in ${run.durationS} s after ${warm.ok} in the warm-up, ${written} in the log; ${SUBSCRIBERS} subscribers × ${written} = ${expected} events expected; delivery finished ${(drainMs / 1000).toFixed(1)} s after the last post)`,
  );
  const firstError = warm.firstError ?? run.firstError;
  if (firstError) {
    console.log(`first failure: ${firstError}`);
    process.exitCode = 1;
  }
  if (got !== expected) process.exitCode = 1;
  for (const client of clients) client.kill();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}

/** PROGRESS_REPORTED events in the plan's log: on a fresh database, every report the bench wrote. */
async function reportsInLog(url: string, token: string): Promise<number> {
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'query($p: String!, $a: String) { events(planCode: $p, after: $a, first: 500) { events { type } endCursor hasMore } }',
        variables: { p: PLAN, a: after },
      }),
    });
    const page = (
      (await res.json()) as {
        data: { events: { events: { type: string }[]; endCursor: string | null; hasMore: boolean } };
      }
    ).data.events;
    count += page.events.filter((e) => e.type === 'PROGRESS_REPORTED').length;
    if (!page.hasMore || !page.endCursor) return count;
    after = page.endCursor;
  }
}

async function loginLeader(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "leader", password: "demo") { token } }' }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  });
