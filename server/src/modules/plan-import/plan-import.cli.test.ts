import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx, makePng } from './plan-import.fixtures';

const callerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-plan-import-cli-'));
afterAll(() => fs.rmSync(callerDir, { recursive: true, force: true }));

/** Runs `pnpm plan:import … --blocks` as pnpm would: in server/, told by INIT_CWD where the caller stood. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/plan.cli.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      // No database is opened to read blocks: a data directory that does not exist proves it.
      env: { DATA_DIR: path.join(callerDir, 'no-database'), INIT_CWD: callerDir },
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

describe('pnpm plan:import FILE --blocks', { timeout: 60_000 }, () => {
  it('prints the blocks of a .docx as JSON and nothing else, without touching a database', async () => {
    const docx = await makeDocx(['博山区国家知识产权强区试点区建设工作方案', { numbered: 0, text: '总体要求' }], {
      header: ['序号', '任务', '牵头单位'],
      rows: [['1', '建立知识产权保护工作站', '区市场监管局']],
    });
    fs.writeFileSync(path.join(callerDir, '方案.docx'), docx);

    const { code, stdout, stderr } = await cli(['import', '方案.docx', '--blocks']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toStrictEqual({
      format: 'docx',
      blocks: [
        { kind: 'paragraph', text: '博山区国家知识产权强区试点区建设工作方案' },
        { kind: 'paragraph', text: '一、总体要求' },
        {
          kind: 'table',
          rows: [
            ['序号', '任务', '牵头单位'],
            ['1', '建立知识产权保护工作站', '区市场监管局'],
          ],
        },
      ],
    });
    expect(fs.existsSync(path.join(callerDir, 'no-database'))).toBe(false);
  });

  it('says in Chinese why a file cannot be read, and fails', async () => {
    fs.writeFileSync(path.join(callerDir, '扫描.png'), makePng());
    const { code, stdout, stderr } = await cli(['import', '扫描.png', '--blocks']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('无法导入: 这是一张图片（PNG）');
  });
});
