import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/src/config/env';
import { startTestApp, type TestApp } from './kit/app';
import {
  chooseBrowser,
  findSystemChromium,
  launchBrowser,
  prepareBundledChromium,
  screenshot,
  signIn,
} from './kit/browser';

/**
 * Tests on a machine without Debian's Chromium (issue 17, part 8): the stories fall back to the headless Chromium
 * that @sparticuz/chromium ships inside its npm tarball. Forced here (DUBAN_BROWSER=bundled does the same for a
 * whole run), so the fallback is proved on a machine that has the system's too.
 */

const BUILT = path.join(repoRoot, 'web', 'dist', 'index.html');

describe('choosing the stories’ browser', () => {
  it('takes the system’s Chromium when there is one, the bundled one when there is none, and obeys DUBAN_BROWSER', () => {
    expect(chooseBrowser({ PATH: '/nonexistent' })).toBe('bundled');
    expect(findSystemChromium({ PATH: '/nonexistent' })).toBeNull();
    expect(chooseBrowser({ PATH: '/nonexistent', CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('system');
    expect(chooseBrowser({ PATH: '/nonexistent', DUBAN_BROWSER: 'system' })).toBe('system');
    expect(chooseBrowser({ PATH: process.env.PATH, DUBAN_BROWSER: 'bundled' })).toBe('bundled');
    expect(() => chooseBrowser({ DUBAN_BROWSER: 'firefox' })).toThrow(/DUBAN_BROWSER 须为 system、bundled 或 auto/);
  });
});

describe('the bundled browser (DUBAN_BROWSER=bundled)', { timeout: 300_000 }, () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
    app = await startTestApp();
    browser = await launchBrowser('bundled');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('is the npm package’s own Chromium, unpacked to the temporary directory, not the system’s', () => {
    const { executablePath, env } = prepareBundledChromium();
    expect(executablePath).toMatch(/duban-chromium-153\.0\.0\/chromium$/);
    expect(existsSync(executablePath)).toBe(true);
    expect(env.LD_LIBRARY_PATH).toContain(path.join(path.dirname(executablePath), 'al2023', 'lib'));
    expect(browser.version()).toMatch(/^153\./);
  });

  it('renders the login page and signs the office in', async () => {
    const context = await browser.newContext({ baseURL: app.url, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.getByLabel('用户名').waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByRole('button', { name: /登\s*录/ }).isVisible()).toBe(true);
      await screenshot(page, 'bundled-browser-login');
    } finally {
      await context.close();
    }
    const admin = await signIn(browser, app.url, 'admin', undefined, { home: true });
    try {
      await expect.poll(() => admin.page.locator('[data-plan="boshan-ip-2022-2025"]').count()).toBe(1);
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.context.close();
    }
  });
});
