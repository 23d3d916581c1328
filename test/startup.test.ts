import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './kit/process';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-startup-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const STARTED = /督办已启动: http:\/\/localhost:(\d+)/;

async function post<T>(port: string, query: string, token?: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as T;
}

/** Signs in as the demo leader and counts the plans. */
async function planCount(port: string): Promise<number> {
  const login = await post<{ data: { login: { token: string } } }>(
    port,
    'mutation { login(username: "leader", password: "demo") { token } }',
  );
  const body = await post<{ data: { plans: { code: string }[] } }>(port, '{ plans { code } }', login.data.login.token);
  return body.data.plans.length;
}

/**
 * The message of a log line: a JSON line's `msg` (production), or what follows the time, the level and the
 * component in a readable one (`09:41:03.120 FATAL [main] 启动失败: …`).
 */
function messageOf(line: string): string {
  if (line.startsWith('{')) return String((JSON.parse(line) as { msg?: unknown }).msg);
  return line.replace(/^\d\d:\d\d:\d\d\.\d{3} [A-Z]+ +(\[\w+\] )?/, '');
}

/** The process failed with exactly one line of explanation and no stack trace. */
function expectOneLineFailure(output: string, pattern: RegExp) {
  const lines = output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('>'));
  expect(lines).toHaveLength(1);
  expect(messageOf(lines[0]!)).toMatch(/^启动失败: /);
  expect(lines[0]).toMatch(pattern);
}

/** /healthz and /readyz of a running process. */
async function probes(port: string): Promise<{ health: number; ready: number; readiness: unknown }> {
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { health: health.status, ready: ready.status, readiness: await ready.json() };
}

// Each test starts real processes (tsx, WASM Postgres, migrations): generous limits for a loaded 2-core machine.
describe('starting the app', { timeout: 240_000 }, () => {
  it('seeds the Boshan plan once into its data directory, and finds it again after a clean stop', async () => {
    const dataDir = path.join(scratch, 'data');
    const first = startServerProcess({ DATA_DIR: dataDir, PORT: '0' });
    const [, port] = await first.waitFor(STARTED);
    expect(first.output()).toContain('已导入博山区知识产权强区试点方案');
    expect(first.output()).toMatch(/演示账户 \(密码均为 demo\)/);
    expect(await planCount(port!)).toBe(1);
    // What a service manager and a balancer look at: alive, and ready with the database current.
    expect(await probes(port!)).toMatchObject({ health: 200, ready: 200, readiness: { ready: true } });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/收到 SIGTERM，正在关闭…[\s\S]*已关闭/);

    const second = startServerProcess({ DATA_DIR: dataDir, PORT: '0' });
    const [, port2] = await second.waitFor(STARTED);
    expect(second.output()).not.toContain('已导入');
    expect(await planCount(port2!)).toBe(1);
    expect(await probes(port2!)).toMatchObject({ health: 200, ready: 200 });
    // Development logs are readable lines, one per request, with the request's operation and outcome.
    expect(second.output()).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} INFO +\[http\] POST \/graphql \S* ?200 .*requestId=[0-9a-f]{16}/m,
    );
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('explains a DATABASE_URL that is not a postgres:// URL in one line', async () => {
    const run = startServerProcess({ DATABASE_URL: 'mysql://root@localhost/test', PORT: '0' });
    expect(await run.exited).toBe(1);
    expectOneLineFailure(run.output(), /DATABASE_URL.*postgres:\/\//);
  });

  it('explains a database server that does not answer in one line', async () => {
    const run = startServerProcess({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/duban', PORT: '0' });
    expect(await run.exited).toBe(1);
    expectOneLineFailure(run.output(), /无法连接.*127\.0\.0\.1:1.*ECONNREFUSED/);
  });

  it('explains a port that is taken in one line', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = startServerProcess({ DATA_DIR: path.join(scratch, 'port'), PORT: String(port) });
      expect(await run.exited).toBe(1);
      expectOneLineFailure(run.output(), new RegExp(`端口 ${port} 已被占用`));
    } finally {
      blocker.close();
    }
  });

  it('explains a data directory that cannot be written in one line', async () => {
    const file = path.join(scratch, 'a-file');
    fs.writeFileSync(file, 'not a directory');
    const run = startServerProcess({ DATA_DIR: path.join(file, 'pglite'), PORT: '0' });
    expect(await run.exited).toBe(1);
    expectOneLineFailure(run.output(), /数据目录不可写/);
  });

  it('refuses to run in production while demo accounts exist', async () => {
    // The data directory of the first test holds the demo accounts the development start created.
    const run = startServerProcess({ DATA_DIR: path.join(scratch, 'data'), PORT: '0', NODE_ENV: 'production' });
    expect(await run.exited).toBe(1);
    expectOneLineFailure(run.output(), /生产模式下不允许存在演示账户 \(admin, leader/);
    // In production a line is one JSON object, for a log collector.
    expect(JSON.parse(run.output().trim())).toMatchObject({ level: 'fatal', component: 'main' });
  });

  it('explains a bad PORT in one line', async () => {
    const run = startServerProcess({ PORT: 'forty' });
    expect(await run.exited).toBe(1);
    expectOneLineFailure(run.output(), /PORT/);
  });
});
