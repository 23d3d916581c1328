import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { repoRoot } from '../server/src/config/env';
import { type RunningProcess, startServerProcess } from './kit/process';
import { whenReady } from './kit/wait';

// The release story (issue 17): `pnpm release` makes one archive; an IT clerk unpacks it on an intranet machine with
// Node.js and no registry, creates the first account with the release's CLI, starts it with start.sh, and signs in.
// The release starts the embedded PGlite whatever the test run's database, so it runs once, in the PGlite pass.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-release-test-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }) {
  return new Promise<Ran>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** What the intranet machine offers: Node.js and npm, a registry that never answers, npm told to stay offline. */
function offlineEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const home = path.join(scratch, 'home');
  fs.mkdirSync(home, { recursive: true });
  const npmrc = path.join(home, '.npmrc');
  fs.writeFileSync(
    npmrc,
    'registry=http://127.0.0.1:9/\noffline=true\nupdate-notifier=false\nfund=false\naudit=false\n',
  );
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    NPM_CONFIG_USERCONFIG: npmrc,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: path.join(scratch, 'npm-cache'),
    ...extra,
  };
}

async function graphql(port: number, query: string, variables: object, token?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

describe.skipIf(process.env.TEST_DATABASE_URL)('the offline release', { timeout: 600_000 }, () => {
  let archive = '';
  let installed = '';

  beforeAll(async () => {
    const made = await run(process.execPath, [path.join(repoRoot, 'scripts/release.mjs'), '--out', scratch], {
      cwd: repoRoot,
    });
    expect(made.code, `pnpm release failed:\n${made.stdout}\n${made.stderr}`).toBe(0);
    archive = made.stdout.trim().split('\n').at(-1) ?? '';
    const unpacked = path.join(scratch, 'opt');
    fs.mkdirSync(unpacked);
    const untar = await run('tar', ['-xzf', archive, '-C', unpacked], { cwd: scratch });
    expect(untar.code, untar.stderr).toBe(0);
    const [folder, ...more] = fs.readdirSync(unpacked);
    expect(more, 'the archive holds one folder').toEqual([]);
    installed = path.join(unpacked, folder as string);
  }, 600_000);

  it('is one archive holding the compiled server, the dashboard, the migrations and the production dependencies', () => {
    expect(archive).toMatch(/duban-[\w-]+\.tar\.gz$/);
    for (const file of [
      'start.sh',
      'server/dist/main.js',
      'server/dist/user.cli.js',
      'server/dist/pglite-template/PG_VERSION',
      'server/plans/boshan-ip-2022-2025.plan.json',
      'drizzle/meta/_journal.json',
      'web/dist/index.html',
      'server/node_modules/@electric-sql/pglite/package.json',
    ]) {
      expect(fs.existsSync(path.join(installed, file)), file).toBe(true);
    }
    const pglite = fs.realpathSync(path.join(installed, 'server/node_modules/@electric-sql/pglite/dist'));
    expect(fs.readdirSync(pglite).some((f) => f.endsWith('.wasm'))).toBe(true);
    // Nothing of the development toolchain: no TypeScript sources of ours, no tsx, no TypeScript compiler.
    expect(fs.existsSync(path.join(installed, 'server/src'))).toBe(false);
    const store = fs.readdirSync(path.join(installed, 'node_modules/.pnpm'));
    expect(store.filter((p) => /^(tsx|typescript|esbuild|vite|vitest)@/.test(p))).toEqual([]);
  });

  it('starts offline from start.sh on a new database, takes its first account from the CLI, and signs it in', async () => {
    const env = offlineEnv({ DATA_DIR: path.join(scratch, 'data'), NODE_ENV: 'production' });
    const start = { command: 'sh', args: [path.join(installed, 'start.sh')], cwd: scratch };
    const serverEnv = { ...(env as Record<string, string>), PORT: '0', HOST: '127.0.0.1' };
    const stop = async (server: RunningProcess) => {
      server.child.kill('SIGTERM');
      expect(await server.exited, server.output()).toBe(0);
      expect(server.output()).toContain('正在关闭');
    };

    // The first start makes the database from the build's migrated template, seeds the plan, and answers.
    const first = startServerProcess(serverEnv, start);
    try {
      const [, port] = await first.waitFor(/督办已启动: http:\/\/localhost:(\d+)/, 180_000);
      expect(first.output()).toContain('新数据库由构建时迁移好的模板创建');
      expect(first.output()).toContain('已导入博山区知识产权强区试点方案');
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text(), 'the dashboard from the release').toContain('<div id="root">');
    } finally {
      await stop(first);
    }

    // The first account, with the release's own CLI through npm (told the registry is unreachable), app stopped.
    const created = await run(
      'npm',
      ['run', 'user:create', '--', '--username', 'it-clerk', '--name', '信息科', '--role', 'ADMIN', '--password-stdin'],
      { cwd: installed, env, input: 'Ban-gong-shi-2026\n' },
    );
    expect(created.code, `${created.stdout}\n${created.stderr}`).toBe(0);

    // Started again on the same database (nothing to make, nothing to seed), it signs the account in.
    const again = startServerProcess(serverEnv, start);
    try {
      const [, port] = await again.waitFor(/督办已启动: http:\/\/localhost:(\d+)/, 180_000);
      expect(again.output()).not.toContain('模板创建');
      const login = await graphql(
        Number(port),
        'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
        { username: 'it-clerk', password: 'Ban-gong-shi-2026' },
      );
      expect(login.errors).toBeUndefined();
      const token = (login.data?.login as { token: string }).token;
      const me = await graphql(Number(port), '{ me { username role } }', {}, token);
      expect(me).toEqual({ data: { me: { username: 'it-clerk', role: 'ADMIN' } } });

      // Live updates over the WebSocket (graphql-ws and ws are bundled): the plan list's events from the start
      // replay the seed's PLAN_IMPORTED.
      const socket = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      const types: string[] = [];
      const problems: unknown[] = [];
      const replayed = whenReady(() => types.includes('PLAN_IMPORTED') || problems.length > 0, {
        timeout: 30_000,
        message: () => `no PLAN_IMPORTED over the WebSocket: ${JSON.stringify({ types, problems })}`,
      });
      const stopListening = socket.subscribe<{ planListEvents: { type: string } }>(
        { query: 'subscription { planListEvents(after: "MDow") { type } }' },
        {
          next: (value) => {
            if (value.data) types.push(value.data.planListEvents.type);
            if (value.errors) problems.push(value.errors);
            replayed.settle();
          },
          error: (error) => {
            problems.push(error);
            replayed.settle();
          },
          complete: () => {},
        },
      );
      try {
        await replayed.promise;
        expect(problems).toEqual([]);
      } finally {
        stopListening();
        await socket.dispose();
      }
    } finally {
      await stop(again);
    }
  });

  it('is compiled from the same API as the sources: the built server emits the committed schema', async () => {
    const emitted = await run(process.execPath, [path.join(repoRoot, 'server/dist/emit-schema.js'), '--stdout'], {
      cwd: repoRoot,
    });
    expect(emitted.code, emitted.stderr).toBe(0);
    expect(emitted.stdout).toBe(fs.readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8'));
  });
});
