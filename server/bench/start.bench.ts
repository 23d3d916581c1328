/**
 * `pnpm bench:start`: how long the server takes from `node` until /graphql answers, on embedded PGlite.
 *   - fresh: an empty DATA_DIR (PGlite creates its cluster, every migration runs, the Boshan plan and the demo
 *     accounts are seeded);
 *   - warm: the same DATA_DIR again (everything already in).
 * Each is started BENCH_RUNS times (default 3; fresh gets a new folder every time); the median and the spread are
 * printed with the parts the server reports on its `启动用时` line (imports, PGlite, migrations, seed, schema, listen).
 * It prints numbers and never passes or fails on time.
 *
 * BENCH_START_MODE=dist (default) starts the compiled server (server/dist/main.js, built first when stale, as
 * `pnpm start` does); BENCH_START_MODE=source starts `tsx src/main.ts`, the way the server started before issue 17.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../src/config/env';
import { type Figure, figure, recordBench } from './results';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MODE = process.env.BENCH_START_MODE === 'source' ? 'source' : 'dist';
const serverDir = path.join(repoRoot, 'server');

interface Start {
  total: number;
  /** The server process's CPU time (user + system) until it answered: less swayed by a loaded machine. */
  cpu: number;
  parts: Record<string, number>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.status === 200;
  } catch {
    return false;
  }
}

function command(): [string, string[]] {
  return MODE === 'source'
    ? [path.join(serverDir, 'node_modules/.bin/tsx'), ['src/main.ts']]
    : [process.execPath, ['dist/main.js']];
}

/** Parses `启动用时 1234 ms (导入 300, PGlite 400, …)`, the line main.ts prints once it listens. */
function partsOf(output: string): Record<string, number> {
  const line = /启动用时 \d+ ms \(([^)]*)\)/.exec(output)?.[1];
  if (!line) return {};
  return Object.fromEntries(
    line.split(', ').map((part) => {
      const [name, ms] = part.split(' ');
      return [name as string, Number(ms)];
    }),
  );
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function startOnce(dataDir: string): Promise<Start> {
  const port = await freePort();
  const [bin, args] = command();
  const began = performance.now();
  const child = spawn(bin, args, {
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SUPERVISE_INTERVAL_SECONDS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  try {
    const deadline = began + 120_000;
    while (!(await answers(port))) {
      if (child.exitCode !== null)
        throw new Error(`the server exited (${child.exitCode}) before answering:\n${output}`);
      if (performance.now() > deadline) throw new Error(`no answer on /graphql within 120 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { total: performance.now() - began, cpu: cpuMs(child.pid), parts: partsOf(output) };
  } finally {
    await stop(child);
  }
}

/**
 * utime + stime from /proc (Linux; clock ticks of 10 ms) of the process and its descendants (tsx runs the server in a
 * child process); NaN elsewhere.
 */
function cpuMs(pid: number | undefined): number {
  const stat = (p: string) => {
    try {
      return fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    } catch {
      return [];
    }
  };
  if (pid === undefined || !fs.existsSync(`/proc/${pid}`)) return Number.NaN;
  const parentOf = new Map<string, string>();
  for (const p of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const fields = stat(p);
    if (fields[1]) parentOf.set(p, fields[1]);
  }
  const within = (p: string): boolean =>
    p === String(pid) || (parentOf.has(p) && p !== '1' && within(parentOf.get(p) as string));
  let ticks = 0;
  for (const p of parentOf.keys()) {
    if (!within(p)) continue;
    const fields = stat(p);
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return ticks * 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The parts of main.ts's 启动用时 line, as the README names them. */
const PART_NAMES: Record<string, string> = {
  导入: 'imports',
  连接: 'connect',
  迁移: 'migrations',
  种子: 'seed',
  接口: 'schema and listen',
};

/** A kind of start as figures: `<kind> (<how it ran>): wall`, `: CPU` and each part of the server's start. */
function figuresOf(label: string, starts: Start[]): Figure[] {
  const row = `${label} (${MODE === 'dist' ? 'node server/dist/main.js' : 'tsx src/main.ts'})`;
  const names = [...new Set(starts.flatMap((s) => Object.keys(s.parts)))];
  return [
    figure(`${row}: wall`, median(starts.map((s) => s.total)), 'ms'),
    figure(`${row}: CPU`, median(starts.map((s) => s.cpu)), 'ms'),
    ...names.map((name) =>
      figure(`${row}: ${PART_NAMES[name] ?? name}`, median(starts.map((s) => s.parts[name] ?? 0)), 'ms'),
    ),
  ];
}

function report(label: string, starts: Start[]): void {
  const totals = starts.map((s) => s.total);
  const names = [...new Set(starts.flatMap((s) => Object.keys(s.parts)))];
  const parts = names.map((name) => `${name} ${Math.round(median(starts.map((s) => s.parts[name] ?? 0)))}`).join(', ');
  console.log(
    `${label.padEnd(6)} until /graphql answers: median ${Math.round(median(totals))} ms (min ${Math.round(Math.min(...totals))}, max ${Math.round(Math.max(...totals))}, ${starts.length} runs); server CPU median ${Math.round(median(starts.map((s) => s.cpu)))} ms`,
  );
  if (parts) console.log(`       the server's parts (median ms): ${parts}`);
}

async function main(): Promise<void> {
  if (MODE === 'dist') {
    const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--if-stale', '--server'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-bench-start-'));
  console.log(
    `bench:start — ${MODE === 'dist' ? 'node dist/main.js' : 'tsx src/main.ts'}, PGlite, ${RUNS} runs each, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  try {
    const fresh: Start[] = [];
    let warmDir = '';
    for (let run = 0; run < RUNS; run++) {
      warmDir = path.join(scratch, `fresh-${run}`);
      fresh.push(await startOnce(warmDir));
    }
    const warm: Start[] = [];
    for (let run = 0; run < RUNS; run++) warm.push(await startOnce(warmDir));
    report('fresh', fresh);
    report('warm', warm);
    // BENCH_START_MODE=source is another bench's figures (the start before issue 17), not a regression of this one.
    recordBench(MODE === 'dist' ? 'start' : 'start-source', [...figuresOf('fresh', fresh), ...figuresOf('warm', warm)]);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
