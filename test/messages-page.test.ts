import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';

/**
 * 消息 in a real browser (issue 19): the bell rings live on the clerk's open desk, its message opens the notice on the
 * desk, marked and in view, on a desktop and on a phone; 消息设置 keeps a kind turned off, and 督办单 cannot be.
 */
const PLAN = 'boshan-ip-2022-2025';
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const ISSUE = 'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }';
const PHONE = { width: 390, height: 844 };
// Monday 8 December 2025, 09:00 in Beijing: a working morning, well before the notices' reply dates.
const clock = new ManualClock('2025-12-08T09:00:00+08:00');

let app: TestApp;
let browser: Browser;
let leader: ApiClient;
let clerk: ApiClient;
/** Measures the market-supervision bureau leads, to urge it on. */
let leads: string[];

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  app = await startTestApp({ clock });
  browser = await launchBrowser();
  [leader, clerk] = await Promise.all([app.as('leader'), app.as('market-supervision')]);
  const duties = await clerk.gql<{
    department: { assignments: { role: string; owesReports: boolean; measure: { code: string; kind: string } }[] };
  }>(
    `{ department(code: "market-supervision") {
      assignments(planCode: "${PLAN}", inherited: true) { role owesReports measure { code kind } } } }`,
  );
  leads = (duties.data?.department.assignments ?? [])
    .filter((a) => a.role === 'LEAD' && a.owesReports && a.measure.kind === 'MEASURE')
    .map((a) => a.measure.code);
  expect(leads.length, 'the market-supervision bureau leads no measure').toBeGreaterThanOrEqual(2);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function issueNotice(measureCode: string, text: string): Promise<string> {
  const result = await leader.gql<{ issueUrgeNotice: { id: string } }>(ISSUE, {
    i: {
      planCode: PLAN,
      measureCode,
      departmentCode: 'market-supervision',
      level: 'SUPERVISE',
      text,
      dueOn: '2025-12-19',
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.issueUrgeNotice.id;
}

/** The bell's unread count as the page shows it (null until the server has said). */
async function unread(page: Page): Promise<number | null> {
  const value = await page.locator('.app-header .message-bell').getAttribute('data-unread');
  return value === null ? null : Number(value);
}

async function openDesk(username: string, viewport?: { width: number; height: number }) {
  const session = await signIn(browser, app.url, username, viewport);
  await session.page.waitForURL(/\/desk$/, { timeout: 45_000 });
  await expect
    .poll(() => session.page.locator('[data-live="live"]').first().isVisible(), { message: '桌面未连上实时通道' })
    .toBe(true);
  await expect.poll(() => unread(session.page), { message: '铃铛没有显示未读数' }).not.toBeNull();
  return session;
}

/** Whether the element is on screen, below the sticky header. */
function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    return box.height > 0 && box.top >= header - 1 && box.bottom <= window.innerHeight + 1;
  });
}

