import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';
import { convertWithLibreOffice } from './kit/office';

/**
 * The download buttons of the office documents (issue 16), clicked in Chromium by the user who has them: the
 * leader's 下载通报 on 考核 and 下载台账 on the cockpit, a lead department's 下载督办单 and 下载本部门台账 on its desk.
 * Each file the browser saves is read back with LibreOffice, and its text must hold what the screen shows. A
 * department's clerk is not offered the circular, which carries every unit's row.
 */
const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const clock = new ManualClock('2025-12-09T09:00:00+08:00');

let app: TestApp;
let browser: Browser;
let leaderApi: ApiClient;
let noticeId = '';

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  browser = await launchBrowser();
  leaderApi = await app.as('leader');
  const market = await app.as('market-supervision');
  const reported = await market.gql(
    'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
    {
      i: {
        planCode: PLAN,
        measureCode: 'P1.1',
        departmentCode: 'market-supervision',
        period: '2025-11',
        status: 'AT_RISK',
        percentComplete: 60,
        summary: '专利导航项目推进中',
        problems: '需区财政局落实专项资金',
      },
    },
  );
  expect(reported.errors).toBeUndefined();
  const issued = await leaderApi.gql<{ issueUrgeNotice: { id: string } }>(
    'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
    {
      i: {
        planCode: PLAN,
        measureCode: 'P1.1',
        departmentCode: 'market-supervision',
        level: 'CHASE',
        text: '请说明专利导航项目滞后原因',
        dueOn: '2025-12-16',
      },
    },
  );
  expect(issued.errors).toBeUndefined();
  noticeId = issued.data!.issueUrgeNotice.id;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Clicks `button` and returns the file the browser saved: its suggested name and bytes. */
async function downloadBy(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const file = await download.path();
  if (!file) throw new Error(`下载「${download.suggestedFilename()}」没有保存`);
  return { name: download.suggestedFilename(), body: readFileSync(file) };
}

/** A Word file as LibreOffice reads it: one paragraph or table cell a line, trimmed. */
async function wordLines(body: Buffer): Promise<string[]> {
  const text = (await convertWithLibreOffice(body, 'docx', 'txt:Text (encoded):UTF8')).toString('utf8');
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
}

/** The first sheet of a workbook (the ledger's cover) as LibreOffice reads it: label → value. */
async function coverOf(body: Buffer): Promise<Map<string, string>> {
  const csv = (await convertWithLibreOffice(body, 'xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76')).toString('utf8');
  const cells = csv.split(/\r?\n/).map((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '')));
  return new Map(cells.filter((row) => row.length >= 2).map((row) => [row[0]!, row[1]!]));
}

describe('the leader’s download buttons', { timeout: 300_000 }, () => {
  it('下载通报 on 考核: the circular carries the 文号 typed and the ranking the page shows', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'leader');
    try {
      await page.goto(`/plans/${PLAN}/assessment`);
      const rows = page.locator('.assessment-table tbody tr.ant-table-row');
      await expect.poll(() => rows.count(), { timeout: 20_000, message: '考核表没有列出部门' }).toBeGreaterThan(3);
      const first = rows.first();
      // The cells after the expand toggle: 名次, 部门, 得分…
      const firstUnit = ((await first.locator('td').nth(2).textContent()) ?? '').trim();
      const firstRank = ((await first.locator('.assessment-rank').textContent()) ?? '').trim();
      const firstScore = ((await first.locator('.assessment-score').textContent()) ?? '').trim();
      expect(firstUnit).not.toBe('');
      const docNumber = '博知领办〔2025〕12号';
      await page.getByLabel('文号').fill(docNumber);
      await screenshot(page, 'office-downloads-assessment');
      const file = await downloadBy(page, () => page.getByRole('button', { name: '下载通报' }).click());
      expect(file.name).toMatch(/^考核通报（.+）\.docx$/);
      const lines = await wordLines(file.body);
      expect(lines).toContain(docNumber);
      // 四、各单位得分情况 opens with the page's first row: its unit, rank and score.
      expect(lines).toContain(`（一）${firstUnit}（${firstRank}，${firstScore} 分）`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('下载台账 on the cockpit: the ledger’s cover names the plan and its document number as the cockpit’s header does', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'leader');
    try {
      const button = page.getByRole('button', { name: '下载台账' });
      await button.waitFor({ timeout: 20_000 });
      const header = ((await page.locator('.plan-header').first().textContent()) ?? '').trim();
      const file = await downloadBy(page, () => button.click());
      expect(file.name).toMatch(/工作台账.*\.xlsx$/);
      const cover = await coverOf(file.body);
      expect(cover.get('文号')).toBe('博政发〔2022〕8号');
      expect(header).toContain(cover.get('方案'));
      expect(header).toContain(cover.get('文号'));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a lead department’s download buttons', { timeout: 300_000 }, () => {
  it('下载督办单 on its desk: the notice’s number, unit and text as the desk lists it', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.waitForURL(/\/desk$/, { timeout: 45_000 });
      const row = page.locator('tr', { hasText: '请说明专利导航项目滞后原因' });
      await row.first().waitFor({ timeout: 20_000 });
      const shown = (await row.first().textContent()) ?? '';
      expect(shown).toContain('催办');
      await screenshot(page, 'office-downloads-desk');
      const file = await downloadBy(page, () => row.first().getByRole('button', { name: '下载督办单' }).click());
      expect(file.name).toBe(`督办〔2025〕${noticeId}号.docx`);
      const lines = await wordLines(file.body);
      const field = (label: string) => lines[lines.indexOf(label) + 1];
      expect(lines).toContain(`编号：督办〔2025〕${noticeId}号`);
      expect(field('责任单位')).toBe('区市场监督管理局');
      expect(field('督办级别')).toBe('催办');
      expect(field('督办事项')).toBe('请说明专利导航项目滞后原因');
      expect(shown).toContain(field('反馈期限'));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('下载本部门台账 on its desk: the cover says what the desk’s header says', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.waitForURL(/\/desk$/, { timeout: 45_000 });
      const header = page.locator('.desk .page-header').first();
      await expect
        .poll(() => header.textContent(), { timeout: 20_000, message: '我的任务没有显示本期应报' })
        .toMatch(/应报 \d+ 项/);
      const text = (await header.textContent()) ?? '';
      const owed = Number(/应报 (\d+) 项/.exec(text)?.[1]);
      const partaking = Number(/参与配合 (\d+) 项/.exec(text)?.[1]);
      const file = await downloadBy(page, () => page.getByRole('button', { name: '下载本部门台账' }).click());
      expect(file.name).toMatch(/区市场监督管理局工作台账.*\.xlsx$/);
      const cover = await coverOf(file.body);
      expect(cover.get('部门')).toBe('区市场监督管理局');
      expect(cover.get('承担措施')).toBe(`${owed + partaking} 项（牵头 ${owed} 项，参与配合 ${partaking} 项）`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is not offered the circular on 考核, which it may not read, and sees its own row only', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.goto(`/plans/${PLAN}/assessment`);
      const rows = page.locator('.assessment-table tbody tr.ant-table-row');
      await expect.poll(() => rows.count(), { timeout: 20_000, message: '考核表没有列出本部门' }).toBe(1);
      expect(await rows.first().textContent()).toContain('区市场监督管理局');
      expect(await page.getByRole('button', { name: '下载通报' }).count()).toBe(0);
      expect(await page.getByLabel('文号').count()).toBe(0);
      await screenshot(page, 'office-downloads-assessment-clerk');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
