import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/src/config/env';
import { openDatabase } from '../server/src/db/client';
import { users } from '../server/src/modules/user';
import { seedBoshanPlan } from '../server/src/seed';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-cli-'));

/** Runs the account CLI against the embedded database in `dataDir`. */
function cli(args: string[], stdin?: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/user.cli.ts', ...args], {
      cwd: path.join(repoRoot, 'server'),
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    const append = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    child.stdin.end(stdin ?? '');
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function account(username: string) {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    const [user] = await database.db.select().from(users).where(eq(users.username, username));
    return user ?? null;
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await seedBoshanPlan(database.db);
  await database.close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('managing accounts from the command line', { timeout: 180_000 }, () => {
  it('creates a reporter for a department and prints a generated password once', async () => {
    const run = await cli([
      'create',
      '--username',
      'zhang.san',
      '--name',
      '张三',
      '--role',
      'REPORTER',
      '--department',
      'finance',
    ]);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/已创建用户 zhang\.san \(REPORTER\)/);
    expect(run.output).toMatch(/初始密码 \(仅显示一次\): \S{12,}/);
    const user = await account('zhang.san');
    expect(user).toMatchObject({ displayName: '张三', role: 'REPORTER', demo: false });
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
  });

  it('refuses a reporter without a department, and a taken username, writing nothing', async () => {
    const noDepartment = await cli(['create', '--username', 'li.si', '--role', 'REPORTER']);
    expect(noDepartment.code).toBe(1);
    expect(noDepartment.output).toContain('[input.departmentCode]: 填报员必须属于一个部门');
    expect(await account('li.si')).toBeNull();
    const taken = await cli(['create', '--username', 'zhang.san', '--role', 'VIEWER']);
    expect(taken.code).toBe(1);
    expect(taken.output).toContain('已存在');
  });

  it('resets a password read from standard input', async () => {
    const before = (await account('zhang.san'))?.passwordHash;
    const run = await cli(['reset-password', '--username', 'zhang.san', '--password-stdin'], 'a-long-new-password\n');
    expect(run.code).toBe(0);
    expect(run.output).not.toContain('初始密码');
    expect((await account('zhang.san'))?.passwordHash).not.toBe(before);
  });

  it('explains a wrong role', async () => {
    const run = await cli(['create', '--username', 'wang.wu', '--role', 'EMPEROR']);
    expect(run.code).toBe(1);
    expect(run.output).toContain('--role 须为 ADMIN、LEADER、REPORTER 或 VIEWER');
  });
});
