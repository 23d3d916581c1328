import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/src/config/env';
import { BOSHAN_PLAN_FILE } from '../server/src/seed';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-plan-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Runs the plan CLI as `pnpm plan:…` would: in server/, told by INIT_CWD where the caller stood. */
function cli(args: string[], callerDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/plan.cli.ts', ...args], {
      cwd: path.join(repoRoot, 'server'),
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, INIT_CWD: callerDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('moving a plan with pnpm plan:import and plan:export', { timeout: 180_000 }, () => {
  it('imports a file named relative to the caller, refuses it a second time, and exports the same file', async () => {
    const callerDir = path.dirname(BOSHAN_PLAN_FILE);
    const name = path.basename(BOSHAN_PLAN_FILE);
    const imported = await cli(['import', name], callerDir);
    expect(imported.stderr).toContain('已导入方案「boshan-ip-2022-2025」');
    expect(imported.code).toBe(0);

    const again = await cli(['import', name], callerDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('方案「boshan-ip-2022-2025」已存在，未导入');

    const exported = await cli(['export', 'boshan-ip-2022-2025'], callerDir);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toStrictEqual(JSON.parse(fs.readFileSync(BOSHAN_PLAN_FILE, 'utf8')));
  });
});

describe('proposing a plan from a document’s text with pnpm plan:import FILE.txt --json', { timeout: 180_000 }, () => {
  const seedDir = path.join(repoRoot, 'server/src/seed');

  it('prints the proposed plan as JSON and nothing else', async () => {
    const result = await cli(['import', 'boshan-ip-plan-2022-2025.txt', '--json'], seedDir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const proposed = JSON.parse(result.stdout);
    expect(proposed.plan).toMatchObject({
      docNumber: '博政发〔2022〕8号',
      issuedOn: '2022-11-18',
      endsOn: '2025-12-31',
    });
    expect(proposed.goals).toHaveLength(5);
    expect(proposed.measures.map((m: { kind: string }) => m.kind)).toEqual([
      ...Array(5).fill('PROJECT'),
      ...Array(3).fill('SAFEGUARD'),
    ]);
    expect(proposed.measures[0]).toMatchObject({ number: '(一)', lead: ['区市场监督管理局'], deadline: null });
  });

  it('refuses a text that is not a plan with a clear reason, and a text without --json', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-plan-text-'));
    try {
      fs.writeFileSync(path.join(dir, 'notice.txt'), '关于放假的通知\n全体同事：国庆节放假七天。');
      const notAPlan = await cli(['import', 'notice.txt', '--json'], dir);
      expect(notAPlan.code).toBe(1);
      expect(notAPlan.stdout).toBe('');
      expect(notAPlan.stderr).toContain('无法导入: 这不像一份方案');

      const withoutJson = await cli(['import', 'notice.txt'], dir);
      expect(withoutJson.code).toBe(1);
      expect(withoutJson.stderr).toContain('请加 --json');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
