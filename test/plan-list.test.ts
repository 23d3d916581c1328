import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';
import { addSmallPlan } from './kit/plans';

const BOSHAN = 'boshan-ip-2022-2025';
const POINTS = 'ip-work-points-2026';
const DRAFT = 'ip-plan-2026-2028';
const OLD = 'ip-pilot-2019-2021';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
// The real date of the office's question: the Boshan plan ended on 2025-12-31, the 2026 work points are in force.
const clock = new ManualClock('2026-12-05T10:00:00+08:00');

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm --filter @duban/web build');
  app = await startTestApp({ clock });
  await addSmallPlan(app.database.db, {
    code: POINTS,
    title: '2026年博山区知识产权工作要点',
    docNumber: '博知领办发〔2026〕1号',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    lead: 'towns-subdistricts',
    participants: ['commerce'],
  });
  await addSmallPlan(app.database.db, {
    code: DRAFT,
    title: '博山区知识产权强区建设工作方案（2026—2028年）',
    startsOn: '2026-01-01',
    endsOn: '2028-12-31',
    lead: 'finance',
    state: 'DRAFT',
  });
  await addSmallPlan(app.database.db, {
    code: OLD,
    title: '博山区知识产权试点工作方案（2019—2021年）',
    startsOn: '2019-01-01',
    endsOn: '2021-12-31',
    lead: 'finance',
    state: 'ARCHIVED',
  });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const card = (page: import('playwright-core').Page, code: string) => page.locator(`.plan-card[data-plan="${code}"]`);

describe('the plan list in a real browser', { timeout: 180_000 }, () => {
  it('a leader lands on the list: every published plan with its state and figures, none of the drafts; the switcher moves between plans', async () => {
    const leader = await signIn(browser, app.url, 'leader', undefined, { home: true });
    try {
      const { page } = leader;
      await expect.poll(() => page.locator('.plan-card').count(), { timeout: 20_000 }).toBe(3);
      // In force first, then ended, then archived.
      expect(
        await page.locator('.plan-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-plan'))),
      ).toEqual([POINTS, BOSHAN, OLD]);
      expect(await card(page, POINTS).locator('[data-lifecycle]').textContent()).toBe('实施中');
      expect(await card(page, BOSHAN).locator('[data-lifecycle]').textContent()).toBe('已结束');
      expect(await card(page, OLD).locator('[data-lifecycle]').textContent()).toBe('已归档');
      expect(await card(page, BOSHAN).textContent()).toContain('博政发〔2022〕8号');
      expect(await card(page, BOSHAN).getByTestId('plan-list-progress').textContent()).toBe('0%');
      // Nobody reported on the Boshan plan in this story: all 24 measures are red (逾期未报).
      expect(await card(page, BOSHAN).locator('[data-warning="RED"] .count').textContent()).toBe('24');
      // A leader does not archive: the office does. Nor does it create plans: the server says so (viewerCan).
      expect(await page.locator('[data-action="archive"]').count()).toBe(0);
      expect(await page.getByTestId('new-plan').count()).toBe(0);
      await screenshot(page, 'plan-list-leader');

      // Under load the list may render again (a live refetch) as the click lands: click until the page moves.
      await expect
        .poll(
          async () => {
            if (new URL(page.url()).pathname !== `/plans/${BOSHAN}`) {
              await card(page, BOSHAN)
                .locator('a.plan-card-title')
                .click({ timeout: 5_000 })
                .catch(() => undefined);
            }
            return new URL(page.url()).pathname;
          },
          { timeout: 60_000, message: '点击方案卡片后没有进入驾驶舱' },
        )
        .toBe(`/plans/${BOSHAN}`);
      await expect
        .poll(
          async () => {
            if (new URL(page.url()).pathname !== `/plans/${POINTS}`) {
              const option = page.locator(`.ant-dropdown [data-plan="${POINTS}"]`);
              if (!(await option.isVisible()))
                await page
                  .locator('.plan-switcher')
                  .click({ timeout: 5_000 })
                  .catch(() => undefined);
              await option.click({ timeout: 5_000 }).catch(() => undefined);
            }
            return new URL(page.url()).pathname;
          },
          { timeout: 60_000, message: '方案切换器没有切换到工作要点' },
        )
        .toBe(`/plans/${POINTS}`);
      await expect
        .poll(() => page.locator('.plan-header h1').textContent(), { timeout: 20_000 })
        .toBe('2026年博山区知识产权工作要点');
      await screenshot(page, 'plan-switcher-cockpit', false);
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
    }
  });

  it('a town’s clerk lands on its desk; its list shows the plans that assign it work, and the ended one for its records', async () => {
    const town = await signIn(browser, app.url, 'yucheng-town');
    try {
      const { page } = town;
      // The desk of the plan in force (the 2026 work points, which 各镇、街道 lead).
      await page.waitForURL(new RegExp(`/plans/${POINTS}/desk$`), { timeout: 45_000 });
      await page.goto('/plans');
      await expect.poll(() => page.locator('.plan-card').count(), { timeout: 20_000 }).toBe(2);
      expect(await card(page, POINTS).isVisible()).toBe(true);
      expect(await card(page, BOSHAN).locator('[data-lifecycle]').textContent()).toBe('已结束');
      expect(await card(page, DRAFT).count()).toBe(0);
      expect(await card(page, OLD).count()).toBe(0);
      await screenshot(page, 'plan-list-town-clerk');
      expect(town.errors).toEqual([]);
    } finally {
      await town.context.close();
    }
  });

  it('the plan office archives the ended plan after confirming; the list shows it 已归档', async () => {
    const office = await signIn(browser, app.url, 'market-supervision');
    try {
      const { page } = office;
      await page.goto('/plans');
      // The office keeps the draft too.
      await expect.poll(() => card(page, DRAFT).isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await card(page, DRAFT).locator('[data-lifecycle]').textContent()).toBe('草稿');
      // The draft stands out: red, what it holds so far, and 继续编辑 for its office; no figures of work.
      expect(await card(page, DRAFT).getByTestId('draft-note').textContent()).toContain('1 项措施');
      expect(await card(page, DRAFT).getByTestId('continue-editing').count()).toBe(1);
      expect(await card(page, DRAFT).getByTestId('plan-list-progress').count()).toBe(0);
      // A plan's office edits its plans; only an ADMIN creates one.
      expect(await page.getByTestId('new-plan').count()).toBe(0);
      await screenshot(page, 'plan-list-office');
      // Only the ended plan offers 归档.
      expect(await page.locator('[data-action="archive"]').count()).toBe(1);
      await card(page, BOSHAN).locator('[data-action="archive"]').click();
      const dialog = page.locator('.ant-modal-confirm');
      await expect.poll(() => dialog.textContent()).toContain('归档后「博山区国家知识产权强区试点区建设工作方案');
      // The dialog's zoom-in has finished (antd drops its motion classes), so the picture shows it whole.
      await expect
        .poll(() => page.locator('.ant-modal[class*="zoom-appear"], .ant-modal[class*="zoom-enter"]').count())
        .toBe(0);
      await screenshot(page, 'plan-archive-confirm', false);
      await dialog.getByRole('button', { name: '确认归档' }).click();
      await expect
        .poll(() => card(page, BOSHAN).locator('[data-lifecycle]').textContent(), { timeout: 20_000 })
        .toBe('已归档');
      expect(await card(page, BOSHAN).locator('[data-action="archive"]').count()).toBe(0);
      await screenshot(page, 'plan-list-after-archive');
      expect(office.errors).toEqual([]);
    } finally {
      await office.context.close();
    }
  });
});
