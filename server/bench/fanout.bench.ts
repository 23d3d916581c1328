// pnpm bench:fanout — FANOUT_SUBSCRIBERS (default 10 000) graphql-ws subscribers held by client processes, one
// event to all: server CPU per delivered message, delivery p50/p99/max, events lost, server RSS per idle
// subscriber; and the same for a raw `ws` broadcast of a pre-serialised message (the floor). Prints numbers only.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '..');
const env = process.env;
const TOTAL = Number(env.FANOUT_SUBSCRIBERS ?? 10_000);
const QUERY =
  'subscription { planEvents(planCode: "boshan-ip-2022-2025") { cursor type report { summary percentComplete } } }';
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const children: ChildProcess[] = [];

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
function rssKb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0);
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
    for (const batch of batches) for (const arrival of batch) latencies.push(arrival - since);
  }
  return latencies.sort((a, b) => a - b);
}

interface Row {
  name: string;
  cpuUsPerMessage: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  rssBytesPerSubscriber: number;
}

async function ours(): Promise<Row> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-fanout-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...env, DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'development', LOGIN_FAILURE_DELAY_MS: '0' },
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
  const { clients, perSubscriberKb } = await connectInHalves(pid, start);
  const cpuBefore = cpuMs(pid);
  const sent = now();
  await fetch(url, {
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
          summary: '压测事件',
        },
      },
    }),
  });
  const latencies = await collect(clients, sent);
  const cpu = cpuMs(pid) - cpuBefore;
  for (const child of clients) child.kill();
  server.kill('SIGTERM');
  await sleep(2000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return row('ours (graphql-ws, shared shape)', cpu, latencies, perSubscriberKb);
}

async function floor(): Promise<Row> {
  const server = fork(path.join(here, 'ws-floor-server.ts'), [], { execArgv: ['--import', 'tsx'], cwd: serverDir });
  children.push(server);
  const port = await new Promise<number>((resolve) =>
    server.on('message', (m: { type: string; port: number }) => m.type === 'port' && resolve(m.port)),
  );
  const pid = server.pid ?? 0;
  const { clients, perSubscriberKb } = await connectInHalves(pid, {
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
  const cpuBefore = cpuMs(pid);
  const sent = now();
  server.send({ type: 'broadcast', payload });
  const latencies = await collect(clients, sent);
  const cpu = cpuMs(pid) - cpuBefore;
  for (const child of clients) child.kill();
  server.kill();
  return row('floor (raw ws broadcast)', cpu, latencies, perSubscriberKb);
}

/**
 * Connects half the subscribers, then the other half, and takes the memory per idle subscriber from the RSS
 * growth of the second half: both readings come after start-up garbage, so a collection between them skews less.
 */
async function connectInHalves(pid: number, start: Record<string, unknown>) {
  const half = Math.floor(TOTAL / 2);
  const first = await startClients(start, half);
  await sleep(3000);
  const rssHalf = rssKb(pid);
  const second = await startClients(start, TOTAL - half);
  await sleep(3000);
  const perSubscriberKb = (rssKb(pid) - rssHalf) / (TOTAL - half);
  return { clients: [...first, ...second], perSubscriberKb };
}

function row(name: string, cpuMsTotal: number, latencies: number[], perSubscriberKb: number): Row {
  return {
    name,
    cpuUsPerMessage: (cpuMsTotal * 1000) / Math.max(1, latencies.length),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    lost: TOTAL - latencies.length,
    rssBytesPerSubscriber: perSubscriberKb * 1024,
  };
}

async function main(): Promise<void> {
  console.log(
    `fan-out bench: ${TOTAL} subscribers in client processes of at most 2 500, one event to all (${os.cpus().length} CPUs shared)`,
  );
  const rows = [await ours(), await floor()];
  const f = (n: number, d = 1) => n.toFixed(d).padStart(10);
  console.log(
    `\n${'implementation'.padEnd(34)}${'CPU µs/msg'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'max ms'.padStart(10)}${'lost'.padStart(10)}${'RSS B/sub'.padStart(10)}`,
  );
  for (const r of rows)
    console.log(
      `${r.name.padEnd(34)}${f(r.cpuUsPerMessage)}${f(r.p50)}${f(r.p99)}${f(r.max)}${f(r.lost, 0)}${f(r.rssBytesPerSubscriber, 0)}`,
    );
  const [a, b] = rows as [Row, Row];
  console.log(
    `ratios ours/floor: CPU ${(a.cpuUsPerMessage / b.cpuUsPerMessage).toFixed(2)}x, p99 ${(a.p99 / b.p99).toFixed(2)}x, RSS/subscriber ${(a.rssBytesPerSubscriber / b.rssBytesPerSubscriber).toFixed(2)}x`,
  );
  console.log(
    '(ours is timed from the report’s POST, so its latency includes the write; CPU is from /proc at 10 ms resolution)',
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });
