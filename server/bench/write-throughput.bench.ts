// pnpm bench:writes — sustained writes with live subscribers: departments post submitProgressReport through the
// public HTTP API (WRITE_BENCH_CONNECTIONS closed-loop connections, default 16, for WRITE_BENCH_DURATION_S, default
// 10, after a 2-second warm-up) while WRITE_BENCH_SUBSCRIBERS (default 1 000) graphql-ws subscribers in client
// processes hold `planEvents`. Prints reports/s, mutation latency p50/p99/max, and events delivered and lost (every
// subscriber must see every report). Runs against a fresh database on the PostgreSQL server at
// BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards; on the embedded
// PGlite when that server does not answer. Records its figures in bench-results/write-throughput.json (results.ts).
//
// For the curve (docs/PERFORMANCE.md): WRITE_BENCH_CONNECTIONS and WRITE_BENCH_SUBSCRIBERS take lists ("1,4,16",
// "0,1000"): each subscriber count × each connection count is one run, one row. WRITE_BENCH_SERVERS=2 runs two server
// processes on the one database (PostgreSQL only), the connections and subscribers split between them.
// WRITE_BENCH_WAITS=1 samples pg_stat_activity of the bench database every 10 ms during each timed run and prints
// what its backends were doing (a wait event, running, idle in a transaction or idle). WRITE_BENCH_CPU_PROF=<dir>: each
// server writes a CPU profile there when it stops.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { type Figure, figure, recordBench } from './results';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '..');
const env = process.env;
const counts = (raw: string | undefined, fallback: number): number[] =>
  raw ? raw.split(',').map((part) => Number(part.trim())) : [fallback];
const SUBSCRIBER_COUNTS = counts(env.WRITE_BENCH_SUBSCRIBERS, 1_000);
const CONNECTION_COUNTS = counts(env.WRITE_BENCH_CONNECTIONS, 16);
const SERVERS = Number(env.WRITE_BENCH_SERVERS ?? 1);
const SAMPLE_WAITS = env.WRITE_BENCH_WAITS === '1';
const DURATION_S = Number(env.WRITE_BENCH_DURATION_S ?? 10);
const WARMUP_S = 2;
const POSTGRES_URL = env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PLAN = 'boshan-ip-2022-2025';
const SUBSCRIPTION = `subscription { planEvents(planCode: "${PLAN}") { cursor type report { id summary percentComplete } } }`;
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id version } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
/** The server processes under test. */
const servers: ChildProcess[] = [];

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

