import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';
import { convertWithLibreOffice } from './kit/office';
import { type FlakyNetwork, startFlakyNetwork } from './kit/proxy';
import { sqlRows } from './kit/sql';

const PLAN = 'boshan-ip-2022-2025';
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
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

/** Marks the page so that a reload (which would clear the mark) cannot pass for a live update. */
async function markNoReload(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });
  return () => page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);
}

const live = (page: Page) => page.locator('[data-live="live"]').first();

describe('the dashboard in a real browser', { timeout: 240_000 }, () => {
  it('a clerk posts a report from the desk; the leader’s cockpit shows it in the feed and in the progress, without reload', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    const clerk = await signIn(browser, app.url, 'market-supervision', { width: 390, height: 844 });
    try {
      await expect.poll(() => live(leader.page).isVisible(), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => leader.page.getByTestId('plan-progress').textContent()).toBe('0%');
      const stillLoaded = await markNoReload(leader.page);

      // The clerk lands on the desk (on a phone-sized screen) and opens the first measure it leads.
      await clerk.page.waitForURL(/\/desk$/);
      const item = clerk.page.locator('[data-measure="P1.1"]');
      await item.getByRole('button', { name: '填报进展' }).click();
      const form = clerk.page.locator('.report-form');
      // The status is chosen each period (never pre-filled from the last report).
      await form.getByText('正常推进').click();
      await form.getByLabel('完成百分比').fill('60');
      await form.getByLabel('工作进展').fill('召开知识产权工作推进会，印发年度工作要点');
      await form.getByLabel('存在问题 / 需协调事项').fill('需区财政局落实专项资金');
      await screenshot(clerk.page, 'desk-report-form-phone');
      await form.getByRole('button', { name: '提交报告' }).click();
      await expect.poll(() => form.isVisible()).toBe(false);

      const feedItem = leader.page.locator('.feed-item', { hasText: '召开知识产权工作推进会' });
      await expect.poll(() => feedItem.isVisible(), { timeout: 20_000 }).toBe(true);
      // P1.1 at 60 % makes P1 20 %, and the plan the mean of its 8 projects and safeguards: 2.5 %.
      await expect.poll(() => leader.page.getByTestId('plan-progress').textContent()).toBe('2.5%');
      expect(await stillLoaded()).toBe(true);
      await screenshot(leader.page, 'cockpit-after-live-report');

      // The desk shows the report as this period's, in its own list.
      await expect.poll(() => item.textContent()).toContain('60%');
      expect([...leader.errors, ...clerk.errors]).toEqual([]);
    } finally {
      await leader.context.close();
      await clerk.context.close();
    }
  });

  it('a bad value gets the server’s reason beside its field, and nothing typed is lost', async () => {
    const clerk = await signIn(browser, app.url, 'finance');
    try {
      // Finance only takes part in P1.2 (配合): posting progress is optional, and offered as such.
      await clerk.page.locator('[data-measure="P1.2"]').getByRole('button', { name: '补充进展（可选）' }).click();
      const form = clerk.page.locator('.report-form');
      await form.getByText('正常推进').click();
      await form.getByLabel('完成百分比').fill('150');
      await form.getByLabel('工作进展').fill('完成政策梳理');
      await form.getByRole('button', { name: '提交报告' }).click();
      const percentItem = form.locator('.ant-form-item', { has: clerk.page.getByLabel('完成百分比') });
      await expect
        .poll(() => percentItem.locator('.ant-form-item-explain-error').textContent())
        .toBe('完成百分比须为 0 至 100 的整数');
      expect(await form.getByLabel('工作进展').inputValue()).toBe('完成政策梳理');
      await screenshot(clerk.page, 'desk-error-beside-field');
      const [row] = await sqlRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from progress_reports`);
      // Nothing was written by the refused submission: only the first story's report exists.
      expect(row?.n).toBe(1);
    } finally {
      await clerk.context.close();
    }
  });

  it('the big screen renders the seeded plan at 1920×1080 with no scrollbars and says it is live', async () => {
    const wall = await signIn(browser, app.url, 'viewer', { width: 1920, height: 1080 });
    try {
      await wall.page.goto(`/plans/${PLAN}/screen`);
      await expect
        .poll(() => wall.page.locator('.bs-header h1').textContent())
        .toContain('博山区国家知识产权强区试点区建设工作方案');
      await expect.poll(() => wall.page.locator('.bs-live-live').isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await wall.page.locator('.bs-goal-list li').count()).toBe(5);
      const overflow = await wall.page.evaluate(() => ({
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      }));
      expect(overflow).toEqual({ x: 0, y: 0 });
      await screenshot(wall.page, 'big-screen-1920x1080', false);
      expect(wall.errors).toEqual([]);
    } finally {
      await wall.context.close();
    }
  });

  it('when the network drops, the screen says so, reconnects by itself and shows every report it missed', async () => {
    const leader = await signIn(browser, network.url, 'leader');
    let office: ApiClient | undefined;
    try {
      await expect.poll(() => live(leader.page).isVisible(), { timeout: 20_000 }).toBe(true);
      const stillLoaded = await markNoReload(leader.page);
      network.cut();
      await expect
        .poll(() => leader.page.locator('[data-live="reconnecting"]').first().isVisible(), { timeout: 30_000 })
        .toBe(true);
      await screenshot(leader.page, 'cockpit-reconnecting', false);
      office = await app.as('market-supervision');
      for (const n of [1, 2, 3]) {
        const result = await office.gql(SUBMIT, {
          i: {
            planCode: PLAN,
            measureCode: 'P2.1',
            departmentCode: 'market-supervision',
            period: '2025-12',
            status: 'ON_TRACK',
            percentComplete: 10 * n,
            summary: `断线期间的第 ${n} 份报告`,
          },
        });
        expect(result.errors).toBeUndefined();
      }
      network.restore();
      await expect.poll(() => live(leader.page).isVisible(), { timeout: 60_000 }).toBe(true);
      for (const n of [1, 2, 3]) {
        await expect
          // On a shared PostgreSQL server another test's long transaction may hold back delivery (the horizon is
          // cluster-wide): allow for it.
          .poll(() => leader.page.locator('.feed-item', { hasText: `断线期间的第 ${n} 份报告` }).count(), {
            timeout: 90_000,
          })
          .toBe(1);
      }
      expect(await stillLoaded()).toBe(true);
    } finally {
      network.restore();
      await leader.context.close();
    }
  });
});

describe('an urging notice, live on both sides', { timeout: 240_000 }, () => {
  it('a leader issues a notice; the department signs, gets more time, replies on its desk; the leader closes it', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    const clerk = await signIn(browser, app.url, 'market-supervision');
    try {
      await leader.page.goto(`/plans/${PLAN}/supervision`);
      const form = leader.page.locator('form', { has: leader.page.getByRole('button', { name: '下 发' }) });
      // The list is virtual (only the first rows exist): search, as a user with 24 measures would.
      await form.getByLabel('措施（按预警排序）').fill('P1.1');
      await leader.page.locator('.ant-select-item-option', { hasText: 'P1.1 提升知识产权管理综合效能' }).click();
      await form.locator('label.ant-radio-button-wrapper', { hasText: /^督办$/ }).click();
      await form.getByLabel('办理期限').fill('2026-12-31');
      await form.getByLabel('办理期限').press('Enter');
      await form.getByLabel('督办事项').fill('请于年底前报送专利导航项目进展');
      await form.getByRole('button', { name: '下 发' }).click();
      // Sent: the form says so and clears the measure and department, so the same notice is not one click away.
      await expect
        .poll(() => form.locator('.form-issued').textContent(), { timeout: 20_000 })
        .toBe('已向区市场监督管理局下发 P1.1 督办单');
      expect(await form.locator('.ant-select-selection-item').count()).toBe(0);
      expect(await form.getByLabel('督办事项').inputValue()).toBe('');

      // The department's desk shows it without reload; it signs for it and replies.
      await expect.poll(() => live(clerk.page).isVisible(), { timeout: 20_000 }).toBe(true);
      const notice = clerk.page.locator('.notices-card tr', { hasText: '请于年底前报送专利导航项目进展' });
      await expect.poll(() => notice.isVisible(), { timeout: 20_000 }).toBe(true);
      await notice.getByRole('button', { name: '签 收' }).click();
      await expect.poll(() => notice.textContent()).toContain('已签收');

      // It asks for more time; the leader sees the request live and approves it; the desk sees the new date.
      await notice.getByRole('button', { name: '申请延期' }).click();
      await clerk.page.getByLabel('申请的反馈期限').fill('2027-03-31');
      await clerk.page.getByLabel('延期理由').fill('需待第三方评估报告');
      await clerk.page.locator('.ant-modal').getByRole('button', { name: '提 交' }).click();
      const asked = leader.page.locator('tr', { hasText: '请于年底前报送专利导航项目进展' }).first();
      await expect.poll(() => asked.textContent(), { timeout: 20_000 }).toContain('延期申请（待审批）：至 2027-03-31');
      await asked.getByRole('button', { name: '同意延期' }).click();
      await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toContain('延期申请已同意（至 2027-03-31）');
      expect(await notice.textContent()).toContain('2027-03-31');

      await notice.getByRole('button', { name: '反 馈' }).click();
      // The reply's own dialog, by its title: the extension dialog before it may still be leaving the page.
      const replyDialog = clerk.page.locator('.ant-modal-confirm', { hasText: '反馈办理情况' });
      await replyDialog.locator('textarea').fill('已完成专利导航项目中期评估');
      await replyDialog.getByRole('button', { name: '提 交' }).click();
      // The dialog closes only once the server has taken the reply; a refusal keeps it open with a message.
      const toasts = () => clerk.page.locator('.ant-message').allTextContents();
      await expect
        .poll(() => replyDialog.count(), {
          timeout: 45_000,
          message: 'the reply dialog never closed: the server did not take the reply (see the messages shown)',
        })
        .toBe(0)
        .catch(async (error: Error) => {
          throw new Error(`${error.message}; messages shown: ${JSON.stringify(await toasts())}`);
        });
      // The server took the reply: the desk shows it (so a failure below is the leader's live list, not the reply).
      await expect
        .poll(() => notice.textContent(), { timeout: 20_000, message: 'the desk never showed the reply as 已反馈' })
        .toContain('已反馈');
      await screenshot(clerk.page, 'desk-urging-notice');

      // The leader's list follows each step live, and the leader closes the notice. On a shared PostgreSQL server
      // another database's open transaction can hold the newest event back for a while: room for a loaded machine.
      const row = leader.page.locator('tr', { hasText: '请于年底前报送专利导航项目进展' }).first();
      await expect
        .poll(() => row.textContent(), { timeout: 45_000, message: 'the leader’s list never showed the reply live' })
        .toContain('已反馈');
      expect(await row.textContent()).toContain('已完成专利导航项目中期评估');
      await row.getByRole('button', { name: '办 结' }).click();
      await expect
        .poll(() => leader.page.locator('tr', { hasText: '请于年底前报送专利导航项目进展' }).first().textContent())
        .toContain('已办结');
      await screenshot(leader.page, 'supervision-notices');
      expect([...leader.errors, ...clerk.errors]).toEqual([]);
    } finally {
      await leader.context.close();
      await clerk.context.close();
    }
  });
});

describe('the assessment page', { timeout: 240_000 }, () => {
  it('a leader sees the ranking with reasons, is told beside the sum why weights are refused, and sees a change live', async () => {
    const leader = await signIn(browser, app.url, 'leader');
    try {
      await leader.page.goto(`/plans/${PLAN}/assessment`);
      const table = leader.page.locator('.assessment-table');
      const first = table.locator('tr[data-row-key="market-supervision"]');
      await expect.poll(() => first.textContent(), { timeout: 20_000 }).toContain('区市场监督管理局');
      // The table opens collapsed, one line per department; a click on a row shows its reasons, without hovering.
      expect(await table.locator('.assessment-reasons').count()).toBe(0);
      await first.click();
      await expect
        .poll(() => table.locator('.assessment-reasons').first().textContent(), { timeout: 15_000 })
        .toContain('应报');
      await expect
        .poll(() => table.locator('th', { hasText: '报送及时（30）' }).isVisible(), { timeout: 15_000 })
        .toBe(true);
      await expect.poll(() => live(leader.page).isVisible(), { timeout: 20_000 }).toBe(true);
      const stillLoaded = await markNoReload(leader.page);

      const editor = leader.page.locator('.assessment-weights');
      await editor.getByLabel('报送及时').fill('31');
      await expect
        .poll(() => editor.locator('.weights-sum').textContent(), { timeout: 15_000 })
        .toBe('合计 101（须为 100）');
      await editor.getByRole('button', { name: '保存权重' }).click();
      await expect
        .poll(() => editor.locator('.ant-form-item-explain-error').textContent(), { timeout: 15_000 })
        .toBe('四项权重之和须为 100（现为 101）');
      await editor.getByLabel('督办响应').fill('19');
      await editor.getByRole('button', { name: '保存权重' }).click();
      await expect
        .poll(() => table.locator('th', { hasText: '报送及时（31）' }).isVisible(), { timeout: 15_000 })
        .toBe(true);
      await screenshot(leader.page, 'assessment-ranking');

      // Another leader changes the weights: the page follows the event, without reload.
      const admin = await app.as('admin');
      const set = await admin.gql(
        'mutation($i: SetAssessmentWeightsInput!) { setAssessmentWeights(input: $i) { version } }',
        { i: { planCode: PLAN, timeliness: 40, completion: 30, indicators: 20, notices: 10, version: 1 } },
      );
      expect(set.errors).toBeUndefined();
      await expect
        .poll(() => table.locator('th', { hasText: '报送及时（40）' }).isVisible(), { timeout: 20_000 })
        .toBe(true);
      expect(await stillLoaded()).toBe(true);
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
    }
  });
});

describe('the coordination meeting', { timeout: 240_000 }, () => {
  it('lists the open urging notices and the instructions since the last meeting, follows new ones live, and the brief says the same', async () => {
    const leaderApi = await app.as('leader');
    const finance = await app.as('finance');
    const issue = (text: string) =>
      leaderApi.gql<{ issueUrgeNotice: { id: string } }>(
        'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
        {
          i: {
            planCode: PLAN,
            measureCode: 'P1.1',
            departmentCode: 'finance',
            level: 'CHASE',
            text,
            dueOn: '2099-06-30',
          },
        },
      );
    const first = await issue('请说明专项资金拨付进度');
    const asked = await finance.gql('mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { id } }', {
      i: { urgeNoticeId: first.data!.issueUrgeNotice.id, dueOn: '2099-09-30', reason: '待财政评审结果' },
    });
    expect(asked.errors).toBeUndefined();
    const leader = await signIn(browser, app.url, 'leader');
    try {
      await leader.page.goto(`/plans/${PLAN}/meeting`);
      const card = leader.page.locator('.meeting-notices');
      const item = card.locator('li', { hasText: '请说明专项资金拨付进度' });
      await expect.poll(() => item.textContent(), { timeout: 20_000 }).toContain('申请延期至 2099-09-30（待审批）');
      expect(await item.textContent()).toContain('区财政局');
      expect(await item.textContent()).toContain('催办');
      await expect.poll(() => live(leader.page).isVisible(), { timeout: 20_000 }).toBe(true);
      await issue('请补报第三季度台账');
      await expect
        .poll(() => card.locator('li', { hasText: '请补报第三季度台账' }).isVisible(), { timeout: 20_000 })
        .toBe(true);
      await screenshot(leader.page, 'meeting-open-notices');

      // 领导批示 since the last meeting: a new one arrives live, as the brief's section 五 words it.
      const instructions = leader.page.locator('.meeting-instructions');
      const title = instructions.locator('.ant-card-head-title');
      const countOf = async () =>
        Number(
          /^上次调度会以来的领导批示（\d{4}-\d{2}-\d{2} 以来，(\d+) 条）$/.exec((await title.textContent()) ?? '')?.[1],
        );
      await expect
        .poll(countOf, { timeout: 20_000, message: '调度会页面没有列出领导批示一节' })
        .toBeGreaterThanOrEqual(0);
      const before = await countOf();
      const instructed = await leaderApi.gql(
        'mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }',
        {
          i: { planCode: PLAN, subject: 'MEASURE', measureCode: 'P1.1', text: '请财政局本周内明确资金拨付时间' },
        },
      );
      expect(instructed.errors).toBeUndefined();
      const instruction = instructions.locator('li', { hasText: '请财政局本周内明确资金拨付时间' });
      await expect
        .poll(() => instruction.isVisible(), { timeout: 20_000, message: '新的领导批示没有出现在调度会页面上' })
        .toBe(true);
      expect(await countOf()).toBe(before + 1);
      const heading = (await title.textContent()) ?? '';
      const onPage = (await instructions.locator('li').allTextContents()).map((t) => t.trim());
      expect(onPage).toHaveLength(before + 1);
      expect(onPage.at(-1)).toMatch(
        /^\d{4}-\d{2}-\d{2}，.+对 P1\.1 .+批示（致.*区财政局.*）：请财政局本周内明确资金拨付时间$/,
      );
      await screenshot(leader.page, 'meeting-instructions');

      // 下载调度会材料: the brief for today, saved under the server's name, lists what the page lists.
      const downloading = leader.page.waitForEvent('download', { timeout: 60_000 });
      await leader.page.getByRole('button', { name: '下载调度会材料' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^调度会材料（\d{4}-\d{2}-\d{2}）\.docx$/);
      const text = (
        await convertWithLibreOffice(readFileSync((await download.path())!), 'docx', 'txt:Text (encoded):UTF8')
      ).toString('utf8');
      const lines = text.split(/\r?\n/).map((l) => l.trim());
      expect(lines).toContain(`五、${heading}`);
      const at = lines.findIndex((l) => l.startsWith('五、'));
      expect(lines.slice(at + 1).filter((l) => /^\d{4}-\d{2}-\d{2}，/.test(l))).toEqual(onPage);
      expect(leader.errors).toEqual([]);
    } finally {
      await leader.context.close();
    }
  });
});

describe('the built dashboard over HTTP', () => {
  /** A raw GET, so that we choose accept-encoding and see the bytes as sent. */
  const get = (pathname: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(new URL(pathname, app.url), { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    });

  it('serves its scripts compressed by the build (brotli, else gzip) to browsers that accept it, whole to those that do not, cached for good', async () => {
    const html = (await get('/plans/x/desk')).body.toString();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const plain = await get(script!);
    const zipped = await get(script!, { 'accept-encoding': 'gzip, deflate' });
    const brotli = await get(script!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    for (const compressed of [zipped, brotli]) {
      expect(compressed.headers.vary).toMatch(/^accept-encoding$/i);
      expect(compressed.headers['cache-control']).toContain('immutable');
      expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
    }
  });

  it('answers a malformed path with 400 rather than failing', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });
});
