// pnpm bench:fanout — FANOUT_SUBSCRIBERS (default 10 000) graphql-ws subscribers held by client processes,
// FANOUT_ROUNDS (default 3) events one after another, each to all: server CPU per delivered message, delivery
// p50/p99/max, events lost, server RSS and heap per idle subscriber, the server's CPU while they idle; and the same
// for a raw `ws` broadcast of a pre-serialised message (the floor). Prints numbers, and writes them to
// bench-results/fanout.json.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '..');
const RESULTS_FILE = path.resolve(serverDir, '..', 'bench-results', 'fanout.json');
const env = process.env;
const TOTAL = Number(env.FANOUT_SUBSCRIBERS ?? 10_000);
/** Events sent to all, one after another: the figures are over all of them, which evens out a noisy machine. */
const ROUNDS = Number(env.FANOUT_ROUNDS ?? 3);
/** Both servers run with this preload: SIGUSR2 collects garbage before each memory reading. */
const SERVER_EXEC_ARGV = ['--expose-gc', '--import', 'tsx', '--import', path.join(here, 'gc-signal.ts')];
const QUERY =
  'subscription { planEvents(planCode: "boshan-ip-2022-2025") { cursor type report { summary percentComplete } } }';
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const children: ChildProcess[] = [];

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
/** Where a server writes its memory after a full collection, asked by SIGUSR2 (see gc-signal.ts). */
const memoryFile = (name: string) => path.join(os.tmpdir(), `duban-fanout-${process.pid}-${name}.json`);

/** The server's memory (bytes) after a full garbage collection. */
async function settledMemory(pid: number, file: string): Promise<{ rss: number; heapUsed: number }> {
  fs.rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let tries = 0; tries < 100 && !fs.existsSync(file); tries++) await sleep(100);
  await sleep(100);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { rss: number; heapUsed: number };
}
const IDLE_MS = 6_000;

/**
 * The server's CPU while nothing is delivered, per second of wall time: what idle subscribers cost it in the
 * background (our keep-alive pings a twelfth of the sockets each second). Part of every round's CPU, too.
 */
async function idleCpu(pid: number): Promise<number> {
  const before = cpuMs(pid);
  const started = performance.now();
  await sleep(IDLE_MS);
  return ((cpuMs(pid) - before) * 1000) / (performance.now() - started);
}
/** Each client process's tally of closed sockets by close code: a lost message is explained by a closed socket. */
const closes = new Map<ChildProcess, Record<string, number>>();

function logRound(round: number, arrived: number[]): void {
  const sorted = [...arrived].sort((a, b) => a - b);
  const closed = new Map<string, number>();
  for (const tally of closes.values())
    for (const [code, count] of Object.entries(tally)) closed.set(code, (closed.get(code) ?? 0) + count);
  const closedText = [...closed].map(([code, count]) => `${count} closed with ${code}`).join(', ');
  console.log(
    `  round ${round}: ${sorted.length} delivered, first ${(sorted[0] ?? Number.NaN).toFixed(1)} ms, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms${closedText ? `; ${closedText}` : ''}`,
  );
}
function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);
}

/** Opens `total` subscriptions spread over client processes, resolving when all are established. */
function startClients(start: Record<string, unknown>, total: number): Promise<ChildProcess[]> {
  const processes = Math.max(1, Math.ceil(total / 2_500));
  const perProcess = Math.ceil(total / processes);
  return Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const child = fork(path.join(here, 'fanout-client.ts'), [], { execArgv: ['--import', 'tsx'], cwd: serverDir });
      children.push(child);
      const count = Math.min(perProcess, total - i * perProcess);
      return new Promise<ChildProcess>((resolve) => {
        child.on('message', (m: { type: string }) => m.type === 'ready' && resolve(child));
        child.send({ ...start, count });
      });
    }),
  );
}

async function collect(clients: ChildProcess[], since: number): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = Date.now() + 60_000;
  while (latencies.length < TOTAL && Date.now() < deadline) {
    await sleep(200);
    const batches = await Promise.all(
      clients.map(
        (child) =>
          new Promise<number[]>((resolve) => {
            const onMessage = (m: { type: string; arrivals?: number[]; closes?: Record<string, number> }) => {
              if (m.type !== 'arrivals') return;
              child.off('message', onMessage);
              closes.set(child, m.closes ?? {});
              resolve(m.arrivals ?? []);
            };
            child.on('message', onMessage);
            child.send({ type: 'report' });
          }),
      ),
    );
    for (const batch of batches) for (const arrival of batch) latencies.push(arrival - since);
  }
  return latencies;
}

interface Row {
  name: string;
  cpuUsPerMessage: number;
  /** The same less what the server spends idle over as long as the rounds took (its idle rate times their time). */
  netCpuUsPerMessage: number;
  /** CPU the server spends with every subscriber connected and nothing to deliver (keep-alive, polls), ms per s. */
  idleCpuMsPerS: number;
  /** The mean over rounds of each round's first arrival. */
  first: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  rssBytesPerSubscriber: number;
  heapBytesPerSubscriber: number;
}

