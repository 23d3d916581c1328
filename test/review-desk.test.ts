import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const live = (page: Page) => page.locator('[data-live="live"]').first();

describe('review and instructions, live between the plan office and the desk', { timeout: 240_000 }, () => {
  it('the office returns a report; the desk resubmits it; the office accepts it and writes an instruction the desk reads', async () => {
    const clerkApi = await app.as('market-supervision');
    const posted = await clerkApi.gql<{ submitProgressReport: { id: string } }>(SUBMIT, {
      i: {
        planCode: PLAN,
        measureCode: 'P1.1',
        departmentCode: 'market-supervision',
        period: '2025-06',
        status: 'ON_TRACK',
        percentComplete: 50,
        summary: '召开知识产权工作推进会',
      },
    });
    const reportId = posted.data!.submitProgressReport.id;
    const leader = await signIn(browser, app.url, 'leader');
    const clerk = await signIn(browser, app.url, 'market-supervision');
    try {
      await clerk.page.waitForURL(/\/desk$/);
      await expect.poll(() => live(clerk.page).isVisible(), { timeout: 20_000 }).toBe(true);

      // The office returns the report from the measure's timeline, with a reason.
      await leader.page.goto(`/plans/${PLAN}/measures/P1.1`);
      const report = leader.page.locator(`[data-report="${reportId}"]`);
      await expect.poll(() => report.textContent(), { timeout: 20_000 }).toContain('待审核');
      await report.getByRole('button', { name: '退回修改' }).click();
      await leader.page.getByLabel('退回理由').fill('请补充会议成果和佐证材料');
      await leader.page.locator('.ant-modal').getByRole('button', { name: '退 回' }).click();
      await expect.poll(() => report.textContent()).toContain('退回理由 请补充会议成果和佐证材料');

      // The desk shows it without reload, with the reason, and resubmits it pre-filled.
      const returned = clerk.page.locator(`.returned-card [data-report="${reportId}"]`);
      await expect.poll(() => returned.isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await returned.textContent()).toContain('请补充会议成果和佐证材料');
      expect(await clerk.page.locator('[data-measure="P1.1"]').textContent()).toContain('退回待修改');
      await screenshot(clerk.page, 'desk-returned-report');
      await returned.getByRole('button', { name: '修改后重新提交' }).click();
      const form = clerk.page.locator('.report-form');
      expect(await form.getByLabel('工作进展').inputValue()).toBe('召开知识产权工作推进会');
      await form.getByLabel('工作进展').fill('召开知识产权工作推进会，印发年度工作要点（附会议纪要）');
      await form.getByRole('button', { name: '修改后重新提交' }).click();
      await expect.poll(() => form.isVisible()).toBe(false);
      await expect.poll(() => returned.count()).toBe(0);

      // The office sees it pending again, live, and accepts it; the history keeps both decisions.
      await expect.poll(() => report.textContent(), { timeout: 20_000 }).toContain('印发年度工作要点');
      expect(await report.textContent()).toContain('待审核');
      await report.getByRole('button', { name: '通 过' }).click();
      await expect.poll(() => report.textContent()).toContain('已审核通过');
      expect(await report.locator('.review-history li').allTextContents()).toEqual([
        expect.stringContaining('第 1 版 · 退回修改：请补充会议成果和佐证材料'),
        expect.stringContaining('第 3 版 · 审核通过'),
      ]);
      await screenshot(leader.page, 'measure-report-reviewed');

      // A leader's instruction on the measure reaches the desk, unread first, and is marked read there.
      await leader.page.getByRole('heading').getByRole('button', { name: '批 示' }).click();
      await leader.page.getByLabel('批示内容').fill('请牵头单位本月内召开专题调度会');
      await leader.page.locator('.ant-modal').getByRole('button', { name: '发出批示' }).click();
      const card = clerk.page.locator('.instructions-card');
      await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain('请牵头单位本月内召开专题调度会');
      expect(await card.textContent()).toContain('1 条未阅');
      await screenshot(clerk.page, 'desk-instruction');
      const onMeasure = leader.page.locator('.ant-card', { hasText: '领导批示' }).locator('[data-instruction]');
      await expect.poll(() => onMeasure.textContent()).toContain('未阅');
      await card.getByRole('button', { name: '已 阅' }).click();
      await expect.poll(() => card.textContent()).not.toContain('未阅');
      // The leader's measure page follows the mark live: the lead has read it, the other addressees not yet.
      await expect.poll(() => onMeasure.textContent(), { timeout: 20_000 }).toContain('已阅 区市场监督管理局');
      expect(await onMeasure.textContent()).toContain('未阅');

      // The activity feed says what the office decided and what the leader wrote.
      await leader.page.goto(`/plans/${PLAN}/feed`);
      const item = (type: string) => leader.page.locator(`.feed-item[data-type="${type}"]`).first();
      await expect
        .poll(() => item('PROGRESS_REPORT_RETURNED').textContent(), { timeout: 20_000 })
        .toContain('报告被退回修改：请补充会议成果和佐证材料');
      expect(await item('PROGRESS_REPORT_ACCEPTED').textContent()).toContain('报告已审核通过');
      expect(await item('INSTRUCTION_ISSUED').textContent()).toContain('领导批示：请牵头单位本月内召开专题调度会');
      expect(await item('INSTRUCTION_READ').textContent()).toContain('区市场监督管理局 已阅领导批示');
      await screenshot(leader.page, 'feed-review-and-instructions');
      expect([...leader.errors, ...clerk.errors]).toEqual([]);
    } finally {
      await leader.context.close();
      await clerk.context.close();
    }
  });
});