/** Opens `total` subscribers in client processes, spread over the servers, and resolves when all are subscribed. */
async function startSubscribers(wsUrls: string[], token: string, total: number): Promise<ChildProcess[]> {
  if (total === 0) return [];
  const processes = Math.max(wsUrls.length, Math.ceil(total / 2_500));
  const perProcess = Math.ceil(total / processes);
  return Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const child = fork(path.join(here, 'fanout-client.ts'), [], { execArgv: ['--import', 'tsx'], cwd: serverDir });
      children.push(child);
      const count = Math.min(perProcess, total - i * perProcess);
      const url = wsUrls[i % wsUrls.length];
      return new Promise<ChildProcess>((resolve) => {
        child.on('message', (m: { type: string }) => m.type === 'ready' && resolve(child));
        child.send({ type: 'start', url, mode: 'graphql', token, query: SUBSCRIPTION, count, countOnly: true });
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

type Pair = { token: string; department: string; measure: string };

interface Run {
  ok: number;
  failed: number;
  durationS: number;
  latencies: Float64Array;
  firstError: string | null;
}

/** One closed-loop run: each connection posts the next report as soon as the last one is answered. */
function postTo(
  url: string,
  pairs: { token: string; department: string; measure: string }[],
  connections: number,
  seconds: number,
  first: number,
) {
  let next = first;
  let ok = 0;
  let failed = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  return new Promise<Run>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
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
            latencies: Float64Array.from(latencies),
            firstError,
          });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** One closed-loop run over every server at once, the connections split between them; latencies merged. */
async function post(urls: string[], pairs: Pair[], connections: number, seconds: number): Promise<Run> {
  const share = (i: number) => Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0);
  // Each server's connections start at another pair, so that two servers do not post the same report at once.
  const runs = await Promise.all(
    urls
      .map((url, i) => ({ url, connections: share(i), first: Math.floor((i * pairs.length) / urls.length) }))
      .filter((part) => part.connections > 0)
      .map((part) => postTo(part.url, pairs, part.connections, seconds, part.first)),
  );
  const latencies = Float64Array.from(runs.flatMap((run) => [...run.latencies])).sort();
  return {
    ok: runs.reduce((sum, run) => sum + run.ok, 0),
    failed: runs.reduce((sum, run) => sum + run.failed, 0),
    durationS: Math.max(...runs.map((run) => run.durationS)),
    latencies,
    firstError: runs.find((run) => run.firstError)?.firstError ?? null,
  };
}

/** One row of the bench: a subscriber count × a connection count. */
interface Row {
  subscribers: number;
  connections: number;
  run: Run;
  warm: Run;
  written: number;
  got: number;
  expected: number;
  drainMs: number;
  /** CPU per report written: the server processes', the bench database's PostgreSQL backends'. */
  serverCpuMs: number;
  postgresCpuMs: number;
  /** The subscribers' client processes: what receiving the fan-out costs the other end. */
  clientCpuMs: number;
}

/**
 * What the bench database's backends were doing, sampled every 10 ms from pg_stat_activity until `stop` is called:
 * a wait event (Lock:object is NOTIFY's queue lock at commit, IO:WALSync the commit's flush), running (active, no
 * wait), idle in transaction (waiting for the server's next statement) or idle. Counts per sample, all backends.
 */
function sampleWaits(adminUrl: string, database: string): () => Promise<Map<string, number>> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const counts = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await sql<{ what: string; n: number }[]>`
        select case
                 when state = 'active' and wait_event is not null then wait_event_type || ':' || wait_event
                 when state = 'active' then 'running'
                 when state = 'idle in transaction' then 'idle in transaction (waiting for the server)'
                 else coalesce(state, '?') || coalesce(' (' || wait_event || ')', '')
               end as what, count(*)::int as n
        from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()
        group by 1`;
      // Who waits for which lock: NOTIFY's queue lock is an `object` lock on pg_database, object 0.
      const locks = await sql<{ what: string; n: number }[]>`
        select 'waiting for ' || l.locktype || coalesce(' ' || l.classid::regclass::text || ' ' || l.objid, '')
               || coalesce(' ' || l.relation::regclass::text, '') || ' ' || l.mode as what, count(*)::int as n
        from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where not l.granted and a.datname = ${database}
        group by 1`;
      samples += 1;
      for (const row of [...rows, ...locks]) counts.set(row.what, (counts.get(row.what) ?? 0) + row.n);
      await sleep(10);
    }
  })();
  return async () => {
    running = false;
    await loop;
    await sql.end({ timeout: 1 });
    counts.set('(samples)', samples);
    return counts;
  };
}

function printWaits(counts: Map<string, number>): void {
  const samples = counts.get('(samples)') ?? 1;
  const rows = [...counts.entries()].filter(([what]) => what !== '(samples)').sort((a, b) => b[1] - a[1]);
  console.log(`  backends of the bench database, average over ${samples} samples 10 ms apart:`);
  for (const [what, n] of rows) console.log(`  ${(n / samples).toFixed(2).padStart(8)}  ${what}`);
}

/** CPU time (user + system) of these processes so far, in ms, from /proc (Linux; 10 ms ticks); NaN elsewhere. */
function cpuMs(pids: (number | undefined)[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      return Number.NaN;
    }
  }
  return ticks * 10;
}

/** The PostgreSQL backends serving the bench database (the servers' pools and listeners), to read their CPU. */
async function backendPids(databaseUrl: string | null): Promise<number[]> {
  if (!databaseUrl) return [];
  const sql = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ pid: number }[]>`
      select pid from pg_stat_activity where datname = ${new URL(databaseUrl).pathname.slice(1)}`;
    return rows.map((row) => row.pid);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

