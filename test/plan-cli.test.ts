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

describe(
  'importing and publishing a document with pnpm plan:import FILE --publish --code',
  { timeout: 180_000 },
  () => {
    const seedDir = path.join(repoRoot, 'server/src/seed');

    /** Runs the user CLI against the same data directory. */
    function userCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/user.cli.ts', ...args], {
          cwd: path.join(repoRoot, 'server'),
          env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    }

    it('needs an admin account to act as, then publishes the plan as read, every unit from the register', async () => {
      // The register and the leading group come from the plan file imported above; no account exists yet.
      const noAdmin = await cli(
        ['import', 'boshan-ip-plan-2022-2025.txt', '--publish', '--code', 'boshan-cli'],
        seedDir,
      );
      expect(noAdmin.code).toBe(1);
      expect(noAdmin.stderr).toContain('没有可用的管理员账户');

      const made = await userCli(['create', '--username', 'ops', '--name', '运维', '--role', 'ADMIN']);
      expect(made.code, made.stderr).toBe(0);
      const published = await cli(
        ['import', 'boshan-ip-plan-2022-2025.txt', '--publish', '--code', 'boshan-cli'],
        seedDir,
      );
      expect(published.stderr).toContain('已导入并发布方案「boshan-cli」');
      expect(published.stderr).toContain('目标 5 个');
      expect(published.code).toBe(0);

      // The published plan is a plan like any other: it exports with its tree and units.
      const exported = await cli(['export', 'boshan-cli'], seedDir);
      const file = JSON.parse(exported.stdout) as { measures: { code: string; children?: unknown[] }[] };
      expect(file.measures.map((m) => m.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'S1', 'S2', 'S3']);
    });

    it('refuses a document naming a unit the register lacks, naming it and the closest unit, and writes nothing', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-plan-doc-'));
      try {
        fs.writeFileSync(
          path.join(dir, 'points.txt'),
          [
            '某区2026年知识产权工作要点',
            '一、主要目标',
            '到2026年底，有效发明专利拥有量达到500件。',
            '二、重点任务',
            '（一）加强专利导航。开展产业专利导航。（牵头单位：区市场监管局）',
          ].join('\n'),
        );
        const refused = await cli(['import', 'points.txt', '--publish', '--code', 'points-2026'], dir);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('「区市场监管局」：相近的部门「区市场监督管理局」（疑为简称）');
        const exported = await cli(['export', 'points-2026'], dir);
        expect(exported.stderr).toContain('没有编码为「points-2026」的方案');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
