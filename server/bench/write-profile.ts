// `pnpm --filter @duban/server exec tsx bench/write-profile.ts`: one submitProgressReport on PostgreSQL, taken apart
// (docs/PERFORMANCE.md, "One report, profiled"). On a fresh database of BENCH_POSTGRES_URL it starts the server as
// `pnpm start` would, posts PROFILE_WARM (3) reports to warm caches and prepared statements, then one more with
// PostgreSQL logging every statement of that database and its duration, while PROFILE_SUBSCRIBERS (1) hold planEvents (ALTER DATABASE … SET, so nothing else on
// the server is touched; the database is dropped afterwards). Prints the statements in order with each one's time in
// PostgreSQL, the wall time the client saw, and the server's statement count for the request. Reads the server's log
// file (PROFILE_PG_LOG, default Debian's), so it must run on the database's machine.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '..');
const env = process.env;
const POSTGRES_URL = env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_LOG = env.PROFILE_PG_LOG || '/var/log/postgresql/postgresql-15-main.log';
const WARM = Number(env.PROFILE_WARM ?? 3);
const SUBSCRIBERS = Number(env.PROFILE_SUBSCRIBERS ?? 1);
const SUBSCRIPTION = `subscription { planEvents(planCode: "boshan-ip-2022-2025") { cursor type report { id summary percentComplete } } }`;
const PLAN = 'boshan-ip-2022-2025';
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id version } }';

async function main(): Promise<void> {
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  const name = `duban_write_profile_${process.pid}`;
  let server: ChildProcess | undefined;
  try {
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { ...env, DATABASE_URL: url.toString(), PORT: '0', NODE_ENV: 'development', LOGIN_FAILURE_DELAY_MS: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const child = server;
    const port = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /督办已启动: http:\/\/localhost:(\d+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`server exited during start-up (${code})`)));
    });
    const endpoint = `http://127.0.0.1:${port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const started = performance.now();
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, { token?: string }>; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return { data: body.data, ms: performance.now() - started };
    };
    const login = async (u: string) =>
      (await gql('mutation($u: String!) { login(username: $u, password: "demo") { token } }', { u })).data.login?.token;
    const leader = await login('leader');
    const { data } = await gql(
      'query($p: String!) { plan(code: $p) { measures(kind: MEASURE) { code assignments { role department { code kind } } } } }',
      { p: PLAN },
      leader,
    );
    const measures = (
      data.plan as unknown as {
        measures: { code: string; assignments: { role: string; department: { code: string; kind: string } }[] }[];
      }
    ).measures;
    const target = measures.flatMap((m) =>
      m.assignments
        .filter((a) => a.role === 'LEAD' && a.department.kind !== 'GROUP')
        .map((a) => ({ measure: m.code, department: a.department.code })),
    )[0];
    if (!target) throw new Error('no measure with a lead department');
    const token = await login(target.department);
    // Subscribers as the write bench has them (fanout-client.ts), so that the event stream reads and delivers.
    let client: ChildProcess | undefined;
    if (SUBSCRIBERS > 0) {
      const subscriber = fork(path.join(here, 'fanout-client.ts'), [], {
        execArgv: ['--import', 'tsx'],
        cwd: serverDir,
      });
      client = subscriber;
      await new Promise<void>((resolve) => {
        subscriber.on('message', (m: { type: string }) => m.type === 'ready' && resolve());
        subscriber.send({
          type: 'start',
          url: `ws://127.0.0.1:${port}/graphql`,
          mode: 'graphql',
          token: leader,
          query: SUBSCRIPTION,
          count: SUBSCRIBERS,
          countOnly: true,
        });
      });
    }
    const submit = (n: number) =>
      gql(
        SUBMIT,
        {
          i: {
            planCode: PLAN,
            measureCode: target.measure,
            departmentCode: target.department,
            period: '2025-06',
            status: 'ON_TRACK',
            percentComplete: n,
            summary: `剖析 ${n}`,
          },
        },
        token,
      );
    for (let n = 1; n <= WARM; n++) await submit(n);
    // New sessions of this database log every statement, and the pool's connections are open already: terminate
    // their backends, and postgres.js opens new ones (which read the setting), the listener too.
    await admin.unsafe(`alter database "${name}" set log_min_duration_statement = 0`);
    await admin.unsafe(`alter database "${name}" set log_lock_waits = on`);
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
    // The first request after the reconnect prepares its statements again: warm the new connections too.
    for (let n = 1; n <= WARM + 10; n++) await submit(100 - n).catch(() => submit(100 - n));
    const offset = fs.statSync(PG_LOG).size;
    const { ms } = await submit(42);
    // Give the logger a moment to write the last lines (the NOTIFY's read by the event stream comes after).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const log = fs.readFileSync(PG_LOG, 'utf8').slice(offset);
    console.log(`one submitProgressReport: ${ms.toFixed(1)} ms at the client\n`);
    const lines = log.split('\n').filter((line) => line.includes(`@${name} `) || /^\s/.test(line));
    console.log(lines.join('\n'));
    client?.kill();
  } finally {
    server?.kill('SIGTERM');
    if (server) await new Promise((resolve) => server?.once('exit', resolve));
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
