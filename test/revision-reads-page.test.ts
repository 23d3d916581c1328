import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';
import { sqlRows } from './kit/sql';

const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const OVERVIEW = 'query($code: String!) { plan(code: $code) { overview { statusCounts { total } } } }';

const clock = new ManualClock('2025-06-20T09:00:00+08:00');
let app: TestApp;
let browser: Browser;

/** The leaf measures the cockpit counts, as the API says. */
async function counted(): Promise<number> {
  const leader = await app.as('leader');
  const result = await leader.gql<{ plan: { overview: { statusCounts: { total: number } } } }>(OVERVIEW, {
    code: PLAN,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.plan.overview.statusCounts.total;
}

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a revision as the screens show it', { timeout: 120_000 }, () => {
  it('greys a withdrawn measure with its 已撤销 tag and reason, drops it from the counts, and notes a revised target', async () => {
    const before = await counted();
    // What publishRevision leaves (another module's mutation): P1.1 withdrawn from 2025-05-01, and the invention
    // patents target raised from 9 to 10 件/万人 with the old one in its history.
    // 区财政局 led P1.2 until 2025-04-30 (the lead a revision replaced; its periods stay its own). ended_assignments
    // moves no catalog version by itself: the measures update below does, as the revision's own writes do.
    await app.database.db.execute(
      sql`insert into ended_assignments (plan_id, measure_id, department_id, role, since, until, revision_id)
          select m.plan_id, m.id, d.id, 'LEAD', null, '2025-04-30', 1
          from measures m join plans p on p.id = m.plan_id, departments d
          where p.code = ${PLAN} and m.code = 'P1.2' and d.code = 'finance'`,
    );
    await app.database.db.execute(
      sql`update measures set withdrawn_on = '2025-05-01', withdrawn_reason = '并入市级专项行动统一推进'
          where code = 'P1.1' and plan_id = (select id from plans where code = ${PLAN})`,
    );
    const [indicator] = await sqlRows<{ target: string; targetText: string; targetDate: string }>(
      app.database.db,
      sql`select target::text as target, target_text as "targetText", target_date::text as "targetDate"
          from indicators where code = 'invention-patents-per-10k'`,
    );
    await app.database.db.execute(
      sql`update indicators set target = target + 1,
            target_history = ${JSON.stringify([
              {
                target: Number(indicator!.target),
                targetText: indicator!.targetText,
                targetDate: indicator!.targetDate,
                until: '2025-04-30',
                revisionNumber: 1,
              },
            ])}::jsonb
          where code = 'invention-patents-per-10k'`,
    );
    expect(await counted()).toBe(before - 1);

    const leader = await signIn(browser, app.url, 'leader');
    try {
      const page = leader.page;
      await expect
        .poll(() => page.locator('.target-revised').count(), {
          timeout: 30_000,
          message: 'the cockpit never showed the 调整前 note beside the revised target',
        })
        .toBeGreaterThan(0);
      expect(await page.locator('.target-revised').first().textContent()).toContain('调整前');
      await screenshot(page, 'revision-cockpit');

      await page.goto(`/plans/${PLAN}/measures/P1.1`);
      await expect
        .poll(() => page.locator('.withdrawn-tag').count(), {
          timeout: 30_000,
          message: 'the measure page never showed the 已撤销 tag',
        })
        .toBeGreaterThan(0);
      expect(await page.locator('.ant-alert').first().textContent()).toContain('并入市级专项行动统一推进');
      await screenshot(page, 'revision-measure');

      const goalLink = page.locator('a[href*="/goals/"]').first();
      await goalLink.click();
      await page.waitForURL(/\/goals\//);
      await expect
        .poll(() => page.locator('li.withdrawn[data-measure="P1.1"]').textContent(), {
          timeout: 30_000,
          message: 'the goal page never listed P1.1 greyed with its 已撤销 tag and reason',
        })
        .toContain('并入市级专项行动统一推进');
      await screenshot(page, 'revision-goal-tree');
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
    }

    // The lead's desk lists the withdrawn measure apart, owing nothing; the former lead's desk its ended duty.
    const market = await signIn(browser, app.url, 'market-supervision');
    try {
      await expect
        .poll(() => market.page.locator('.former-list li.withdrawn[data-measure="P1.1"]').count(), {
          timeout: 30_000,
          message: 'the lead’s desk never listed the withdrawn P1.1 apart from what it owes',
        })
        .toBe(1);
      expect(await market.page.locator('.owed-list [data-measure="P1.1"]').count()).toBe(0);
      await screenshot(market.page, 'revision-desk');
      expect(market.errors).toEqual([]);
    } finally {
      await market.context.close();
    }
    const finance = await signIn(browser, app.url, 'finance');
    try {
      await expect
        .poll(() => finance.page.locator('.former-list [data-ended="P1.2"]').textContent(), {
          timeout: 30_000,
          message: 'the former lead’s desk never listed P1.2 as 原牵头（至 2025-04-30）',
        })
        .toContain('原牵头（至 2025-04-30）');
      expect(finance.errors).toEqual([]);
    } finally {
      await finance.context.close();
    }
  });
});
