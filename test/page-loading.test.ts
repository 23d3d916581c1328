import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, signIn } from './kit/browser';

const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm --filter @duban/web build');
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('how pages load (issue 18, navigation)', () => {
  it('a full load of a page (the cockpit, the plan list) shows it at once, never the app-wide skeleton first', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    try {
      // The route's Suspense fallback (routes.tsx: a Skeleton with the class app-content), once shown, stays at
      // least 300 ms (React's throttle). main.tsx fetches the page's code before the first render so that it never
      // shows; an observer from before the app's scripts notes whether it ever did.
      await leader.page.addInitScript(`(() => {
        window.__fallbackShown = false;
        new MutationObserver(() => {
          if (document.querySelector('.ant-skeleton.app-content')) window.__fallbackShown = true;
        }).observe(document, { childList: true, subtree: true });
      })()`);
      const pages = [
        { address: `/plans/${PLAN}`, shown: '.goal-card >> nth=4' },
        { address: '/', shown: `[data-plan="${PLAN}"]` },
      ];
      for (const { address, shown } of [...pages, ...pages]) {
        await leader.page.goto(address);
        await leader.page.locator(shown).waitFor({ timeout: 30_000 });
        expect(await leader.page.evaluate('window.__fallbackShown'), address).toBe(false);
      }
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
    }
  });

  it('pointing at a link fetches its page’s code before the click', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    try {
      const fetched: string[] = [];
      leader.page.on('request', (request) => {
        const name = path.basename(new URL(request.url()).pathname);
        if (name.endsWith('.js')) fetched.push(name);
      });
      const meetingCode = () => fetched.some((name) => name.startsWith('MeetingPage-'));
      expect(meetingCode(), '调度会的代码在指向链接之前就已加载').toBe(false);
      await leader.page.getByRole('link', { name: '调度会' }).hover();
      await expect.poll(meetingCode, { message: '指向调度会的链接后，没有加载它的代码' }).toBe(true);
      // Nothing was clicked: still on the cockpit.
      expect(new URL(leader.page.url()).pathname).toBe(`/plans/${PLAN}`);
    } finally {
      await leader.context.close();
    }
  });
});
