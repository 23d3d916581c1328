import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

/**
 * 启动接续方案 in the browser: the Boshan plan's office opens the ended plan's row on the plan list, keeps all but one
 * of the unfinished measures, names the new plan and lands in its editor; the list then shows the draft 接续自 the
 * Boshan plan, and the office archives the Boshan plan.
 */
const BOSHAN = 'boshan-ip-2022-2025';
const NEXT = 'boshan-ip-2026-2028';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const clock = new ManualClock('2026-12-05T09:00:00+08:00');

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function pickDate(scope: Locator, label: string, date: string) {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('the Boshan office starts the next plan from the ended one', { timeout: 300_000 }, () => {
  it('chooses what to carry, lands in the new draft’s editor, and then archives the old plan', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.goto('/plans');
      const row = page.locator(`[data-plan="${BOSHAN}"]`);
      await row.locator('[data-action="succeed"]').click();
      await page.waitForURL(new RegExp(`/plans/${BOSHAN}/successor$`), { timeout: 45_000 });
      const measures = page.getByTestId('successor-measures');
      await expect
        .poll(() => measures.locator('tbody tr.ant-table-row').count(), {
          timeout: 20_000,
          message: '未完成的措施没有列出',
        })
        .toBe(24);
      // Every measure and indicator is ticked to begin with; the office leaves P1.3 behind.
      expect(await page.getByText('已选 24/24 项').count()).toBe(1);
      await measures.locator('tr', { hasText: '建立健全激励和保障机制' }).locator('.ant-checkbox-input').click();
      await expect.poll(() => page.getByText('已选 23/24 项').count(), { message: '取消勾选没有生效' }).toBe(1);
      const form = page.getByTestId('successor-form');
      // The date first: Enter in the picker submits the form, which is refused until the code and title are in.
      await pickDate(form, '结束日期', '2028-12-31');
      await form.getByLabel('新方案编码').fill(NEXT);
      await form.getByLabel('新方案名称').fill('博山区知识产权强市建设工作方案（2026—2028年）');
      await form.getByLabel('文号').fill('博政发〔2026〕3号');
      expect(await form.getByLabel('开始日期').inputValue()).toBe('2026-01-01');
      await screenshot(page, 'plan-successor-choose');

      await page.locator('[data-action="start-successor"]').click();
      await page.waitForURL(new RegExp(`/plans/${NEXT}/edit$`), { timeout: 45_000 });
      const tree = page.getByTestId('editor-tree');
      await expect
        .poll(() => tree.textContent(), { timeout: 20_000, message: '编辑器没有显示接续的措施' })
        .toContain('P1.2');
      expect(await tree.textContent()).not.toContain('P1.3');
      // The editor says where the draft came from, and that the targets are still the old ones.
      expect(await page.getByTestId('successor-note').textContent()).toContain('目标值暂沿用原方案目标');
      await screenshot(page, 'plan-successor-editor');

      // The list shows the draft 接续自 the Boshan plan; the office archives the Boshan plan there.
      await page.goto('/plans');
      const draft = page.locator(`[data-plan="${NEXT}"]`);
      await expect
        .poll(() => draft.getByTestId('plan-predecessor').textContent(), {
          timeout: 20_000,
          message: '草稿没有显示接续自',
        })
        .toContain('接续自 博山区国家知识产权强区试点区建设工作方案');
      await row.locator('[data-action="archive"]').click();
      await page
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /确认归档/ })
        .click();
      await expect
        .poll(() => row.locator('[data-lifecycle]').getAttribute('data-lifecycle'), {
          timeout: 20_000,
          message: '原方案没有归档',
        })
        .toBe('ARCHIVED');
      await expect
        .poll(() => page.locator('.ant-modal-confirm').count(), { timeout: 20_000, message: '确认框没有关闭' })
        .toBe(0);
      // A draft shows no figures yet: nobody reports on it before it is published.
      const note = await draft.getByTestId('draft-note').textContent();
      expect(note).toContain('尚未发布');
      expect(await draft.locator('.plan-card-figures').count()).toBe(0);
      await screenshot(page, 'plan-successor-list');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
