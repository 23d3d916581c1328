import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelSet } from '../server/src/modules/message';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { launchBrowser, screenshot, signIn } from './kit/browser';
import { type SmtpPeer, startSmtpPeer, startWebhookPeer, type WebhookPeer } from './kit/peers';
import { until } from './kit/wait';

/**
 * The office's side of messages in a real browser: the admin gives the finance bureau a work-group robot, a notice to
 * finance fails at the robot, the 发送记录 shows why, and 重新发送 puts it back in the queue; the plan office sets the
 * plan's 提醒规则, which a participating clerk reads.
 */
const BUILT = path.resolve(import.meta.dirname, '..', 'web', 'dist', 'index.html');
const PLAN = 'boshan-ip-2022-2025';
const SECRET = 'finance-robot-secret';
const ISSUE = 'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }';
const SETTINGS = `{ plan(code: "${PLAN}") { reminderSettings { leadDays weeklyDigest } } }`;

// Monday 8 December 2025, 09:00 in Beijing: a working morning, outside quiet hours.
const clock = new ManualClock('2025-12-08T09:00:00+08:00');
let app: TestApp;
let smtp: SmtpPeer;
let hook: WebhookPeer;
let browser: Browser;
let leader: ApiClient;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('web/dist 不存在：请先运行 pnpm build（pnpm test 会自动构建）');
  smtp = await startSmtpPeer();
  hook = await startWebhookPeer(SECRET);
  app = await startTestApp({
    clock,
    superviseEveryMs: 3_600_000,
    messages: {
      channels: ChannelSet.fromSettings({ smtpUrl: smtp.url, mailFrom: '督办平台 <duban@duban.test>' }),
      publicUrl: () => new URL(app.url).origin,
      // The story sends when it says (drain): the sender's own tick stays out of the way.
      sendEveryMs: 3_600_000,
    },
  });
  leader = await app.as('leader');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await smtp?.close();
  await hook?.close();
});

