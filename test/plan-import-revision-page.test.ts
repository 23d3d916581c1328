import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_PLAN_REVISED_TEXT, SMALL_PLAN_TEXT } from '../server/src/modules/plan-import/plan-import.fixtures';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { confirmPopover, launchBrowser, screenshot, signIn } from './kit/browser';
import { boardPlanFromText } from './kit/plan-documents';

/**
 * 从修订文件导入 in the browser: on the revise page of a plan in force, the office uploads the revised document, sees
 * every difference with its 原文 (all ticked), leaves one out, adds the rest to 本次调整, removes one more there, and
 * publishes the revision with the existing flow. Only what it kept is published.
 */
const PLAN = 'small-ip-2024-2026';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const clock = new ManualClock('2025-03-03T10:00:00+08:00');

let app: TestApp;
let browser: Browser;
let office: ApiClient;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  const [admin, clerk] = await Promise.all([app.as('admin'), app.as('market-supervision')]);
  office = clerk;
  expect(await boardPlanFromText(app, { admin, office }, PLAN, SMALL_PLAN_TEXT, true)).toBe('ACTIVE');
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the office imports the revised document against the plan in force', { timeout: 300_000 }, () => {
  it('accepts the proposed changes item by item and publishes them as a revision', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.goto(`/plans/${PLAN}/revise`);
      await expect.poll(() => page.getByTestId('editor-tree').isVisible(), { timeout: 20_000 }).toBe(true);
      await page.getByTestId('revision-from-document').click();
      const modal = page.locator('.ant-modal:visible');
      await modal.locator('input[type=file]').setInputFiles({
        name: '某区知识产权工作方案（修订）.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(SMALL_PLAN_REVISED_TEXT, 'utf8'),
      });
      const items = modal.getByTestId('revision-proposal-item');
      await expect.poll(() => items.count(), { timeout: 20_000, message: '修订文件的改动没有列出' }).toBe(5);
      expect(await modal.locator('.ant-checkbox-wrapper-checked').count()).toBe(5);
      const reworded = items.filter({ hasText: '修改「P1.2」名称' });
      expect(await reworded.locator('.source-text').textContent()).toContain('2.建设知识产权公共服务站点。');
      await screenshot(page, 'plan-revise-from-document');

      // Not the withdrawal: the office keeps P2.2.
      await items.filter({ hasText: '撤销「P2.2' }).locator('.ant-checkbox-wrapper').click();
      await modal.getByTestId('revision-proposal-accept').click();
      const staged = page.getByTestId('revision-staged');
      await expect
        .poll(() => staged.locator('.ant-list-item').count(), { timeout: 20_000, message: '改动没有加入本次调整' })
        .toBe(4);
      const text = await staged.textContent();
      expect(text).toContain('修改「P1.2」名称：「建设知识产权服务站」改为「建设知识产权公共服务站点」');
      expect(text).toContain('新增措施「P1.4 推动专利转化运用」');
      expect(text).toContain('修改指标「有效商标注册量」：目标值 3000 → 3500件');
      expect(text).not.toContain('撤销');

      // Nor, on second thought, the units of P2.1: removed from 本次调整 like any staged line.
      await staged
        .locator('.ant-list-item')
        .filter({ hasText: '调整「P2.1」责任单位' })
        .getByRole('button', { name: '移除' })
        .click();
      await expect.poll(() => staged.locator('.ant-list-item').count(), { timeout: 20_000 }).toBe(3);

      const form = page.getByTestId('revision-publish');
      await form.getByLabel('调整理由').fill('按修订后的方案文件调整');
      await page.getByTestId('revision-publish-button').click();
      await confirmPopover(page, /发\s*布/);
      await page.waitForURL(new RegExp(`/plans/${PLAN}/history$`), { timeout: 45_000 });

      const { data } = await office.gql<{
        plan: {
          measures: {
            code: string;
            title: string;
            withdrawn: { reason: string } | null;
            assignments: { role: string; department: { code: string } }[];
          }[];
          indicators: { name: string; target: number | null }[];
        };
      }>(
        `query($p: String!) { plan(code: $p) {
           measures { code title withdrawn { reason } assignments { role department { code } } }
           indicators { name target } } }`,
        { p: PLAN },
      );
      const measure = (code: string) => data?.plan.measures.find((m) => m.code === code);
      expect(measure('P1.2')?.title).toBe('建设知识产权公共服务站点');
      expect(measure('P1.4')?.title).toBe('推动专利转化运用');
      expect(measure('P2.2')?.withdrawn).toBeNull();
      expect(measure('P2.1')?.assignments.map((a) => a.department.code)).toEqual([
        'market-supervision',
        'public-security',
      ]);
      expect(data?.plan.indicators.find((i) => i.name === '有效商标注册量')?.target).toBe(3500);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
