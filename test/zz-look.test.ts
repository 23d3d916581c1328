import { it } from 'vitest';
import { ChannelSet } from '../server/src/modules/message';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp } from './kit/app';
import { launchBrowser, signIn } from './kit/browser';
import { startWebhookPeer } from './kit/peers';

it('look', async () => {
  const clock = new ManualClock('2025-10-15T09:00:00+08:00');
  const hook = await startWebhookPeer('s');
  const app = await startTestApp({
    clock,
    superviseEveryMs: 3_600_000,
    messages: { channels: ChannelSet.fromSettings({ smtpUrl: null, mailFrom: 'x <x@y.z>' }), publicUrl: () => 'http://duban.intranet:4000', sendEveryMs: 3_600_000 },
  });
  const admin = await app.as('admin');
  const leader = await app.as('leader');
  await admin.gql('mutation($i: ContactInput!) { addContact(owner: { departmentCode: "market-supervision" }, input: $i) { id } }', { i: { channel: 'WEBHOOK', address: hook.url, format: 'GENERIC', secret: 's', label: '市场监管局工作群' } });
  await admin.gql('mutation($i: ContactInput!) { addContact(owner: { departmentCode: "finance" }, input: $i) { id } }', { i: { channel: 'EMAIL', address: 'office@finance.test', label: '办公室邮箱' } });
  await app.server.reminders!.sweepNow();
  await leader.gql('mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }', { i: { planCode: 'boshan-ip-2022-2025', measureCode: 'P1.1', departmentCode: 'finance', level: 'CHASE', text: '请说明专项资金落实进度', dueOn: '2025-10-20' } });
  await leader.gql('mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }', { i: { planCode: 'boshan-ip-2022-2025', subject: 'MEASURE', measureCode: 'P1.3', text: '请各单位加强协同，月底前拿出方案' } });
  clock.set('2025-10-20T09:00:00+08:00');
  await app.server.reminders!.sweepNow();
  await app.server.sender!.drain();
  const base = app.url.replace(/\/graphql$/, '');
  const browser = await launchBrowser();
  for (const [user, path] of [['leader', '/plans/boshan-ip-2022-2025'], ['market-supervision', null], ['finance', null], ['yucheng-town', null], ['admin', '/admin/deliveries']] as const) {
    const { page, context, errors } = await signIn(browser, base, user);
    if (path) await page.goto(path);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/shots-me/${user}-1.png` });
    const bell = page.locator('.message-bell, [aria-label*="消息"]').first();
    if (await bell.count()) { await bell.click(); await page.waitForTimeout(1500); await page.screenshot({ path: `/tmp/shots-me/${user}-2-bell.png` }); }
    console.log(user, 'errors', errors);
    await context.close();
  }
  await browser.close();
  await app.close();
  await hook.close();
}, 300_000);
