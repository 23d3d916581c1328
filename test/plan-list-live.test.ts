import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';
import { type LiveSubscription, subscribeLive } from './kit/live';
import { addSmallPlan } from './kit/plans';

/**
 * A plan the office publishes reaches the desks it assigns while they are open: the server's planListEvents tells
 * every viewer of a plan published (only of one it may see), and the plan list and the switcher read the list again.
 */
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const PUBLISH = 'mutation($p: String!) { publishPlan(planCode: $p) { code lifecycle } }';
const LIST_EVENTS = 'subscription { planListEvents { cursor type plan { code } } }';
// Mid-period of the small plans below (2025), past 2025-11's deadline.
const clock = new ManualClock('2025-12-09T09:00:00+08:00');
type Received = { planListEvents: { type: string; plan: { code: string } } };

let app: TestApp;
let browser: Browser;
const open: LiveSubscription<Received>[] = [];

async function draft(code: string, title: string, lead: string) {
  await addSmallPlan(app.database.db, {
    code,
    title,
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    lead,
    state: 'DRAFT',
  });
}

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  await draft('live-commerce-2025', '2025年商务领域知识产权工作要点', 'commerce');
  await draft('live-finance-2025', '2025年知识产权质押融资工作要点', 'finance');
  await draft('live-finance-2025b', '2025年知识产权财政支持工作要点', 'finance');
  browser = await launchBrowser();
}, 120_000);
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a plan published reaches the units it assigns, live', { timeout: 240_000 }, () => {
  it('over the API: a clerk is told of the plan that assigns it work, and not of another unit’s', async () => {
    const finance = await app.as('finance');
    const office = await app.as('market-supervision');
    const subscription = await subscribeLive<Received>({
      server: app.server,
      wsUrl: app.wsUrl,
      token: finance.token,
      query: LIST_EVENTS,
    });
    open.push(subscription);
    // Commerce's plan first, then finance's: when finance's arrives, commerce's (earlier) would have come before.
    for (const code of ['live-commerce-2025', 'live-finance-2025']) {
      const published = await office.gql(PUBLISH, { p: code });
      expect(published.errors).toBeUndefined();
    }
    await subscription.untilSome(
      (r) => r.planListEvents.plan.code === 'live-finance-2025',
      'PLAN_PUBLISHED of the plan finance leads',
    );
    expect(subscription.received.map((r) => [r.planListEvents.type, r.planListEvents.plan.code])).toEqual([
      ['PLAN_PUBLISHED', 'live-finance-2025'],
    ]);
    expect(subscription.errors).toEqual([]);
  });

  it('in the browser: the clerk’s open plan list shows the new plan, and the clerk opens it and reports on it', async () => {
    const CODE = 'live-finance-2025b';
    const clerk = await signIn(browser, app.url, 'finance');
    let office: Awaited<ReturnType<typeof signIn>> | null = null;
    try {
      const page: Page = clerk.page;
      await page.goto('/plans');
      const card = page.locator(`.plan-card[data-plan="${CODE}"]`);
      await expect.poll(() => page.locator('.plan-card').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await card.count()).toBe(0);
      // The list's live channel is registered before the office publishes: the clerk's list and its 消息 bell are
      // the only subscribers (its desk's, left behind, has ended).
      await expect
        .poll(() => app.server.stats().streamSubscribers, { timeout: 20_000, message: '清单页没有订阅方案变更' })
        .toBe(2);
      office = await signIn(browser, app.url, 'market-supervision');

      // The office publishes the draft from its editor.
      await office.page.goto(`/plans/${CODE}/edit`);
      await office.page.getByTestId('publish').click();
      await office.page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /发\s*布/ })
        .click();
      await office.page.waitForURL(new RegExp(`/plans/${CODE}$`), { timeout: 45_000 });

      // No reload: the clerk's list shows the plan in force.
      await expect
        .poll(() => card.locator('[data-lifecycle]').textContent(), {
          timeout: 20_000,
          message: '财政局的方案清单没有实时出现新发布的方案',
        })
        .toBe('实施中');
      await screenshot(page, 'plan-list-live-published');

      // It opens the plan, its desk lists the new measure it leads, and it reports on it.
      await card.locator('a.plan-card-title').click();
      await page.waitForURL(new RegExp(`/plans/${CODE}$`));
      await page.getByRole('menuitem', { name: '我的任务' }).click();
      await page.waitForURL(new RegExp(`/plans/${CODE}/desk$`));
      const item = page.locator('.desk-item[data-measure="M1"]');
      await expect.poll(() => item.isVisible(), { timeout: 20_000, message: '桌面没有列出新方案的措施' }).toBe(true);
      await item
        .getByRole('button', { name: /填报进展/ })
        .first()
        .click();
      const form = page.locator('.report-form');
      await expect.poll(() => form.isVisible(), { message: '填报表单没有打开' }).toBe(true);
      await form.getByLabel('工作进展').fill('已完成首批知识产权质押融资项目对接');
      await form.getByText('正常推进').click();
      await form.getByLabel('完成百分比').fill('40');
      await form.getByRole('button', { name: '提交报告' }).click();
      await expect.poll(() => form.isVisible(), { timeout: 20_000, message: '报告提交后表单没有关闭' }).toBe(false);
      await expect
        .poll(() => item.textContent(), { timeout: 20_000, message: '新方案的措施没有显示刚报的进展' })
        .toContain('40%');
      await screenshot(page, 'plan-list-live-reported');
      expect(clerk.errors).toEqual([]);
      expect(office.errors).toEqual([]);
    } finally {
      await clerk.context.close();
      await office?.context.close();
    }
  });
});