describe('the 消息 bell and the message centre in a real browser', { timeout: 180_000 }, () => {
  it('rings live on the clerk’s open desk, and its message opens the notice there, marked, in view', async () => {
    const { page, context, errors } = await openDesk('market-supervision');
    try {
      const before = (await unread(page)) as number;
      // Whatever follows happens in this page, never reloaded.
      await page.evaluate(() => {
        (window as unknown as { stillHere: boolean }).stillHere = true;
      });
      const id = await issueNotice(leads[0]!, '请于 12 月 19 日前书面反馈知识产权执法专项行动进展。\n附：案件清单');
      await expect.poll(() => unread(page), { message: '铃铛没有实时响起' }).toBe(before + 1);
      expect(await page.locator('.message-bell-count').textContent()).toBe(String(before + 1));
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      await screenshot(page, 'messages-bell-rang', false);
      // The clerk has the desk open in a second tab as well: its bell counts the notice too.
      const otherTab = await context.newPage();
      await otherTab.goto(`/plans/${PLAN}/desk`);
      await expect.poll(() => unread(otherTab), { message: '第二个标签页的铃铛没有计入新消息' }).toBe(before + 1);

      await page.locator('.app-header .message-bell').click();
      const row = page.locator(`.message-panel .message-row[data-message]`).first();
      await expect.poll(() => row.textContent(), { message: '消息面板没有列出新的督办单' }).toContain(leads[0]!);
      expect(await row.getAttribute('class')).toContain('unread');
      expect(await row.locator('.ant-tag').textContent()).toBe('督办单');
      await screenshot(page, 'messages-panel', false);

      await row.click();
      await page.waitForURL(new RegExp(`/plans/${PLAN}/desk\\?notice=${id}$`), { timeout: 45_000 });
      const notice = page.locator(`.notices-card tr[data-row-key="${id}"]`);
      await expect.poll(() => notice.getAttribute('class'), { message: '督办单没有被标出' }).toContain('link-target');
      await expect.poll(() => onScreen(notice), { message: '督办单不在视野中' }).toBe(true);
      await expect.poll(() => unread(page), { message: '读过的消息仍计为未读' }).toBe(before);
      // Read in one tab, read in the other: its bell follows without a reload.
      await expect.poll(() => unread(otherTab), { message: '另一个标签页的铃铛仍计为未读' }).toBe(before);
      await expect.poll(() => page.locator('.message-panel').isVisible(), { message: '面板没有收起' }).toBe(false);
      await screenshot(page, 'messages-desk-notice', false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on a phone, lists the message in the message centre with its words, and its link opens the notice', async () => {
    const { page, context, errors } = await openDesk('market-supervision', PHONE);
    try {
      // The header fits the phone: the bell is on screen, and nothing scrolls sideways.
      const bell = await page.locator('.app-header .message-bell').boundingBox();
      expect(bell && bell.x >= 0 && bell.x + bell.width <= PHONE.width, 'the bell is off the phone’s screen').toBe(
        true,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const before = (await unread(page)) as number;
      const id = await issueNotice(leads[1]!, '请补充执法检查记录。\n一、检查时间\n二、检查结果');
      await expect.poll(() => unread(page), { message: '手机上的铃铛没有实时响起' }).toBe(before + 1);
      await page.locator('.app-header .message-bell').click();
      await page.locator('.message-panel').getByRole('link', { name: '查看全部消息' }).click();
      await page.waitForURL(/\/messages$/);

      const card = page.locator('.message-card').filter({ hasText: leads[1]! }).first();
      await expect.poll(() => card.getAttribute('class'), { message: '消息中心没有列出新消息' }).toContain('unread');
      // Its words, line breaks kept: the notice's own lines, not the title again nor the link.
      const text = card.locator('.message-text');
      await card.locator('.message-card-head').click();
      await expect
        .poll(() => text.innerText(), { message: '展开后没有显示全文' })
        .toContain('请补充执法检查记录。\n一、检查时间');
      expect(await text.innerText()).not.toContain('/plans/');
      await expect.poll(() => unread(page), { message: '打开的消息仍计为未读' }).toBe(before);
      expect(await card.getAttribute('class')).not.toContain('unread');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, 'messages-centre-phone');

      await card.getByRole('link', { name: '去处理' }).click();
      await page.waitForURL(new RegExp(`/desk\\?notice=${id}$`), { timeout: 45_000 });
      const notice = page.locator(`.notices-card tr.link-target[data-row-key="${id}"]`);
      await expect.poll(() => notice.count(), { message: '手机上督办单没有被标出' }).toBe(1);
      await expect.poll(() => onScreen(notice), { message: '手机上督办单不在视野中' }).toBe(true);
      await screenshot(page, 'messages-desk-notice-phone', false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps 每周简报 off after a reload, and 督办单 cannot be turned off', async () => {
    const { page, context, errors } = await openDesk('market-supervision');
    try {
      await page.locator('.app-header .message-bell').click();
      await page.locator('.message-panel').getByRole('link', { name: '消息设置' }).click();
      await page.waitForURL(/\/messages\?tab=settings$/);
      const digest = page.getByRole('switch', { name: '每周简报' });
      await expect.poll(() => digest.getAttribute('aria-checked'), { message: '消息设置没有显示' }).toBe('true');
      await digest.click();
      await expect.poll(() => digest.getAttribute('aria-checked')).toBe('false');
      await expect.poll(() => page.locator('.kind-switches .ant-switch-loading').count()).toBe(0);
      const saved = await clerk.gql<{ myMessagePreferences: { mutedKinds: string[] } }>(
        '{ myMessagePreferences { mutedKinds } }',
      );
      expect(saved.data?.myMessagePreferences.mutedKinds).toEqual(['WEEKLY_DIGEST']);

      await page.reload();
      await expect.poll(() => digest.getAttribute('aria-checked'), { message: '刷新后每周简报又打开了' }).toBe('false');
      const urge = page.getByRole('switch', { name: '督办单' });
      expect(await urge.getAttribute('aria-checked')).toBe('true');
      expect(await urge.isDisabled()).toBe(true);
      expect(await page.locator('li[data-kind="URGE_NOTICE"]').textContent()).toContain(
        '督办单总是送达责任部门，不能关闭',
      );

      // A contact the server refuses says why beside its field; once corrected it is listed.
      await page.getByRole('button', { name: '添加电子邮件' }).click();
      const dialog = page.locator('.contact-dialog');
      await dialog.getByLabel('电子邮件地址').fill('not an address');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await expect
        .poll(() => dialog.locator('.ant-form-item-explain-error').textContent(), { message: '错误没有显示在栏旁' })
        .toBe('不是有效的电子邮件地址');
      await screenshot(page, 'messages-settings-refused', false);
      await dialog.getByLabel('电子邮件地址').fill('clerk@market.test');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await expect
        .poll(() => page.locator('.contact-line').allTextContents(), { message: '添加的邮箱没有列出' })
        .toEqual([expect.stringContaining('clerk@market.test')]);
      await screenshot(page, 'messages-settings');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
