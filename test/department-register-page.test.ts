import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';
import { until } from './kit/wait';

/** 部门管理 in a real browser: the admin renames a unit and gives another an alias; a leader is not offered it. */
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');

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

describe('the 部门管理 page in a real browser', { timeout: 120_000 }, () => {
  it('the admin reaches it from the account menu, renames a unit (原名 kept) and sets an alias', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'admin');
    try {
      // The account menu opens on a click; a click that lands before the page is ready is simply tried again.
      const there = () => /\/admin\/departments$/.test(page.url()) || null;
      await until(
        async () => {
          if (there()) return true;
          const item = page.getByRole('menuitem', { name: '部门管理' });
          if (!(await item.isVisible())) await page.locator('.user-button').click();
          await item.click({ timeout: 5_000 }).catch(() => undefined);
          return there();
        },
        { timeout: 45_000, message: 'the account menu never took the admin to 部门管理' },
      );
      const row = (code: string) => page.locator('tr.ant-table-row', { has: page.getByText(code, { exact: true }) });
      await expect.poll(() => row('finance').textContent(), { timeout: 10_000 }).toContain('区财政局');

      await page.locator('[data-action="rename-finance"]').click();
      const dialog = page.locator('.ant-modal');
      await dialog.getByLabel('新名称').fill('区财政和金融服务局');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await expect
        .poll(() => row('finance').textContent(), { timeout: 10_000 })
        .toMatch(/区财政和金融服务局原名：区财政局（\d{4}-\d{2}-\d{2} 更名）/);

      // A name already in use is refused beside its field, and nothing changes.
      await page.locator('[data-action="rename-commerce"]').click();
      await dialog.getByLabel('新名称').fill('区财政和金融服务局');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await expect
        .poll(() => dialog.locator('.ant-form-item-explain-error').textContent(), { timeout: 10_000 })
        .toBe('「区财政和金融服务局」已是部门「区财政和金融服务局」（finance）的名称');
      await screenshot(page, 'department-register-refused');
      await dialog.getByRole('button', { name: /取\s*消/ }).click();

      await page.locator('[data-action="aliases-market-supervision"]').click();
      await dialog.getByRole('combobox').fill('区市场监管局');
      await page.keyboard.press('Enter');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await expect
        .poll(() => row('market-supervision').locator('.ant-tag').allTextContents(), { timeout: 10_000 })
        .toContain('区市场监管局');
      await screenshot(page, 'department-register-admin');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a leader is not offered 部门管理, and the page says so when opened directly', async () => {
    const { page, context } = await signIn(browser, app.url, 'leader');
    try {
      // The account menu opens on a click: click until it is open.
      await until(
        async () => {
          const logout = page.getByRole('menuitem', { name: '退出登录' });
          if (await logout.isVisible()) return true;
          await page.locator('.user-button').click();
          return logout.waitFor({ state: 'visible', timeout: 3_000 }).then(
            () => true,
            () => null,
          );
        },
        { timeout: 45_000, message: 'the account menu never opened for the leader' },
      );
      expect(await page.getByRole('menuitem', { name: '部门管理' }).count()).toBe(0);
      await page.goto('/admin/departments');
      await expect.poll(() => page.locator('.app-content').textContent()).toContain('当前账号无权管理部门');
    } finally {
      await context.close();
    }
  });
});
