import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';
import { type FlakyNetwork, startFlakyNetwork } from './kit/proxy';

const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');

let app: TestApp;
let browser: Browser;
let network: FlakyNetwork;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp();
  network = await startFlakyNetwork(Number(new URL(app.url).port));
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await network?.close();
  await app?.close();
});

/** Marks the page so that a reload (which would clear the mark) can be told apart. */
async function markNoReload(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });
  return () => page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);
}

const outageNotice = (page: Page) => page.locator('.page-load-error', { hasText: '连接中断，正在重连' });
const meetingMatrix = (page: Page) => page.locator('.ant-card-head-title', { hasText: '措施 × 部门' });

describe('a page opened while the server is unreachable', { timeout: 240_000 }, () => {
  it('says the connection is down instead of going blank, and renders by itself once the server is back', async () => {
    const leader = await signIn(browser, network.url, 'leader');
    try {
      await expect
        .poll(() => leader.page.locator('[data-live="live"]').first().isVisible(), {
          timeout: 30_000,
          message: '驾驶舱没有连上实时推送',
        })
        .toBe(true);
      const stillLoaded = await markNoReload(leader.page);
      network.cut();
      // The 调度会's code has never been fetched: opening it now cannot load it.
      await leader.page.getByRole('link', { name: '调度会' }).click();
      await expect
        .poll(() => outageNotice(leader.page).isVisible(), { timeout: 30_000, message: '没有显示“连接中断，正在重连”' })
        .toBe(true);
      // Not blank: the app's header and menu are still there around the notice.
      expect(await leader.page.locator('.app-header').isVisible()).toBe(true);
      await screenshot(leader.page, 'outage-page-reconnecting', false);

      network.restore();
      await expect
        .poll(() => meetingMatrix(leader.page).isVisible(), {
          timeout: 60_000,
          message: '服务恢复后调度会没有自动显示',
        })
        .toBe(true);
      expect(await outageNotice(leader.page).count()).toBe(0);
      // It loaded by itself, without a reload and without anyone clicking.
      expect(await stillLoaded()).toBe(true);
      await screenshot(leader.page, 'outage-page-recovered', false);
      expect(leader.errors).toEqual([]);
    } finally {
      network.restore();
      await leader.context.close();
    }
  });

  it('reloads once when the server is back but no longer has the page’s code (a new version), and not in a loop', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    try {
      await expect
        .poll(() => leader.page.locator('[data-live="live"]').first().isVisible(), { timeout: 30_000 })
        .toBe(true);
      let reloads = 0;
      leader.page.on('framenavigated', (frame) => {
        if (frame === leader.page.mainFrame()) reloads += 1;
      });
      // The server answers, but the 考核 chunk this page knows is gone (404), as after a deploy.
      await leader.page.route(/\/assets\/AssessmentPage-[^/]+\.js/, (route) =>
        route.fulfill({ status: 404, body: 'not found' }),
      );
      await leader.page.getByRole('link', { name: '考核' }).click();
      await expect.poll(() => reloads, { timeout: 30_000, message: '缺少页面代码时没有重新加载一次' }).toBe(1);
      // After the one reload the chunk is still missing: the page says so and keeps trying, without reloading again.
      await expect.poll(() => outageNotice(leader.page).isVisible(), { timeout: 30_000 }).toBe(true);
      const stillLoaded = await markNoReload(leader.page);
      await leader.page.unroute(/\/assets\/AssessmentPage-[^/]+\.js/);
      await expect
        .poll(() => leader.page.locator('.page-load-error').count(), { timeout: 60_000, message: '考核页没有自动显示' })
        .toBe(0);
      expect(await stillLoaded()).toBe(true);
      expect(reloads).toBe(1);
    } finally {
      await leader.context.close();
    }
  });
});
