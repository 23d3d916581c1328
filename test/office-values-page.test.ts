import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// exceljs is the server's dependency; the test package reads it from there (no new entry in the lockfile).
import ExcelJS from '../server/node_modules/exceljs';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const clock = new ManualClock('2025-12-09T09:00:00+08:00');

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const REPORTS = `query($plan: String!) { plan(code: $plan) { measures { code reports(first: 5) {
  period percentComplete summary department { code } } } } }`;

describe('a clerk fills the progress workbook from 我的任务', { timeout: 240_000 }, () => {
  it('downloads the template, sees a bad row listed at its place, then uploads it corrected', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.waitForURL(/\/desk$/, { timeout: 45_000 });
      const card = page.locator('.ant-card').filter({ hasText: 'Excel 批量填报' });
      await card.waitFor({ timeout: 20_000 });
      await screenshot(page, 'office-values-desk');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 20_000 }),
        card.getByRole('button', { name: '下载填报模板（进度）' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/-进度填报模板\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('进度填报')!;
      const row = sheet.getRow(sheet.rowCount);
      const measureCode = String(row.getCell(1).value);
      const period = String(row.getCell(3).value);
      row.getCell(5).value = '正常推进';
      row.getCell(6).value = 150;
      row.getCell(7).value = '通过 Excel 填报表提交的进展';
      const file = path.join(path.dirname((await download.path())!), 'filled.xlsx');
      await book.xlsx.writeFile(file);

      const input = card.locator('input[type="file"]').first();
      await input.setInputFiles(file);
      const table = card.locator('.ant-table');
      await expect
        .poll(() => table.textContent(), { timeout: 20_000, message: '上传后没有列出问题' })
        .toContain('完成百分比须为 0 至 100 的整数');
      expect(await table.textContent()).toContain(`进度填报${row.number}F`);
      expect(await card.textContent()).toContain('填报表有 1 处问题，未导入任何数据');
      await screenshot(page, 'office-values-desk-refused');

      row.getCell(6).value = 60;
      await book.xlsx.writeFile(file);
      await input.setInputFiles(file);
      await expect
        .poll(() => card.textContent(), { timeout: 20_000, message: '改正后上传没有成功' })
        .toContain('已导入：新记录 1 条');
      await screenshot(page, 'office-values-desk-imported');

      const leader = await app.as('leader');
      const result = await leader.gql<{
        plan: { measures: { code: string; reports: { period: string; percentComplete: number; summary: string }[] }[] };
      }>(REPORTS, { plan: PLAN });
      const latest = result.data!.plan.measures.find((m) => m.code === measureCode)!.reports[0];
      expect(latest).toMatchObject({ period, percentComplete: 60, summary: '通过 Excel 填报表提交的进展' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe(
  'the plan office enters a department’s history from the department page (办公室补录)',
  { timeout: 240_000 },
  () => {
    it('downloads the department’s template, is told the missing original date by row, then sees the values imported', async () => {
      const { page, context, errors } = await signIn(browser, app.url, 'leader');
      try {
        await page.goto(`/plans/${PLAN}/departments/market-supervision`);
        const card = page.locator('.office-backfill');
        await card.waitFor({ timeout: 20_000 });
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 20_000 }),
          card.getByRole('button', { name: '下载填报模板（办公室补录）' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(`${PLAN}-区市场监督管理局-进度填报模板.xlsx`);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
        const sheet = book.getWorksheet('进度填报')!;
        // The newest period of the first measure the page lists (shown there as its latest), one the desk story above
        // leaves alone.
        const listed = page.locator('.detail .ant-table-row').first();
        const first = (/^\S+/.exec(((await listed.textContent()) ?? '').trim()) ?? [''])[0];
        const data = (sheet.getRows(1, sheet.rowCount) ?? []).filter((r) => String(r.getCell(1).value) === first);
        expect(data.length, `模板中没有 ${first} 的行`).toBeGreaterThan(0);
        const row = data.at(-1)!;
        const measureCode = String(row.getCell(1).value);
        const period = String(row.getCell(3).value);
        row.getCell(5).value = '存在风险';
        row.getCell(6).value = 45;
        row.getCell(7).value = '按台账补录：知识产权工作推进会';
        const file = path.join(path.dirname((await download.path())!), 'backfill.xlsx');
        await book.xlsx.writeFile(file);

        // Without 原报送日期 the office's row is refused at its place, nothing written.
        const input = card.locator('input[type="file"]').first();
        await input.setInputFiles(file);
        const table = card.locator('.ant-table');
        await expect
          .poll(() => table.textContent(), { timeout: 20_000, message: '缺少原报送日期的行没有列出' })
          .toContain(`进度填报${row.number}I`);
        await screenshot(page, 'office-backfill-refused');
        expect(await card.textContent()).toContain('填报表有 1 处问题，未导入任何数据');

        row.getCell(9).value = new Date('2025-12-04T00:00:00Z');
        await book.xlsx.writeFile(file);
        await input.setInputFiles(file);
        await expect
          .poll(() => card.textContent(), { timeout: 20_000, message: '补录上传没有成功' })
          .toContain('已导入：新记录 1 条');
        const leader = await app.as('leader');
        const result = await leader.gql<{
          plan: {
            measures: {
              code: string;
              reports: { period: string; percentComplete: number; reportedOn: string; backfilled: boolean }[];
            }[];
          };
        }>(
          `query($plan: String!) { plan(code: $plan) { measures { code reports(first: 5) {
          period percentComplete reportedOn backfilled } } } }`,
          { plan: PLAN },
        );
        const latest = result.data!.plan.measures.find((m) => m.code === measureCode)!.reports[0];
        expect(latest).toMatchObject({ period, percentComplete: 45, reportedOn: '2025-12-04', backfilled: true });
        // The page asks again: the measure's row shows the imported report as its latest.
        const measureRow = page.locator('.detail .ant-table-row').first();
        await expect
          .poll(() => measureRow.textContent(), { timeout: 20_000, message: '部门页没有显示补录的进展' })
          .toContain('45%');
        expect(await measureRow.textContent()).toContain('存在风险');
        await screenshot(page, 'office-backfill-imported');

        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('is not offered to a department’s clerk, who reports for itself on its desk', async () => {
      const { page, context } = await signIn(browser, app.url, 'market-supervision');
      try {
        await page.goto(`/plans/${PLAN}/departments/market-supervision`);
        await page.locator('.detail h1', { hasText: '区市场监督管理局' }).waitFor({ timeout: 20_000 });
        await page.locator('.ant-table').first().waitFor({ timeout: 20_000 });
        expect(await page.locator('.office-backfill').count()).toBe(0);
      } finally {
        await context.close();
      }
    });
  },
);

describe('values uploaded from Excel reach the leader’s cockpit live', { timeout: 300_000 }, () => {
  it('a department uploads a filled template on its desk; the cockpit shows it without reload; three bad rows change nothing', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    const clerk = await signIn(browser, app.url, 'market-supervision');
    try {
      await expect
        .poll(() => leader.page.locator('[data-live="live"]').first().isVisible(), {
          timeout: 20_000,
          message: '驾驶舱没有显示实时连接',
        })
        .toBe(true);
      const progress = leader.page.getByTestId('plan-progress');
      const before = await progress.textContent();
      await leader.page.evaluate(() => {
        (window as unknown as { __noReload: boolean }).__noReload = true;
      });

      await clerk.page.waitForURL(/\/desk$/, { timeout: 45_000 });
      const card = clerk.page.locator('.ant-card').filter({ hasText: 'Excel 批量填报' });
      await card.waitFor({ timeout: 20_000 });
      const [download] = await Promise.all([
        clerk.page.waitForEvent('download', { timeout: 20_000 }),
        card.getByRole('button', { name: '下载填报模板（进度）' }).click(),
      ]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('进度填报')!;
      // The newest period of a measure: its last row in the template.
      const newest = (code: string) =>
        (sheet.getRows(1, sheet.rowCount) ?? []).filter((r) => String(r.getCell(1).value) === code).at(-1)!;
      const good = newest('P1.2');
      good.getCell(5).value = '正常推进';
      good.getCell(6).value = 80;
      good.getCell(7).value = '政策汇编印发，企业宣讲 12 场';
      const file = path.join(path.dirname((await download.path())!), 'cockpit-live.xlsx');
      await book.xlsx.writeFile(file);
      const input = card.locator('input[type="file"]').first();
      await input.setInputFiles(file);
      await expect
        .poll(() => card.textContent(), { timeout: 20_000, message: '上传没有成功' })
        .toContain('已导入：新记录 1 条');

      // The leader's cockpit: the report in the live feed and the plan's progress moved, with no reload.
      const feedItem = leader.page.locator('.feed-item', { hasText: '政策汇编印发，企业宣讲 12 场' });
      await expect
        .poll(() => feedItem.isVisible(), { timeout: 20_000, message: '驾驶舱的动态没有出现上传的报告' })
        .toBe(true);
      await expect
        .poll(() => progress.textContent(), { timeout: 20_000, message: '驾驶舱的方案进度没有随上传更新' })
        .not.toBe(before);
      const after = await progress.textContent();
      const feedCount = await leader.page.locator('.feed-item').count();
      expect(await leader.page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
      await screenshot(leader.page, 'office-values-cockpit-live');

      // Three bad rows: each named at its row and column on the desk card; nothing written, the cockpit unchanged.
      const api = await app.as('leader');
      const count = async () =>
        (
          await api.gql<{ plan: { measures: { reports: { period: string }[] }[] } }>(
            'query($p: String!) { plan(code: $p) { measures { reports(first: 100) { period } } } }',
            { p: PLAN },
          )
        ).data!.plan.measures.reduce((sum, m) => sum + m.reports.length, 0);
      const reports = await count();
      const [percent, done, empty] = [newest('P1.3'), newest('P2.1'), newest('P2.2')];
      percent.getCell(5).value = '正常推进';
      percent.getCell(6).value = 120;
      percent.getCell(7).value = '进展';
      done.getCell(5).value = '已完成';
      done.getCell(6).value = 50;
      done.getCell(7).value = '进展';
      empty.getCell(5).value = '滞后';
      empty.getCell(6).value = 10;
      good.getCell(6).value = 90;
      await book.xlsx.writeFile(file);
      await input.setInputFiles(file);
      await expect
        .poll(() => card.textContent(), { timeout: 20_000, message: '三处错误没有列出' })
        .toContain('填报表有 3 处问题，未导入任何数据');
      // The problem table is its own chunk (loaded when first shown): its rows follow the summary line.
      const problems = () => card.locator('.ant-table-row').allTextContents();
      await expect
        .poll(async () => (await problems()).map((t) => t.trim()), {
          timeout: 20_000,
          message: '三处错误没有逐行列出',
        })
        .toEqual([
          `进度填报${percent.number}F完成百分比须为 0 至 100 的整数`,
          `进度填报${done.number}F状态为“已完成”时完成百分比须为 100`,
          `进度填报${empty.number}G不能为空`,
        ]);
      await screenshot(clerk.page, 'office-values-desk-three-errors');
      expect(await count()).toBe(reports);
      expect(await progress.textContent()).toBe(after);
      expect(await leader.page.locator('.feed-item').count()).toBe(feedCount);
      expect([...leader.errors, ...clerk.errors]).toEqual([]);
    } finally {
      await leader.context.close();
      await clerk.context.close();
    }
  });
});