async function measure(
  urls: string[],
  pairs: Pair[],
  leader: string,
  subscribers: number,
  connections: number,
  clients: ChildProcess[],
  databaseUrl: string | null,
): Promise<Row> {
  const url = urls[0] ?? '';
  const [writtenBefore, gotBefore] = [await reportsInLog(url, leader), await delivered(clients)];
  // CPU from the warm-up to the end of delivery, per report written in that time (warm-up included): the server
  // processes, the PostgreSQL backends of the bench database (those open at the start: the pools are warm by then).
  const serverPids = servers.map((server) => server.pid);
  const backends = await backendPids(databaseUrl);
  const clientPids = clients.map((client) => client.pid);
  const cpuBefore = { server: cpuMs(serverPids), postgres: cpuMs(backends), clients: cpuMs(clientPids) };
  const warm = await post(urls, pairs, connections, WARMUP_S);
  const stopSampling =
    SAMPLE_WAITS && databaseUrl ? sampleWaits(POSTGRES_URL, new URL(databaseUrl).pathname.slice(1)) : null;
  const run = await post(urls, pairs, connections, DURATION_S);
  const waits = await stopSampling?.();
  // Reports committed, counted in the log (autocannon drops the answers still in flight when a run stops), and
  // delivered: wait until every subscriber has every report, or nothing changes for 5 seconds. The log shows an
  // event once no older transaction of the whole PostgreSQL server is open, so its count may lag a moment too.
  const runEnded = performance.now();
  let written = (await reportsInLog(url, leader)) - writtenBefore;
  let got = (await delivered(clients)) - gotBefore;
  for (let still = 0; got < written * subscribers || still < 3; ) {
    await sleep(200);
    const [nowWritten, nowGot] = [
      (await reportsInLog(url, leader)) - writtenBefore,
      (await delivered(clients)) - gotBefore,
    ];
    still = nowWritten === written && nowGot === got ? still + 1 : 0;
    [written, got] = [nowWritten, nowGot];
    if (still >= 25) break;
  }
  const row = {
    subscribers,
    connections,
    run,
    warm,
    written,
    got,
    expected: written * subscribers,
    drainMs: performance.now() - runEnded,
    serverCpuMs: (cpuMs(serverPids) - cpuBefore.server) / written,
    postgresCpuMs: (cpuMs(backends) - cpuBefore.postgres) / written,
    clientCpuMs: (cpuMs(clientPids) - cpuBefore.clients) / written,
  };
  printRow(row);
  if (waits) printWaits(waits);
  return row;
}

const f = (n: number, d = 1) => n.toFixed(d).padStart(12);
const HEADINGS = [
  'subscribers',
  'connections',
  'reports/s',
  'p50 ms',
  'p99 ms',
  'max ms',
  'failed',
  'delivered',
  'lost',
];

function printRow(row: Row): void {
  const { run, warm } = row;
  console.log(
    `${f(row.subscribers, 0)}${f(row.connections, 0)}${f(run.ok / run.durationS)}${f(percentile(run.latencies, 50), 2)}${f(percentile(run.latencies, 99), 2)}${f(run.latencies[run.latencies.length - 1] ?? Number.NaN, 2)}${f(run.failed + warm.failed, 0)}${f(row.got, 0)}${f(Math.max(0, row.expected - row.got), 0)}`,
  );
  console.log(
    `  (${run.ok} reports answered in ${run.durationS} s after ${warm.ok} in the warm-up, ${row.written} in the log; ${row.subscribers} subscribers × ${row.written} = ${row.expected} events expected, ${Math.max(0, row.got - row.expected)} extra; delivery finished ${(row.drainMs / 1000).toFixed(1)} s after the last post)`,
  );
  console.log(
    `  CPU per report: server ${row.serverCpuMs.toFixed(2)} ms, PostgreSQL backends ${row.postgresCpuMs.toFixed(2)} ms, subscriber clients ${row.clientCpuMs.toFixed(2)} ms`,
  );
}

