import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const SUBMIT = 'mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { id } }';
const OVERVIEW = `query($p: String!) { plan(code: $p) {
  verdict { level label reason details }
  overview { phase periodLabel verdictCounts { total } statusCounts { total } }
} }`;

const clock = new ManualClock('2024-06-03T09:00:00+08:00');
let app: TestApp;
let browser: Browser;
let leader: ApiClient;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  browser = await launchBrowser();
  leader = await app.as('leader');
  const office = await app.as('market-supervision');
  for (const [measureCode, status, percentComplete] of [
    ['P1.1', 'ON_TRACK', 65],
    ['P1.2', 'DELAYED', 30],
    ['P2.2', 'AT_RISK', 50],
  ] as const) {
    const result = await office.gql(SUBMIT, {
      input: {
        planCode: PLAN,
        measureCode,
        departmentCode: 'market-supervision',
        period: '2024-05',
        status,
        percentComplete,
        summary: '按计划推进',
        problems: status === 'ON_TRACK' ? undefined : '需协调资金',
      },
    });
    expect(result.errors).toBeUndefined();
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function server() {
  const result = await leader.gql<{
    plan: {
      verdict: { level: string; label: string; reason: string; details: string[] };
      overview: {
        phase: string;
        periodLabel: string;
        verdictCounts: { total: number };
        statusCounts: { total: number };
      };
    };
  }>(OVERVIEW, { p: PLAN });
  expect(result.errors).toBeUndefined();
  return result.data!.plan;
}

describe('the cockpit leads with one verdict, in the server’s words', { timeout: 240_000 }, () => {
  it('mid-term: the verdict first, both counts over one stated scope, the current period named', async () => {
    clock.set('2024-06-20T09:00:00+08:00');
    const plan = await server();
    const { page, context, errors } = await signIn(browser, app.url, 'leader');
    try {
      const band = page.getByRole('region', { name: '总体研判' });
      await expect
        .poll(() => band.getByTestId('plan-verdict-reason').textContent(), { timeout: 20_000 })
        .toBe(plan.verdict.reason);
      expect(await band.locator('[data-verdict]').getAttribute('data-verdict')).toBe(plan.verdict.label);
      expect(await page.getByTestId('plan-phase').textContent()).toContain(plan.overview.periodLabel);
      const total = plan.overview.verdictCounts.total;
      expect(plan.overview.statusCounts.total).toBe(total);
      expect(await page.getByTestId('verdict-counts').textContent()).toContain(`共 ${total} 项`);
      expect(await page.getByTestId('status-counts').textContent()).toContain(`共 ${total} 项`);
      expect(await page.getByTestId('counts-scope').textContent()).toContain(`${total} 项措施`);
      expect(await page.locator('.cockpit').textContent()).not.toMatch(/项中 红|\d{3,} 个工作日/);
      await screenshot(page, 'cockpit-verdict-mid-term');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('after the end date: no current period, and no department with work shown as 未开始', async () => {
    clock.set('2026-12-05T09:00:00+08:00');
    const plan = await server();
    expect(plan.overview.phase).toBe('ENDED');
    const { page, context, errors } = await signIn(browser, app.url, 'leader');
    try {
      const band = page.getByRole('region', { name: '总体研判' });
      await expect
        .poll(() => band.getByTestId('plan-verdict-reason').textContent(), { timeout: 20_000 })
        .toBe(plan.verdict.reason);
      expect(await page.getByTestId('plan-phase').textContent()).toContain('无当期');
      // The header's phase and time elapsed are the server's: ended, still taking reports until the end of 2026.
      const header = page.locator('.plan-clock');
      expect(await header.textContent()).toMatch(/方案期已结束，处于总结评估期（2026年12月31日前可补报）.*100%/);
      const table = page.locator('.ant-table').last();
      expect(await table.textContent()).toContain('无当期');
      expect(await table.locator('[data-verdict="未开始"]').count()).toBe(0);
      await band.locator('summary').click();
      await screenshot(page, 'cockpit-verdict-after-end');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