/** The form item labelled `label` inside `scope`, and the error shown beside it. */
function fieldError(scope: ReturnType<Page['locator']>, label: string) {
  return scope
    .locator('.ant-form-item', { has: scope.page().getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');
}

/** Opens the account menu (a click that lands before the page is ready is tried again) and picks `item`. */
async function pickFromMenu(page: Page, item: string, there: RegExp) {
  await until(
    async () => {
      if (there.test(page.url())) return true;
      const entry = page.getByRole('menuitem', { name: item });
      if (!(await entry.isVisible())) await page.locator('.user-button').click();
      await entry.click({ timeout: 5_000 }).catch(() => undefined);
      return there.test(page.url()) || null;
    },
    { timeout: 45_000, message: `the account menu never took the viewer to ${item}` },
  );
}

describe('the office’s side of messages in a real browser', { timeout: 180_000 }, () => {
  it('the admin sets the finance bureau’s robot, sees its failed delivery and its reason, and sends it again', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'admin', undefined, { home: true });
    // Every refusal the server sends the page: only the two the story provokes are expected.
    const refusals: string[] = [];
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const body = (await response.json().catch(() => null)) as {
        errors?: { extensions?: { reason?: string } }[];
      } | null;
      for (const e of body?.errors ?? []) refusals.push(e.extensions?.reason ?? JSON.stringify(e));
    });
    try {
      await pickFromMenu(page, '部门管理', /\/admin\/departments$/);
      await page.locator('[data-action="contacts-finance"]').click();
      const drawer = page.locator('.contacts-drawer');
      await expect.poll(() => drawer.locator('.empty').textContent()).toContain('尚未设置联系方式');

      // An e-mail address that is not one is refused beside its field; a good one is added, then removed.
      await drawer.locator('[data-action="add-contact"]').click();
      await drawer.locator('.ant-radio-button-wrapper', { hasText: '电子邮件' }).click();
      await drawer.getByLabel('邮箱地址').fill('not an address');
      await drawer.getByRole('button', { name: /添\s*加/ }).click();
      await expect.poll(() => fieldError(drawer, '邮箱地址').textContent()).toBe('不是有效的电子邮件地址');
      await drawer.getByLabel('邮箱地址').fill('bgs@finance.test');
      await drawer.getByRole('button', { name: /添\s*加/ }).click();
      const item = (text: string) => drawer.locator('.contact-item', { hasText: text });
      await item('bgs@finance.test').waitFor();
      await item('bgs@finance.test')
        .getByRole('button', { name: /删\s*除/ })
        .click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /删\s*除/ })
        .click();
      await until(async () => (await item('bgs@finance.test').count()) === 0, {
        message: () => `the removed e-mail stayed in the list (refusals: ${refusals.join('；') || 'none'})`,
      });

      // The robot: a generic JSON receiver must have a secret, and says so beside the field.
      await drawer.locator('[data-action="add-contact"]').click();
      // The type is chosen once the form shows its secret field; a pick made while the list still opens is tried
      // again.
      const secretField = drawer.getByLabel('签名密钥');
      let drawerText = '';
      await until(
        async () => {
          if (await secretField.isVisible()) return true;
          if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) {
            await drawer.getByLabel('机器人类型').click();
          }
          await page
            .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '通用 JSON' })
            .click({ timeout: 5_000 })
            .catch(() => undefined);
          drawerText = await drawer.innerText();
          return secretField.isVisible();
        },
        { timeout: 30_000, message: () => `选了「通用 JSON」，签名密钥一栏仍没有出现；抽屉显示：${drawerText}` },
      );
      await drawer.getByLabel('Webhook 地址').fill(hook.url);
      await drawer.getByLabel('名称').fill('财政局工作群');
      await drawer.getByRole('button', { name: /添\s*加/ }).click();
      await until(
        async () => {
          drawerText = await drawer.innerText();
          return (await fieldError(drawer, '签名密钥').allTextContents()).join('').includes('需要签名密钥');
        },
        { timeout: 30_000, message: () => `没有签名密钥的通用 JSON 机器人没有被拒绝；抽屉显示：${drawerText}` },
      );
      await drawer.getByLabel('签名密钥').fill(SECRET);
      await drawer.getByRole('button', { name: /添\s*加/ }).click();
      await expect.poll(() => item('财政局工作群').textContent()).toContain('已设置密钥');
      expect(await item('财政局工作群').textContent()).toContain(hook.url);

      // Renamed: the secret, never shown, stays.
      await item('财政局工作群')
        .getByRole('button', { name: /编\s*辑/ })
        .click();
      expect(await drawer.getByLabel('签名密钥').inputValue()).toBe('');
      await drawer.getByLabel('名称').fill('财政局督办工作群');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await expect.poll(() => item('财政局督办工作群').textContent()).toContain('已设置密钥');
      await screenshot(page, 'delivery-contacts-drawer');
      await drawer.locator('.ant-drawer-close').click();

      // A leader urges finance; the robot refuses it for good (400).
      hook.refuse(400);
      const issued = await leader.gql(ISSUE, {
        i: {
          planCode: PLAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          level: 'SUPERVISE',
          text: '专项资金落实情况请于 12 月 19 日前书面反馈',
          dueOn: '2025-12-19',
        },
      });
      expect(issued.errors).toBeUndefined();
      await app.server.sender!.drain();
      expect(hook.attempts).toBe(1);

      await page.getByRole('link', { name: '发送记录' }).click();
      await page.waitForURL(/\/admin\/deliveries$/);
      const rows = page.locator('tr.delivery-row');
      const robotRow = rows.filter({ hasText: '区财政局' }).filter({ hasText: '工作群机器人' });
      await expect.poll(() => robotRow.count()).toBe(1);
      expect(await robotRow.locator('.delivery-state').textContent()).toBe('发送失败');
      expect(await robotRow.locator('.delivery-error').textContent()).toBe('对方返回 400');
      expect(await robotRow.locator('.delivery-message').textContent()).toContain('督办');
      expect(await page.locator('[data-count="WEBHOOK-FAILED"] .delivery-count-figure').textContent()).toBe('1');
      await screenshot(page, 'delivery-log-failed');

      // 重新发送: back in the queue, shown as 待发送 (the robot is not tried until the sender's next pass).
      await robotRow.getByRole('button', { name: '重新发送' }).click();
      await expect.poll(() => robotRow.locator('.delivery-state').textContent()).toBe('待发送');
      expect(await page.locator('[data-count="WEBHOOK-PENDING"] .delivery-count-figure').textContent()).toBe('1');
      expect(await page.locator('[data-count="WEBHOOK-FAILED"] .delivery-count-figure').textContent()).toBe('0');
      expect(await robotRow.getByRole('button', { name: '重新发送' }).count()).toBe(0);
      expect(hook.attempts).toBe(1);

      // The robot answers again: the next pass delivers it, signed with the secret typed in the drawer.
      hook.refuse(null);
      await app.server.sender!.drain();
      expect(hook.received).toHaveLength(1);
      expect(hook.received[0]?.signed).toBe(true);
      await page.getByRole('button', { name: /刷\s*新/ }).click();
      await expect.poll(() => robotRow.locator('.delivery-state').textContent()).toBe('已发送');

      // Friday night: quiet hours, and the page says when sending resumes.
      clock.set('2025-12-12T21:30:00+08:00');
      await page.getByRole('button', { name: /刷\s*新/ }).click();
      await expect
        .poll(() => page.locator('.delivery-quiet').textContent())
        .toBe('静默时段（夜间及节假日）暂停发送，将于 12月15日 08:30 恢复');
      await screenshot(page, 'delivery-log-quiet');
      clock.set('2025-12-08T09:00:00+08:00');

      // Filtered to failures, nothing is left.
      await page.locator('.delivery-filters').getByText('发送失败', { exact: true }).click();
      await expect.poll(() => page.locator('.ant-table-placeholder').textContent()).toContain('没有符合条件的发送记录');
      expect(refusals).toEqual([
        '不是有效的电子邮件地址',
        '通用 JSON Webhook 需要签名密钥，接收方据此验证消息来自本平台',
      ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the plan office sets 提醒规则 on the 督办 page, and they stay', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'market-supervision');
    try {
      await page.goto(`/plans/${PLAN}/supervision`);
      const card = page.locator('.reminder-settings');
      const lead = card.getByLabel('截止前提醒（工作日）');
      await expect.poll(() => lead.inputValue()).toBe('3');
      const save = card.getByRole('button', { name: '保存提醒规则' });
      expect(await save.isDisabled()).toBe(true);
      await lead.fill('5');
      await card.getByRole('switch').click();
      await save.click();
      await expect.poll(() => card.locator('.reminder-saved').textContent()).toBe('已保存');
      const stored = await (await app.as('admin')).gql<{
        plan: { reminderSettings: { leadDays: number; weeklyDigest: boolean } };
      }>(SETTINGS);
      expect(stored.data?.plan.reminderSettings).toEqual({ leadDays: 5, weeklyDigest: false });
      await screenshot(page, 'delivery-reminder-settings-office');

      await page.reload();
      await expect
        .poll(() => page.locator('.reminder-settings').getByLabel('截止前提醒（工作日）').inputValue())
        .toBe('5');
      expect(await page.locator('.reminder-settings').getByRole('switch').getAttribute('aria-checked')).toBe('false');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a participating clerk reads 提醒规则 and is offered no delivery log', async () => {
    const { page, context, errors } = await signIn(browser, app.url, 'finance');
    try {
      await page.goto(`/plans/${PLAN}/supervision`);
      const card = page.locator('.reminder-settings');
      await expect.poll(() => card.locator('[data-field="leadDays"]').textContent()).toContain('截止前 5 个工作日');
      expect(await card.locator('[data-field="weeklyDigest"]').textContent()).toBe('关闭');
      expect(await card.locator('input, button, [role="switch"]').count()).toBe(0);
      await screenshot(page, 'delivery-reminder-settings-clerk');

      // The office changes them again: the open page follows, live.
      const office = await app.as('market-supervision');
      const changed = await office.gql(
        `mutation { setReminderSettings(planCode: "${PLAN}", input: { leadDays: 2, weeklyDigest: true }) { leadDays } }`,
      );
      expect(changed.errors).toBeUndefined();
      await expect.poll(() => card.locator('[data-field="leadDays"]').textContent()).toContain('截止前 2 个工作日');
      expect(await card.locator('[data-field="weeklyDigest"]').textContent()).toBe('开启');

      await until(
        async () => {
          const logout = page.getByRole('menuitem', { name: '退出登录' });
          if (await logout.isVisible()) return true;
          await page.locator('.user-button').click();
          return logout.waitFor({ state: 'visible', timeout: 3_000 }).then(
            () => true,
            () => null,
          );
        },
        { timeout: 45_000, message: 'the account menu never opened for the clerk' },
      );
      expect(await page.getByRole('menuitem', { name: '发送记录' }).count()).toBe(0);
      await page.goto('/admin/deliveries');
      await expect.poll(() => page.locator('.app-content').textContent()).toContain('当前账号无权查看发送记录');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
