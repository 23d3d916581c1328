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
