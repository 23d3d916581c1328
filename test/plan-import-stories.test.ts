import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOSHAN_TEXT, makeDocx, nonEmptyLines } from '../server/src/modules/plan-import/plan-import.fixtures';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const CODE = 'boshan-from-docx';

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

describe('the office boards a plan from its Word document', { timeout: 300_000 }, () => {
  it('uploads the .docx, reviews it, fixes a flagged item, checks the rest, publishes and sees it live', async () => {
    const docx = await makeDocx(nonEmptyLines(BOSHAN_TEXT));
    const admin = await signIn(browser, app.url, 'admin', undefined, { home: true });
    const { page } = admin;
    try {
      // 导入方案文件 on the plan list: the file goes up, the review shows what the importer read.
      await page.getByTestId('import-plan').click();
      await page.waitForURL(/\/plans\/import$/);
      await page.locator('input[type=file]').setInputFiles({
        name: '博山区知识产权强区试点方案.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(docx),
      });
      const review = page.getByTestId('import-review');
      await review.waitFor({ timeout: 30_000 });
      const form = page.getByTestId('import-form');
      await expect
        .poll(() => form.getByLabel('文号').inputValue(), { timeout: 20_000, message: '文号没有从文件中读出' })
        .toBe('博政发〔2022〕8号');
      expect(await form.getByLabel('方案名称').inputValue()).toContain('知识产权强区');
      // Every unit the plan names is in the register: the town group is one unit, matched as written.
      const units = page.getByTestId('import-units');
      await expect
        .poll(() => units.textContent(), { timeout: 10_000, message: '单位表没有列出各镇、街道' })
        .toContain('各镇、街道');
      expect(await units.textContent()).not.toContain('名册中没有');
      await screenshot(page, 'plan-import-review');

      await form.getByLabel('方案编码').fill(CODE);
      // The preview and the editor's checklist name the same number of items to check.
      const flaggedInPreview = Number(
        /有 (\d+) 项/.exec((await page.getByTestId('import-flagged').textContent()) ?? '')?.[1] ?? Number.NaN,
      );
      await page.getByTestId('import-create').click();
      await page.waitForURL(new RegExp(`/plans/${CODE}/edit$`), { timeout: 30_000 });

      // The draft opens with its checklist: the safeguard whose units were read from prose is among them.
      const checklist = page.getByTestId('import-checklist');
      await checklist.waitFor({ timeout: 20_000 });
      const flaggedSafeguard = page.getByTestId('flagged-MEASURE-S1');
      await flaggedSafeguard.waitFor({ timeout: 10_000 });
      expect(await checklist.textContent()).toContain(`还有 ${flaggedInPreview} 项待核对`);
      await screenshot(page, 'plan-import-checklist');

      // Fix it: open it beside its 原文, give it its lead alone (the office's reading), save: its flag goes.
      await flaggedSafeguard.getByRole('button', { name: '打开' }).click();
      const note = page.getByTestId('source-note');
      await expect
        .poll(() => note.textContent(), { timeout: 10_000, message: '所选措施旁没有显示原文' })
        .toContain('成立博山区国家知识产权强区建设试点区领导小组');
      const measureForm = page.getByTestId('measure-form');
      await expect
        .poll(() => measureForm.getByLabel('名称').inputValue(), { timeout: 10_000, message: '措施表单没有载入 S1' })
        .toBe('加强组织领导');
      await screenshot(page, 'plan-import-source');
      // Clear the participants the importer guessed (each tag's close icon), keep the lead.
      const participants = measureForm.locator('.ant-form-item').filter({ hasText: '配合单位' });
      for (
        let guard = 0;
        guard < 10 && (await participants.locator('.ant-select-selection-item-remove').count()) > 0;
        guard++
      ) {
        await participants.locator('.ant-select-selection-item-remove').first().click();
      }
      await measureForm.getByRole('button', { name: /保\s*存/ }).click();
      await expect
        .poll(() => flaggedSafeguard.count(), { timeout: 20_000, message: 'S1 修改后仍在待核对清单中' })
        .toBe(0);

      // The rest are checked as they stand, one by one, until the list is empty.
      for (let guard = 0; guard < 40; guard++) {
        const confirm = checklist.getByRole('button', { name: '确认无误' });
        const left = await confirm.count();
        if (left === 0) break;
        await confirm.first().click();
        await expect
          .poll(() => checklist.getByRole('button', { name: '确认无误' }).count(), {
            timeout: 20_000,
            message: `确认后待核对项没有减少（还有 ${left} 项）`,
          })
          .toBeLessThan(left);
      }
      await page.getByTestId('import-checklist-done').waitFor({ timeout: 20_000 });

      // A participating unit's clerk (区财政局) watches the plan list: the draft is not there; the plan appears the
      // moment it is published.
      const clerk = await signIn(browser, app.url, 'finance', undefined, { home: true });
      const onClerkList = clerk.page.locator(`[data-plan="${CODE}"]`);
      await page.goto('/');
      await clerk.page.goto('/plans');
      await clerk.page.locator('.plan-card').first().waitFor({ timeout: 20_000 });
      expect(await onClerkList.count()).toBe(0);
      await page.goto(`/plans/${CODE}/edit`);

      // Publish, and the plan is live on its cockpit.
      await page.getByTestId('publish').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /发\s*布/ })
        .click();
      await page.waitForURL(new RegExp(`/plans/${CODE}$`), { timeout: 30_000 });
      const counts = page.getByTestId('verdict-counts');
      // Its 24 measures (21 under the projects, 3 safeguards) are what the cockpit counts.
      await expect
        .poll(async () => ((await counts.count()) > 0 ? counts.textContent() : ''), {
          timeout: 30_000,
          message: '驾驶舱没有统计导入方案的措施',
        })
        .toContain('共 24 项');
      await screenshot(page, 'plan-import-cockpit');
      await onClerkList.waitFor({ timeout: 30_000 });
      await screenshot(clerk.page, 'plan-import-clerk-list');
      expect(clerk.errors).toEqual([]);
      await clerk.context.close();
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.context.close();
    }
  });
});