/** The rows as figures: `<subscribers> subscribers, <connections> connections[, <servers> servers]: <figure>`. */
function figuresOf(rows: Row[]): Figure[] {
  return rows.flatMap((row) => {
    const place = `${row.subscribers.toLocaleString('en-US').replaceAll(',', ' ')} subscribers, ${row.connections} connection${row.connections === 1 ? '' : 's'}${SERVERS > 1 ? `, ${SERVERS} servers` : ''}`;
    const { run } = row;
    return [
      figure(`${place}: reports/s`, run.ok / run.durationS, 'req/s', { better: 'higher' }),
      figure(`${place}: p50`, percentile(run.latencies, 50), 'ms', { better: 'lower' }),
      figure(`${place}: p99`, percentile(run.latencies, 99), 'ms', { better: 'lower' }),
      figure(`${place}: max`, run.latencies[run.latencies.length - 1] ?? Number.NaN, 'ms', { better: 'lower' }),
      figure(`${place}: failed`, run.failed + row.warm.failed, 'count', { better: 'lower' }),
      figure(`${place}: lost`, Math.max(0, row.expected - row.got), 'count', { better: 'lower' }),
      figure(`${place}: server CPU per report`, row.serverCpuMs, 'ms', { better: 'lower' }),
      figure(`${place}: PostgreSQL CPU per report`, row.postgresCpuMs, 'ms', { better: 'lower' }),
      ...(row.subscribers > 0
        ? [figure(`${place}: subscribers' CPU per report`, row.clientCpuMs, 'ms', { better: 'lower' })]
        : []),
    ];
  });
}

async function main(): Promise<void> {
  const databaseUrl = await freshPostgres();
  if (SERVERS > 1 && !databaseUrl) throw new Error('WRITE_BENCH_SERVERS > 1 needs PostgreSQL: PGlite is one process');
  // One at a time: each migrates under an advisory lock, and the first seeds.
  const ports: string[] = [];
  for (let i = 0; i < SERVERS; i++) {
    const { child, port } = await startServer(databaseUrl);
    servers.push(child);
    ports.push(port);
  }
  const urls = ports.map((port) => `http://127.0.0.1:${port}/graphql`);
  const wsUrls = ports.map((port) => `ws://127.0.0.1:${port}/graphql`);
  const pairs = await writers(urls[0] ?? '');
  const leader = pairs.length > 0 ? await loginLeader(urls[0] ?? '') : '';
  console.log(
    `write bench on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}: ${SERVERS} server process${SERVERS > 1 ? 'es' : ''}, posting as ${new Set(pairs.map((p) => p.department)).size} departments on ${pairs.length} measures, subscribers on planEvents (${os.cpus().length} CPUs shared)\n`,
  );
  console.log(HEADINGS.map((h) => h.padStart(12)).join(''));
  const rows: Row[] = [];
  for (const subscribers of SUBSCRIBER_COUNTS) {
    const clients = await startSubscribers(wsUrls, leader, subscribers);
    for (const connections of CONNECTION_COUNTS)
      rows.push(await measure(urls, pairs, leader, subscribers, connections, clients, databaseUrl));
    for (const client of clients) client.kill();
  }
  recordBench('write-throughput', figuresOf(rows));
  const firstError = rows.map((row) => row.warm.firstError ?? row.run.firstError).find((e) => e);
  if (firstError) {
    console.log(`first failure: ${firstError}`);
    process.exitCode = 1;
  }
  if (rows.some((row) => row.got !== row.expected)) process.exitCode = 1;
  for (const server of servers) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

/** Where reportsInLog stopped reading, and what it counted up to there. */
const logRead: { after: string | null; count: number } = { after: null, count: 0 };

/**
 * PROGRESS_REPORTED events in the plan's log: on a fresh database, every report the bench wrote. Each call reads on
 * from where the last one stopped, so that polling while delivery drains costs the server and PostgreSQL little
 * (it counts in their CPU per report).
 */
async function reportsInLog(url: string, token: string): Promise<number> {
  for (;;) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'query($p: String!, $a: String) { events(planCode: $p, after: $a, first: 500) { events { type } endCursor hasMore } }',
        variables: { p: PLAN, a: logRead.after },
      }),
    });
    const page = (
      (await res.json()) as {
        data: { events: { events: { type: string }[]; endCursor: string | null; hasMore: boolean } };
      }
    ).data.events;
    logRead.count += page.events.filter((e) => e.type === 'PROGRESS_REPORTED').length;
    if (page.endCursor) logRead.after = page.endCursor;
    if (!page.hasMore || !page.endCursor) return logRead.count;
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
