import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEnv } from '../server/src/config/env';
import { type RunningProcess, startServerProcess } from './kit/process';

/**
 * The power goes, or someone kills the app: SIGKILL while departments are posting reports, then start it again on
 * the same embedded database. It must open every time, and every report it acknowledged must be there. Run on the
 * PGlite pass only (the PostgreSQL pass has its own chaos story); `pnpm soak` runs more cycles (CRASH_CYCLES).
 */

const CYCLES = Number(process.env.CRASH_CYCLES ?? 3);
const PLAN = 'boshan-ip-2022-2025';
const STARTED = /督办已启动: http:\/\/localhost:(\d+)/;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-crash-'));
const dataDir = path.join(scratch, 'data');
let running: RunningProcess | undefined;

afterAll(async () => {
  running?.child.kill('SIGKILL');
  await running?.exited;
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

async function start(): Promise<{ url: string; token: string }> {
  running = startServerProcess({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SUPERVISE_INTERVAL_SECONDS: '0' });
  const [, port] = await running.waitFor(STARTED);
  const url = `http://127.0.0.1:${port}/graphql`;
  const login = await post<{ login: { token: string } }>(
    url,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'finance', p: 'demo' },
  );
  if (!login.data) throw new Error(`could not sign in after a restart: ${JSON.stringify(login.errors)}`);
  return { url, token: login.data.login.token };
}

describe.skipIf(readEnv().TEST_DATABASE_URL)('killed mid-write on the embedded database', { timeout: 900_000 }, () => {
  it(`reopens after each of ${CYCLES} SIGKILLs with every acknowledged report in place`, async () => {
    const acknowledged = new Map<string, string>(); // idempotency key → report id
    let reopenFailures = 0;
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      let app: { url: string; token: string };
      try {
        app = await start();
      } catch (error) {
        reopenFailures += 1;
        throw error;
      }
      // Everything acknowledged before any earlier kill is still there.
      const keys = [...acknowledged.keys()];
      const found = await post<{ department: { code: string } }>(
        app.url,
        '{ department(code: "finance") { code } }',
        {},
        app.token,
      );
      expect(found.data?.department.code).toBe('finance');
      for (const key of keys) {
        // Resending with the same key returns the original report: it was kept.
        const replay = await submit(app, key);
        expect(replay, `report ${key} acknowledged before a kill`).toBe(acknowledged.get(key));
      }
      // Post, and kill the process while the next posts are in flight.
      const writes: Promise<void>[] = [];
      const enough = acknowledged.size + 5;
      await new Promise<void>((resolve) => {
        const writer = async () => {
          for (let n = 0; n < 50 && running?.child.exitCode === null; n += 1) {
            const key = `crash-${cycle}-${randomBytes(4).toString('hex')}`;
            const id = await submit(app, key).catch(() => null);
            if (!id) return;
            acknowledged.set(key, id);
            if (acknowledged.size >= enough) resolve();
          }
          resolve();
        };
        for (let w = 0; w < 3; w += 1) writes.push(writer());
      });
      running?.child.kill('SIGKILL');
      await running?.exited;
      await Promise.all(writes);
    }
    // One last start: every acknowledged report survived the last kill too.
    const app = await start();
    const after = await Promise.all(
      [...acknowledged.keys()].map(async (key) => [key, await submit(app, key)] as const),
    );
    for (const [key, id] of after) expect(id, `report ${key}`).toBe(acknowledged.get(key));
    const plans = await post<{ plans: { code: string }[] }>(app.url, '{ plans { code } }', {}, app.token);
    expect(plans.data?.plans.map((p) => p.code)).toContain(PLAN);
    running?.child.kill('SIGTERM');
    expect(await running?.exited).toBe(0);
    console.log(
      `crash: ${CYCLES} SIGKILLs mid-write, ${acknowledged.size} acknowledged reports, all present after restart; reopen failures ${reopenFailures}`,
    );
  });
});

/** Posts a report with `key`; the report's id, or null when the process went away before it answered. */
async function submit(app: { url: string; token: string }, key: string): Promise<string | null> {
  const answer = await post<{ submitProgressReport: { id: string } }>(
    app.url,
    'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
    {
      i: {
        planCode: PLAN,
        measureCode: 'P1.1',
        departmentCode: 'finance',
        period: '2025-06',
        status: 'ON_TRACK',
        percentComplete: 40,
        summary: `断电演练 ${key}`,
        idempotencyKey: key,
      },
    },
    app.token,
  );
  return answer.data?.submitProgressReport.id ?? null;
}