async function ours(): Promise<Row> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-fanout-'));
  const server = spawn(process.execPath, [...SERVER_EXEC_ARGV, 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...env,
      DATA_DIR: dataDir,
      PORT: '0',
      NODE_ENV: 'development',
      LOGIN_FAILURE_DELAY_MS: '0',
      BENCH_MEMORY_FILE: memoryFile('ours'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(server);
  const port = await new Promise<string>((resolve) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /督办已启动: http:\/\/localhost:(\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const login = async (username: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "demo") { token } }` }),
    });
    return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
  };
  const [leader, finance] = [await login('leader'), await login('finance')];
  const pid = server.pid ?? 0;
  const start = { type: 'start', url: `ws://127.0.0.1:${port}/graphql`, mode: 'graphql', token: leader, query: QUERY };
  const { clients, perSubscriber } = await connectInHalves(pid, memoryFile('ours'), start);
  const post = (summary: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${finance}` },
      body: JSON.stringify({
        query: 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
        variables: {
          i: {
            planCode: 'boshan-ip-2022-2025',
            measureCode: 'P1.1',
            departmentCode: 'finance',
            period: '2025-06',
            status: 'ON_TRACK',
            percentComplete: 50,
            summary,
          },
        },
      }),
    });
  // One event first, not counted, as a warm-up of the paths it takes (for the floor too).
  await post('压测预热');
  await collect(clients, now());
  const idle = await idleCpu(pid);
  const cpuBefore = cpuMs(pid);
  const windowStart = performance.now();
  const latencies: number[] = [];
  /** Each round's first arrival: for ours, the write, its read from the log and the one execution. */
  const firsts: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const sent = now();
    await post(`压测事件 ${round}`);
    const arrived = await collect(clients, sent);
    for (const latency of arrived) latencies.push(latency);
    firsts.push(Math.min(...arrived));
    logRound(round, arrived);
  }
  latencies.sort((a, b) => a - b);
  const cpu = cpuMs(pid) - cpuBefore;
  const windowMs = performance.now() - windowStart;
  for (const child of clients) child.kill();
  server.kill('SIGTERM');
  await sleep(2000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return row('ours (graphql-ws, shared shape)', { cpu, idle, windowMs }, latencies, firsts, perSubscriber);
}

async function floor(): Promise<Row> {
  const server = fork(path.join(here, 'ws-floor-server.ts'), [], {
    execArgv: SERVER_EXEC_ARGV,
    cwd: serverDir,
    env: { ...env, BENCH_MEMORY_FILE: memoryFile('floor') },
  });
  children.push(server);
  const port = await new Promise<number>((resolve) =>
    server.on('message', (m: { type: string; port: number }) => m.type === 'port' && resolve(m.port)),
  );
  const pid = server.pid ?? 0;
  const { clients, perSubscriber } = await connectInHalves(pid, memoryFile('floor'), {
    type: 'start',
    url: `ws://127.0.0.1:${port}`,
    mode: 'raw',
  });
  const payload = JSON.stringify({
    id: '1',
    type: 'next',
    payload: {
      data: {
        planEvents: {
          cursor: 'MTIzNDU2Nzg6OTk5',
          type: 'PROGRESS_REPORTED',
          report: { summary: '压测事件', percentComplete: 50 },
        },
      },
    },
  });
  server.send({ type: 'broadcast', payload });
  await collect(clients, now());
  const idle = await idleCpu(pid);
  const cpuBefore = cpuMs(pid);
  const windowStart = performance.now();
  const latencies: number[] = [];
  /** Each round's first arrival: for ours, the write, its read from the log and the one execution. */
  const firsts: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const sent = now();
    server.send({ type: 'broadcast', payload });
    const arrived = await collect(clients, sent);
    for (const latency of arrived) latencies.push(latency);
    firsts.push(Math.min(...arrived));
    logRound(round, arrived);
  }
  latencies.sort((a, b) => a - b);
  const cpu = cpuMs(pid) - cpuBefore;
  const windowMs = performance.now() - windowStart;
  for (const child of clients) child.kill();
  server.kill();
  return row('floor (raw ws broadcast)', { cpu, idle, windowMs }, latencies, firsts, perSubscriber);
}

/**
 * Connects half the subscribers, then the other half, and takes the memory per idle subscriber from the RSS
 * growth of the second half: both readings come after start-up garbage, so a collection between them skews less.
 */
async function connectInHalves(pid: number, file: string, start: Record<string, unknown>) {
  const half = Math.floor(TOTAL / 2);
  const first = await startClients(start, half);
  await sleep(2000);
  const atHalf = await settledMemory(pid, file);
  const second = await startClients(start, TOTAL - half);
  await sleep(2000);
  const atFull = await settledMemory(pid, file);
  fs.rmSync(file, { force: true });
  const perSubscriber = {
    rss: (atFull.rss - atHalf.rss) / (TOTAL - half),
    heap: (atFull.heapUsed - atHalf.heapUsed) / (TOTAL - half),
  };
  return { clients: [...first, ...second], perSubscriber };
}

function row(
  name: string,
  /** CPU ms over the rounds, the idle CPU rate (ms per s) and how long the rounds took (ms). */
  cpu: { cpu: number; idle: number; windowMs: number },
  latencies: number[],
  firsts: number[],
  perSubscriber: { rss: number; heap: number },
): Row {
  return {
    name,
    cpuUsPerMessage: (cpu.cpu * 1000) / Math.max(1, latencies.length),
    netCpuUsPerMessage: ((cpu.cpu - (cpu.idle * cpu.windowMs) / 1000) * 1000) / Math.max(1, latencies.length),
    idleCpuMsPerS: cpu.idle,
    first: firsts.reduce((sum, ms) => sum + ms, 0) / Math.max(1, firsts.length),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    lost: TOTAL * ROUNDS - latencies.length,
    rssBytesPerSubscriber: perSubscriber.rss,
    heapBytesPerSubscriber: perSubscriber.heap,
  };
}

/** One figure of bench-results/fanout.json: ours, with the floor's and the ratio ours/floor. */
interface Figure {
  name: string;
  value: number;
  unit: string;
  floor?: number;
  ratio?: number;
}

function figures(ours: Row, floor: Row): Figure[] {
  const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
  const figure = (name: string, unit: string, pick: (r: Row) => number, digits = 1): Figure => {
    const [value, base] = [pick(ours), pick(floor)];
    const ratio = base > 0 && Number.isFinite(value / base) ? { ratio: round(value / base, 2) } : {};
    return { name, value: round(value, digits), unit, floor: round(base, digits), ...ratio };
  };
  return [
    figure('CPU per delivered message', 'µs', (r) => r.cpuUsPerMessage),
    figure('CPU per delivered message, less idle CPU', 'µs', (r) => r.netCpuUsPerMessage),
    figure('idle CPU, all subscribers connected', 'ms/s', (r) => r.idleCpuMsPerS),
    figure('delivery first (mean of rounds)', 'ms', (r) => r.first),
    figure('delivery p50', 'ms', (r) => r.p50),
    figure('delivery p99', 'ms', (r) => r.p99),
    figure('delivery max', 'ms', (r) => r.max),
    figure('lost', 'count', (r) => r.lost, 0),
    figure('RSS per idle subscriber', 'B', (r) => r.rssBytesPerSubscriber, 0),
    figure('heap per idle subscriber', 'B', (r) => r.heapBytesPerSubscriber, 0),
  ];
}

const loadText = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  console.log(
    `fan-out bench: ${TOTAL} subscribers in client processes of at most 2 500, ${ROUNDS} events one after another, each to all (${os.cpus().length} CPUs shared, load average ${loadText()})`,
  );
  const rows = [await ours(), await floor()];
  const f = (n: number, d = 1) => n.toFixed(d).padStart(10);
  console.log(
    `\n${'implementation'.padEnd(34)}${'CPU µs/msg'.padStart(10)}${'less idle'.padStart(10)}${'idle ms/s'.padStart(10)}${'first ms'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'max ms'.padStart(10)}${'lost'.padStart(10)}${'RSS B/sub'.padStart(10)}${'heap B/sub'.padStart(11)}`,
  );
  for (const r of rows)
    console.log(
      `${r.name.padEnd(34)}${f(r.cpuUsPerMessage)}${f(r.netCpuUsPerMessage)}${f(r.idleCpuMsPerS)}${f(r.first)}${f(r.p50)}${f(r.p99)}${f(r.max)}${f(r.lost, 0)}${f(r.rssBytesPerSubscriber, 0)}${f(r.heapBytesPerSubscriber, 0).padStart(11)}`,
    );
  const [a, b] = rows as [Row, Row];
  console.log(
    `ratios ours/floor: CPU ${(a.cpuUsPerMessage / b.cpuUsPerMessage).toFixed(2)}x (less idle ${(a.netCpuUsPerMessage / b.netCpuUsPerMessage).toFixed(2)}x), idle CPU ${(a.idleCpuMsPerS / b.idleCpuMsPerS).toFixed(2)}x, p99 ${(a.p99 / b.p99).toFixed(2)}x, RSS/subscriber ${(a.rssBytesPerSubscriber / b.rssBytesPerSubscriber).toFixed(2)}x, heap/subscriber ${(a.heapBytesPerSubscriber / b.heapBytesPerSubscriber).toFixed(2)}x`,
  );
  console.log(
    `(ours is timed from the report’s POST, so its latency and CPU include the write; CPU is from /proc at 10 ms resolution;\n "less idle" takes off the server's idle CPU rate (measured just before, all subscribers connected) over the rounds' time;\n memory is the growth from the first half of the subscribers to all of them, each read after a full GC; load average at the end ${loadText()})`,
  );
  const result = {
    bench: 'fanout',
    at: new Date().toISOString(),
    // The figures depend on how busy the shared machine was: its load average (1, 5, 15 minutes) as the run ended.
    machine: { cores: os.cpus().length, loadavg: os.loadavg().map((n) => Math.round(n * 100) / 100) },
    figures: figures(a, b),
  };
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`figures: ${RESULTS_FILE}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });
