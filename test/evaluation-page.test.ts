import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const RECORD = 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }';
const REPORT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';

const clock = new ManualClock('2026-01-15T09:00:00+08:00');
let app: TestApp;
let browser: Browser;
let office: ApiClient;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  office = await app.as('market-supervision');
  const record = await office.gql(RECORD, {
    i: { planCode: PLAN, indicatorCode: 'invention-patents-per-10k', value: 9.2, asOf: '2025-12-31' },
  });
  expect(record.errors).toBeUndefined();
  const report = await office.gql(REPORT, {
    i: {
      planCode: PLAN,
      measureCode: 'P1.1',
      departmentCode: 'market-supervision',
      period: '2025-12',
      status: 'COMPLETED',
      percentComplete: 100,
      summary: '年度工作全部完成',
    },
  });
  expect(report.errors).toBeUndefined();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the evaluation page in a real browser', { timeout: 120_000 }, () => {
  it('shows the final evaluation, filters unfinished measures, and refreshes when a value is recorded', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    try {
      const page = leader.page;
      await page.getByRole('menuitem', { name: '终期评估' }).click();
      await page.waitForURL(/\/evaluation$/);
      await expect
        .poll(() => page.locator('h1').textContent(), {
          timeout: 30_000,
          message: 'the evaluation page never showed its title 终期评估 (its code or its query did not arrive)',
        })
        .toContain('终期评估');
      const figure = (name: string) => page.locator(`[data-figure="${name}"] b`).textContent();
      await expect.poll(() => figure('MET')).toBe('1');
      expect(await figure('NO_DATA')).toBe('1');
      const trademarks = page.locator('[data-indicator="valid-trademarks"]');
      await expect.poll(() => trademarks.locator('[data-verdict]').getAttribute('data-verdict')).toBe('NO_DATA');
      await expect
        .poll(() => page.locator('[data-indicator="invention-patents-per-10k"]').textContent())
        .toContain('目标 9 件/万人，终值 9.2 件/万人（2025-12-31），达成 102.2%');

      // Only the unfinished measures: P1.1 (completed) leaves the table.
      expect(await page.locator('[data-measure="P1.1"]').count()).toBe(1);
      await page.getByLabel('只看未完成').click();
      await expect.poll(() => page.locator('[data-measure="P1.1"]').count()).toBe(0);
      expect(await page.locator('[data-measure="P1.2"]').count()).toBe(1);

      // A value recorded elsewhere reaches the page through the live stream: it re-asks for the evaluation.
      const record = await office.gql(RECORD, {
        i: { planCode: PLAN, indicatorCode: 'valid-trademarks', value: 7200, asOf: '2025-12-31' },
      });
      expect(record.errors).toBeUndefined();
      await expect
        .poll(() => trademarks.locator('[data-verdict]').getAttribute('data-verdict'), { timeout: 20_000 })
        .toBe('NOT_MET');
      expect(await figure('NOT_MET')).toBe('1');
      expect(await page.locator('[data-kind="INDICATOR_NOT_MET"]').textContent()).toContain('有效商标注册量未达成目标');
      await screenshot(page, 'evaluation-final');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      await screenshot(page, 'evaluation-print');
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
    }
  });
});
