import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
// Mid-term, two working days after 2025-11's deadline (2025-12-05): leads who have not reported are overdue.
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

const live = (page: Page) => page.locator('[data-live="live"]').first();

async function openDesk(username: string) {
  const session = await signIn(browser, app.url, username);
  await session.page.waitForURL(/\/desk$/, { timeout: 45_000 });
  await expect
    .poll(() => live(session.page).isVisible(), { timeout: 20_000, message: '桌面未连上实时通道' })
    .toBe(true);
  return session;
}

describe('the department desk tells each unit what it owes', { timeout: 240_000 }, () => {
  it('a town clerk sees every measure of its group, marked 「各镇、街道」承担, and posts progress for the group', async () => {
    const { page, context, errors } = await openDesk('yucheng-town');
    try {
      const items = page.locator('.desk-item[data-measure]');
      await expect
        .poll(() => items.count(), { timeout: 20_000, message: '镇街桌面没有列出所在组的措施' })
        .toBeGreaterThan(0);
      expect(await page.getByText('本部门在此方案中没有承担措施').count()).toBe(0);
      const count = await items.count();
      expect(await page.locator('.desk-item').filter({ hasText: '「各镇、街道」承担' }).count()).toBe(count);
      // The towns only take part in this plan (配合), so nothing is red and nothing is owed.
      expect(await page.locator('.desk-item.urgency-overdue').count()).toBe(0);
      expect(await page.locator('.desk-verdict').textContent()).toContain('本部门当前无待办');
      expect(await page.locator('.page-header').textContent()).toContain('含所在组「各镇、街道」承担的措施');
      await screenshot(page, 'desk-town-clerk');

      // It posts for P1.1 through the desk: the form says for whom, and makes the status a choice.
      const item = page.locator('.desk-item[data-measure="P1.1"]');
      await item.getByRole('button', { name: '补充进展（可选）' }).click();
      const form = page.locator('.report-form');
      await expect.poll(() => form.isVisible(), { message: '填报表单没有打开' }).toBe(true);
      expect(await form.locator('.form-note').textContent()).toContain(
        '以「域城镇」名义填报，计为「各镇、街道」的报送',
      );
      expect(await form.locator('.ant-form-item').filter({ hasText: '报告期' }).first().textContent()).toContain(
        '2025年11月',
      );
      await form.getByLabel('工作进展').fill('走访辖区企业 12 家，宣讲知识产权质押融资政策');
      await form.getByRole('button', { name: '提交报告' }).click();
      await expect.poll(() => form.textContent(), { message: '未选择状态也提交了' }).toContain('请选择本期推进状态');
      await form.getByText('正常推进').click();
      await form.getByLabel('完成百分比').fill('35');
      await form.getByRole('button', { name: '提交报告' }).click();
      await expect.poll(() => form.isVisible(), { timeout: 20_000, message: '报告提交后表单没有关闭' }).toBe(false);
      await expect
        .poll(() => item.textContent(), { timeout: 20_000, message: '措施最新报告没有显示镇街的报告' })
        .toContain('35%（域城镇）');
      await screenshot(page, 'desk-town-clerk-posted');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a participating department sees at once that it owes nothing: no red item, its parts calm and optional', async () => {
    const { page, context, errors } = await openDesk('finance');
    try {
      const partaking = page.locator('.partaking-list .desk-item');
      await expect.poll(() => partaking.count(), { timeout: 20_000, message: '配合措施没有列出' }).toBeGreaterThan(0);
      expect(await page.locator('.owed-list .desk-item').count()).toBe(0);
      expect(await page.locator('.desk-item.urgency-overdue').count()).toBe(0);
      expect(await page.getByText('■ 逾期').count()).toBe(0);
      expect(await page.locator('.desk-verdict').textContent()).toMatch(/^本部门当前无待办：在此方案中为配合单位/);
      expect(await page.locator('.page-header').textContent()).toContain('应报 0 项');
      // Each part says who leads it and what the measure's latest report is, and posting is optional.
      const first = partaking.first();
      expect(await first.textContent()).toContain('牵头：');
      expect(await first.getByRole('button', { name: '补充进展（可选）' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: '填报进展' }).count()).toBe(0);
      await screenshot(page, 'desk-participant-owes-nothing');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a lead gives a document number as evidence; a refusal shows beside its field; the status is chosen afresh', async () => {
    // Last period's report said 滞后 at 30 %.
    const api = await app.as('market-supervision');
    const posted = await api.gql(SUBMIT, {
      i: {
        planCode: PLAN,
        measureCode: 'P1.1',
        departmentCode: 'market-supervision',
        period: '2025-10',
        status: 'DELAYED',
        percentComplete: 30,
        summary: '推进会推迟召开',
      },
    });
    expect(posted.errors).toBeUndefined();
    const { page, context, errors } = await openDesk('market-supervision');
    try {
      const item = page.locator('.owed-list .desk-item[data-measure="P1.1"]');
      await expect.poll(() => item.isVisible(), { timeout: 20_000, message: '牵头措施没有列出' }).toBe(true);
      expect(await page.locator('.desk-verdict').textContent()).toContain('本部门现有待办：逾期未报');
      await screenshot(page, 'desk-lead');
      await item.getByRole('button', { name: '填报进展' }).click();
      const form = page.locator('.report-form');
      await expect.poll(() => form.isVisible(), { message: '填报表单没有打开' }).toBe(true);

      // Last period's status is a hint, not a choice already made; the percent is pre-filled and says so.
      expect(await form.locator('.ant-radio-button-wrapper-checked').count()).toBe(0);
      expect(await form.textContent()).toContain('上期（2025年10月）为「■ 滞后」，请按本期实际选择');
      expect(await form.getByLabel('完成百分比').inputValue()).toBe('30');
      expect(await form.textContent()).toContain('已按上期（2025年10月）30% 预填，请核对');
      await screenshot(page, 'report-form-status-to-choose', false);

      // The period asked for is the one overdue (2025-11, due 2025-12-05), not the month now running.
      expect(await form.locator('.ant-form-item').filter({ hasText: '报告期' }).first().textContent()).toContain(
        '2025年11月',
      );
      await form.getByText('正常推进').click();
      await form.getByLabel('完成百分比').fill('45');
      await form.getByLabel('工作进展').fill('召开知识产权工作推进会，印发质押融资工作通知');
      await form.getByRole('button', { name: '添加佐证材料' }).click();
      await form.getByPlaceholder('标题，如：专利质押融资签约通报').nth(0).fill('质押融资工作通知');
      await form.getByPlaceholder('链接或发文字号，如 博市监发〔2025〕41号').nth(0).fill('博市监发〔2025〕41号');
      await form.getByRole('button', { name: '添加佐证材料' }).click();
      await form.getByPlaceholder('标题，如：专利质押融资签约通报').nth(1).fill('会议材料');
      await form.getByPlaceholder('链接或发文字号，如 博市监发〔2025〕41号').nth(1).fill('见附件');
      await form.getByRole('button', { name: '提交报告' }).click();

      // The server refuses the second reference: its reason shows under that field, and nothing typed is lost.
      const refusal = '「见附件」不是链接、file: 文件引用或发文字号（如 博市监发〔2025〕41号）';
      await expect
        .poll(() => form.locator('.ant-form-item-explain-error').allTextContents(), {
          timeout: 20_000,
          message: '服务器的拒绝理由没有显示在字段旁',
        })
        .toEqual([refusal]);
      const row = form.locator('.ant-form-item').filter({ has: page.locator('input[value="见附件"]') });
      expect(await row.locator('.ant-form-item-explain-error').textContent()).toBe(refusal);
      expect(await form.getByLabel('工作进展').inputValue()).toBe('召开知识产权工作推进会，印发质押融资工作通知');
      expect(await form.getByLabel('完成百分比').inputValue()).toBe('45');
      await screenshot(page, 'report-form-evidence-refused', false);

      // Corrected to a document number with ASCII brackets, it is accepted and stored in its one form.
      await form.getByPlaceholder('链接或发文字号，如 博市监发〔2025〕41号').nth(1).fill('博政办字[2025]7号');
      // A button still showing the refused attempt as loading ignores a click: wait until it is ready again.
      const send = form.getByRole('button', { name: '提交报告' });
      await expect
        .poll(() => send.getAttribute('class'), { timeout: 20_000, message: '提交按钮一直处于提交中' })
        .not.toContain('ant-btn-loading');
      await send.click();
      // If it stays open, say what the form shows (a refusal beside a field, or a message) rather than only that.
      const shows = async () =>
        (await form.isVisible())
          ? `更正后报告没有提交，表单显示：${(await form.locator('.ant-form-item-explain-error, .ant-alert').allTextContents()).join(' / ') || '（无错误提示）'}；按钮：${await send.getAttribute('class')}`
          : '';
      await expect.poll(shows, { timeout: 45_000, message: '更正后报告没有提交' }).toBe('');

      // The measure's timeline shows both as document references, not links.
      await page.goto(`/plans/${PLAN}/measures/P1.1`);
      const evidence = page.locator('.evidence li[data-evidence-kind="DOCUMENT"]');
      await expect
        .poll(() => evidence.allTextContents(), { timeout: 20_000, message: '文号佐证没有显示' })
        .toEqual(['质押融资工作通知 文号 博市监发〔2025〕41号', '会议材料 文号 博政办字〔2025〕7号']);
      expect(await page.locator('.evidence a').count()).toBe(0);
      await screenshot(page, 'measure-evidence-document-number');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
