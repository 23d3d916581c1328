import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

/**
 * 考核 as a leader sees it a year after the Boshan plan ended, once the plan office has entered the last year's
 * history from its ledger the way `pnpm demo --backfill-only` does: each report with its original date, most by
 * the deadline, some late, a few months missing.
 */
const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const BACKFILL = 'mutation($i: BackfillProgressReportInput!) { backfillProgressReport(input: $i) { id } }';

const clock = new ManualClock('2026-12-05T10:00:00+08:00');
let app: TestApp;
let browser: Browser;
let leader: ApiClient;

/** A deterministic number in [0, 1) from a string, as the demo uses. */
function noise(seed: string): number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

const PERIODS = ['2024-12', ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`)];

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  leader = await app.as('leader');
  const plan = await leader.gql<{
    plan: { measures: { code: string; assignments: { role: string; department: { code: string } }[] }[] };
  }>(`{ plan(code: "${PLAN}") { measures(kind: MEASURE) { code assignments { role department { code } } } } }`);
  expect(plan.errors).toBeUndefined();
  for (const [i, period] of PERIODS.entries()) {
    const [y, m] = period.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const posts = plan.data!.plan.measures.flatMap((measure) =>
      measure.assignments
        .filter((a) => a.role === 'LEAD')
        .filter(() => noise(`${measure.code}${period}skip`) >= 0.08)
        .map(async (a) => {
          const late = noise(`${measure.code}${period}late`) < 0.2;
          const day = late ? 16 + Math.floor(noise(`${period}d`) * 10) : 1 + Math.floor(noise(`${period}d`) * 5);
          const percent = Math.min(
            100,
            Math.round(((i + 1) / PERIODS.length) * 100) - Math.round(noise(measure.code) * 30),
          );
          const result = await leader.gql(BACKFILL, {
            i: {
              planCode: PLAN,
              measureCode: measure.code,
              departmentCode: a.department.code,
              period,
              status: percent >= 100 ? 'COMPLETED' : 'ON_TRACK',
              percentComplete: Math.max(1, percent),
              summary: '按台账补录',
              reportedOn: `${next}-${String(day).padStart(2, '0')}`,
            },
          });
          expect(result.errors).toBeUndefined();
        }),
    );
    await Promise.all(posts);
  }
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the assessment page in a real browser, after the office backfilled the history', { timeout: 120_000 }, () => {
  it('ranks ties as 并列, says why each score is what it is, and opens the details on demand', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'leader');
    try {
      await page.getByRole('menuitem', { name: '考核' }).click();
      await page.waitForURL(/\/assessment$/);
      // The period picker's list is virtual: walk down it to 2025 年.
      await page.locator('.assessment-period').click();
      const active = page.locator('.ant-select-item-option-active');
      for (let step = 0; step < 40 && (await active.textContent()) !== '2025 年'; step++) {
        await page.keyboard.press('ArrowDown');
      }
      expect(await active.textContent()).toBe('2025 年');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.assessment .page-header').textContent())
        .toContain('2025-01-01 至 2025-12-31');
      const rows = page.locator('.assessment-table tbody tr.ant-table-row');
      await expect.poll(() => page.locator('.assessment-table').textContent()).toContain('区市场监督管理局');
      // Rows open on demand: none is expanded at first.
      expect(await page.locator('.assessment-reasons').count()).toBe(0);

      // Every department has a rank, and equal scores read 并列第 N.
      const ranks = await page.locator('.assessment-rank').allTextContents();
      expect(ranks.length).toBe(await rows.count());
      expect(ranks.some((rank) => rank.startsWith('并列第'))).toBe(true);
      const tied = await page.locator('.assessment-rank[data-tied="true"]').allTextContents();
      for (const rank of tied) expect(ranks.filter((r) => r === rank).length).toBeGreaterThan(1);

      // Each score says why in one sentence; the lead office's names its reports.
      const office = rows.filter({ hasText: '区市场监督管理局' });
      const sentence = await office.locator('.assessment-summary').textContent();
      expect(sentence).toMatch(/^得 [\d.]+ 分，失 [\d.]+ 分/);
      await screenshot(page, 'assessment-leader-2025');

      // The details on demand: what 应报 is made of, timeliness by the original dates.
      await office.locator('.ant-table-row-expand-icon').click();
      const details = page.locator('.assessment-reasons li[data-kind="TIMELINESS"]');
      await expect.poll(() => details.textContent()).toMatch(/按时报送 \d+ 期中的 \d+ 期/);
      expect(await details.textContent()).toMatch(/应报 \d+ 期（牵头 \d+ 项措施 × 12 个月，2024-12 至 2025-11），已报/);
      // From the top, so the sticky header does not land mid-page in the full-page picture.
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'assessment-leader-2025-details');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
