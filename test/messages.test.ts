import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type DubanServer } from '../server/src/app/create-server';
import { ChannelSet } from '../server/src/modules/message';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { type LiveSubscription, subscribeLive } from './kit/live';
import { type SmtpPeer, startSmtpPeer, startWebhookPeer, type WebhookPeer } from './kit/peers';
import { sqlRows } from './kit/sql';
import { until } from './kit/wait';

const PLAN = 'boshan-ip-2022-2025';
const PUBLIC = 'http://duban.intranet:4000';
const SECRET = 'finance-robot-secret';
const ISSUE = 'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }';
const MESSAGES = '{ myMessages(first: 50) { unreadCount items { id kind title body link readAt } } }';

interface MessageItem {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  readAt: string | null;
}

// Monday 8 December 2025, 09:00 in Beijing: a working morning.
const clock = new ManualClock('2025-12-08T09:00:00+08:00');
let app: TestApp;
let smtp: SmtpPeer;
let hook: WebhookPeer;
let leader: ApiClient;
let admin: ApiClient;
let finance: ApiClient;
let market: ApiClient;

const send = () => app.server.sender!.drain();

async function myMessages(client: ApiClient): Promise<{ unreadCount: number; items: MessageItem[] }> {
  const result = await client.gql<{ myMessages: { unreadCount: number; items: MessageItem[] } }>(MESSAGES);
  expect(result.errors).toBeUndefined();
  return result.data!.myMessages;
}

async function issueNotice(measureCode: string, text: string, dueOn = '2025-12-19'): Promise<string> {
  const result = await leader.gql<{ issueUrgeNotice: { id: string } }>(ISSUE, {
    i: { planCode: PLAN, measureCode, departmentCode: 'finance', level: 'SUPERVISE', text, dueOn },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.issueUrgeNotice.id;
}

async function deliveries() {
  return sqlRows<{ id: number; channel: string; state: string; attempts: number; last_error: string | null }>(
    app.database.db,
    sql`select id, channel, state, attempts, last_error from deliveries order by id`,
  );
}

beforeAll(async () => {
  smtp = await startSmtpPeer();
  hook = await startWebhookPeer(SECRET);
  app = await startTestApp({
    clock,
    // The sweeps run when the test says (sweepNow), not on their own hourly tick.
    superviseEveryMs: 3_600_000,
    messages: {
      channels: ChannelSet.fromSettings({ smtpUrl: smtp.url, mailFrom: '督办平台 <duban@duban.test>' }),
      publicUrl: () => PUBLIC,
      // The test sends when it says (drain): the sender's own tick stays out of the way.
      sendEveryMs: 3_600_000,
    },
  });
  [leader, admin, finance, market] = await Promise.all([
    app.as('leader'),
    app.as('admin'),
    app.as('finance'),
    app.as('market-supervision'),
  ]);
  // The finance clerk's own e-mail, and the finance bureau's work-group robot (set by the office).
  const own = await finance.gql(
    'mutation { addContact(input: { channel: EMAIL, address: "clerk@finance.test" }) { id } }',
  );
  expect(own.errors).toBeUndefined();
  const robot = await admin.gql(
    `mutation($i: ContactInput!) { addContact(owner: { departmentCode: "finance" }, input: $i) { id hasSecret } }`,
    { i: { channel: 'WEBHOOK', address: hook.url, format: 'GENERIC', secret: SECRET, label: '财政局工作群' } },
  );
  expect(robot.errors).toBeUndefined();
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
  await hook?.close();
});

describe('an urging notice reaches the department where its people are', () => {
  type Bell = LiveSubscription<{
    messageEvents: { unreadCount: number; latest: MessageItem | null; readIds?: number[] };
  }>;
  let bell: Bell;
  let marketBell: Bell;

  it('rings the clerk’s 消息 bell live, with a link into the desk', async () => {
    bell = await subscribeLive({
      server: app.server,
      wsUrl: app.wsUrl,
      token: finance.token,
      query: 'subscription { messageEvents { unreadCount latest { id kind title link } readIds } }',
    });
    marketBell = await subscribeLive({
      server: app.server,
      wsUrl: app.wsUrl,
      token: market.token,
      query: 'subscription { messageEvents { unreadCount latest { id kind title link } } }',
    });
    await bell.until(1);
    expect(bell.received[0]?.messageEvents.unreadCount).toBe(0);
    const id = await issueNotice('P1.1', '专项资金落实情况请于 12 月 19 日前书面反馈');
    await bell.untilSome((r) => r.messageEvents.unreadCount === 1, 'the bell never rang for the notice');
    const { unreadCount, items } = await myMessages(finance);
    expect(unreadCount).toBe(1);
    expect(items[0]).toMatchObject({ kind: 'URGE_NOTICE', link: `/plans/${PLAN}/desk?notice=${id}`, readAt: null });
    expect(items[0]?.title).toContain('督办');
    expect(items[0]?.body).toContain('专项资金落实情况');
  });

  it('goes by e-mail to the clerk and, signed, to the department’s group robot: once each', async () => {
    await send();
    await until(() => smtp.mails.length === 1 && hook.received.length === 1, {
      message: 'the e-mail and the robot message did not both arrive',
    });
    const mail = smtp.mails[0]!;
    expect(mail.subject).toContain('督办');
    expect(mail.text).toContain(`${PUBLIC}/plans/${PLAN}/desk?notice=`);
    expect(mail.html).toContain('专项资金落实情况');
    expect(hook.received[0]?.signed).toBe(true);
    expect(String(hook.received[0]?.body.link)).toContain(`${PUBLIC}/plans/${PLAN}/desk?notice=`);
    // Sending again sends nothing: each delivery went once.
    await send();
    expect(smtp.mails).toHaveLength(1);
    expect(hook.received).toHaveLength(1);
    expect((await deliveries()).map((d) => d.state)).toEqual(['SENT', 'SENT']);
  });

  it('is read by its reader only: another department neither sees it nor can mark it read', async () => {
    const [message] = (await myMessages(finance)).items;
    expect((await myMessages(market)).items).toEqual([]);
    const marked = await market.gql<{ markMessagesRead: number }>(
      'mutation($ids: [Int!]) { markMessagesRead(ids: $ids) }',
      {
        ids: [message!.id],
      },
    );
    expect(marked.errors).toBeUndefined();
    expect((await myMessages(finance)).unreadCount).toBe(1);
    const read = await finance.gql<{ markMessagesRead: number }>(
      'mutation($ids: [Int!]) { markMessagesRead(ids: $ids) }',
      {
        ids: [message!.id],
      },
    );
    expect(read.data?.markMessagesRead).toBe(0);
    // The clerk's bell in another tab hears it read; the other department's attempt told it nothing.
    await bell.untilSome(
      (r) => r.messageEvents.unreadCount === 0 && (r.messageEvents.readIds ?? []).includes(message!.id),
      'the clerk’s other bell never heard the message read',
    );
    expect(bell.received.map((r) => r.messageEvents.unreadCount)).toEqual([0, 1, 0]);
    // Over the socket too: the market clerk's bell counts its own notice, never the finance bureau's.
    const own = await leader.gql<{ issueUrgeNotice: { id: string } }>(ISSUE, {
      i: {
        planCode: PLAN,
        measureCode: 'P1.1',
        departmentCode: 'market-supervision',
        level: 'REMIND',
        text: '请核实商标品牌培育数据',
        dueOn: '2025-12-19',
      },
    });
    expect(own.errors).toBeUndefined();
    await marketBell.untilSome(
      (r) => r.messageEvents.latest?.link.endsWith(`notice=${own.data!.issueUrgeNotice.id}`) ?? false,
      'the market clerk’s bell never rang for its own notice',
    );
    expect(marketBell.received.map((r) => r.messageEvents.unreadCount)).toEqual([0, 1]);
    await Promise.all([bell.close(), marketBell.close()]);
  });

  it('cannot be turned off, and bad contacts are refused with the field and a reason', async () => {
    const muted = await finance.gql('mutation { setMessagePreferences(mutedKinds: [URGE_NOTICE]) { mutedKinds } }');
    expect(muted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mutedKinds' });
    const email = await finance.gql(
      'mutation { addContact(input: { channel: EMAIL, address: "not an address" }) { id } }',
    );
    expect(email.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.address' });
    const url = await finance.gql(
      'mutation { addContact(input: { channel: WEBHOOK, address: "file:///etc/passwd", format: WECOM }) { id } }',
    );
    expect(url.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.address' });
    const unsigned = await finance.gql(
      `mutation { addContact(input: { channel: WEBHOOK, address: "${hook.url}", format: GENERIC }) { id } }`,
    );
    expect(unsigned.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.secret' });
    // Another person's contacts are the office's to see.
    const others = await finance.gql('{ contacts(owner: { username: "market-supervision" }) { id } }');
    expect(others.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a returned report and a leader’s instruction reach the department concerned', () => {
  it('tells the market clerk of its report returned for revision, with the reason, and of the instruction on it', async () => {
    clock.set('2025-12-09T10:00:00+08:00');
    const posted = await market.gql<{ submitProgressReport: { id: string; version: number } }>(
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id version } }',
      {
        i: {
          planCode: PLAN,
          measureCode: 'P1.1',
          departmentCode: 'market-supervision',
          period: '2025-11',
          status: 'ON_TRACK',
          percentComplete: 80,
          summary: '商标品牌培育按计划推进',
        },
      },
    );
    expect(posted.errors).toBeUndefined();
    const report = posted.data!.submitProgressReport;
    const returned = await leader.gql(
      'mutation($id: ID!, $v: Int!) { returnProgressReportForRevision(id: $id, version: $v, reason: "请补充佐证材料") { id } }',
      { id: report.id, v: report.version },
    );
    expect(returned.errors).toBeUndefined();
    const instructed = await leader.gql('mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }', {
      i: { planCode: PLAN, subject: 'REPORT', reportId: report.id, text: '要把品牌培育成效讲清楚' },
    });
    expect(instructed.errors).toBeUndefined();
    const { items } = await myMessages(market);
    const back = items.find((m) => m.kind === 'REPORT_RETURNED');
    expect(back?.body).toContain('请补充佐证材料');
    expect(back?.link).toBe(`/plans/${PLAN}/desk?measure=P1.1`);
    const told = items.find((m) => m.kind === 'INSTRUCTION');
    expect(told?.body).toContain('要把品牌培育成效讲清楚');
    // An instruction on a measure goes to every unit it assigns, as the desk shows them: P1.3 takes its project's.
    const onMeasure = await leader.gql<{ issueInstruction: { id: string } }>(
      'mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }',
      { i: { planCode: PLAN, subject: 'MEASURE', measureCode: 'P1.3', text: '请各单位加强协同' } },
    );
    expect(onMeasure.errors).toBeUndefined();
    const plan = await leader.gql<{
      plan: { measures: { code: string; assignments: { department: { code: string } }[] }[] };
    }>(`{ plan(code: "${PLAN}") { measures { code assignments { department { code } } } } }`);
    const units = plan.data!.plan.measures.find((m) => m.code === 'P1.3')!.assignments.map((a) => a.department.code);
    expect(units.length).toBeGreaterThan(0);
    const addressed = await sqlRows<{ code: string }>(
      app.database.db,
      sql`select distinct d.code from messages m join departments d on d.id = m.department_id
        where m.kind = 'INSTRUCTION' and (m.facts->>'instructionId')::integer = ${Number(onMeasure.data!.issueInstruction.id)}
        order by d.code`,
    );
    expect(addressed.map((t) => t.code)).toEqual([...units].sort());
    // The finance bureau, a participant in P1.1, is told of neither the return nor the instruction on the report.
    const financeBodies = (await myMessages(finance)).items.map((m) => m.body);
    expect(financeBodies.some((b) => b.includes('请补充佐证材料') || b.includes('要把品牌培育成效讲清楚'))).toBe(false);
    // What they queued goes out now, on a Tuesday morning.
    await send();
    expect((await deliveries()).filter((d) => d.state !== 'SENT')).toEqual([]);
  });
});

describe('sending keeps office hours and tries again', () => {
  it('holds what is queued on a Friday night until Monday 08:30', async () => {
    clock.set('2025-12-12T21:30:00+08:00');
    await issueNotice('P1.1', '请周一上班后反馈整改方案', '2025-12-22');
    const sent = smtp.mails.length;
    await send();
    expect(smtp.mails).toHaveLength(sent);
    const log = await admin.gql<{ deliveryLog: { quietUntil: string | null; items: { state: string }[] } }>(
      '{ deliveryLog(first: 2, filter: { state: PENDING }) { quietUntil items { state } } }',
    );
    expect(log.data?.deliveryLog.items).toHaveLength(2);
    expect(new Date(log.data!.deliveryLog.quietUntil!).toISOString()).toBe(
      new Date('2025-12-15T08:30:00+08:00').toISOString(),
    );
    clock.set('2025-12-13T10:00:00+08:00');
    await send();
    expect(smtp.mails).toHaveLength(sent);
    // /metrics shows the two held deliveries, the oldest waiting since Friday 21:30: 12.5 hours.
    const metrics = await (await fetch(new URL('/metrics', app.url))).text();
    const sample = (series: string) => metrics.split('\n').find((line) => line.startsWith(`${series} `));
    expect(sample('duban_message_deliveries_pending')).toBe('duban_message_deliveries_pending 2');
    expect(sample('duban_message_delivery_oldest_pending_seconds')).toBe(
      `duban_message_delivery_oldest_pending_seconds ${12.5 * 3600}`,
    );
    clock.set('2025-12-15T08:31:00+08:00');
    await send();
    await until(() => smtp.mails.length === sent + 1, { message: 'Monday morning’s e-mail did not go out' });
  });

  it('retries a failing robot with backoff, and delivers on the third attempt', async () => {
    clock.set('2025-12-15T10:00:00+08:00');
    hook.failNext(2);
    const received = hook.received.length;
    await issueNotice('P1.2', '请补充佐证材料', '2025-12-24');
    await send();
    const robot = async () => (await deliveries()).filter((d) => d.channel === 'WEBHOOK').at(-1)!;
    expect(await robot()).toMatchObject({ state: 'PENDING', attempts: 1, last_error: '对方返回 500' });
    // Not before its backoff.
    await send();
    expect((await robot()).attempts).toBe(1);
    clock.set('2025-12-15T10:01:00+08:00');
    await send();
    expect(await robot()).toMatchObject({ state: 'PENDING', attempts: 2 });
    clock.set('2025-12-15T10:10:00+08:00');
    await send();
    expect(await robot()).toMatchObject({ state: 'SENT', attempts: 3 });
    expect(hook.received).toHaveLength(received + 1);
    expect(hook.attempts).toBeGreaterThanOrEqual(3);
  });
});

describe('reporting reminders follow the working calendar', () => {
  it('arrive before, on and after a deadline across National Day and its 调休, once each', async () => {
    // September 2025's report is due on its fifth working day after the month: Tuesday 14 October (1–8 October are
    // the National Day holiday; Saturday 11 October is worked). Walk the days, sweeping twice on each.
    const days: string[] = [];
    for (let d = new Date('2025-09-26T09:00:00+08:00'); d <= new Date('2025-10-20T09:00:00+08:00'); ) {
      clock.set(d);
      const first = await app.server.reminders!.sweepNow();
      const again = await app.server.reminders!.sweepNow();
      expect(again, `a second sweep on ${d.toISOString()} queued again`).toBe(0);
      if (first > 0) days.push(new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
      d = new Date(d.getTime() + 86_400_000);
    }
    const rows = await sqlRows<{ step: string; day: string; n: number }>(
      app.database.db,
      sql`select facts->>'step' as step, to_char(m.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day,
          count(*)::integer as n
        from messages m join users u on u.id = m.user_id
        where m.kind = 'REPORT_DUE' and u.username = 'market-supervision' and facts->>'period' = '2025-09'
        group by 1, 2 order by 2`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const byStep = new Map<string, Set<string>>();
    for (const row of rows) byStep.set(row.step, new Set([...(byStep.get(row.step) ?? []), row.day]));
    // Three working days before: Friday the 10th (the 调休 Saturday and Monday follow). Then the day, then the day after.
    expect([...(byStep.get('BEFORE') ?? [])]).toEqual(['2025-10-10']);
    expect([...(byStep.get('ON_DAY') ?? [])]).toEqual(['2025-10-14']);
    expect([...(byStep.get('MISSED') ?? [])]).toEqual(['2025-10-15']);
    // One reminder a step for the department, naming every measure it leads that owes the month's report.
    const [missed] = await sqlRows<{ n: number }>(
      app.database.db,
      sql`select jsonb_array_length(m.facts->'measureIds')::integer as n
        from messages m join users u on u.id = m.user_id
        where m.kind = 'REPORT_DUE' and u.username = 'market-supervision' and m.facts->>'period' = '2025-09'
          and m.facts->>'step' = 'MISSED'`,
    );
    expect(missed?.n).toBeGreaterThan(1);
    const reminder = (await myMessages(market)).items.find((m) => m.title.startsWith(`逾期提醒｜${missed?.n}项措施`));
    expect(reminder?.link).toBe(`/plans/${PLAN}/desk`);
    // Nothing was sent on the holiday or on the Sunday.
    for (const day of days) expect(['2025-10-01', '2025-10-05', '2025-10-08', '2025-10-12']).not.toContain(day);
    // Leaders get the weekly digest on the first working weekday of each week: Monday, but Thursday 9 October after
    // the holiday (the 调休 Sunday before it does not count), once each.
    const digests = await sqlRows<{ day: string; week: string }>(
      app.database.db,
      sql`select to_char(m.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, m.facts->>'week' as week
        from messages m join users u on u.id = m.user_id
        where m.kind = 'WEEKLY_DIGEST' and u.username = 'leader' order by m.id`,
    );
    expect(digests.map((d) => d.day)).toEqual(['2025-09-29', '2025-10-09', '2025-10-13', '2025-10-20']);
    const [digest] = (await myMessages(leader)).items.filter((m) => m.kind === 'WEEKLY_DIGEST');
    expect(digest?.title).toContain('简报');
    expect(digest?.link).toBe(`/plans/${PLAN}/meeting`);
    // Once per person, duty and step.
    const dupes = await sqlRows<{ n: number }>(
      app.database.db,
      sql`select count(*)::integer as n from messages where kind = 'REPORT_DUE'
        group by user_id, department_id, facts->>'measureId', facts->>'period', facts->>'step' having count(*) > 1`,
    );
    expect(dupes).toEqual([]);
  });
});

describe('two server processes on one database', () => {
  let second: DubanServer;

  beforeAll(async () => {
    second = await createServer({
      db: app.database.db,
      listen: app.database.listen,
      settings: app.settings,
      clock,
      superviseEveryMs: 3_600_000,
      messages: {
        channels: ChannelSet.fromSettings({ smtpUrl: smtp.url, mailFrom: '督办平台 <duban@duban.test>' }),
        publicUrl: () => PUBLIC,
        sendEveryMs: 3_600_000,
      },
    });
    // The market bureau leads the measures: its clerk's e-mail boxes and the robots of its ten work groups, so that
    // one reminder makes many deliveries for the two senders to share.
    for (let n = 1; n <= 10; n++) {
      const own = await market.gql(
        'mutation($a: String!) { addContact(input: { channel: EMAIL, address: $a }) { id } }',
        {
          a: `clerk${n}@market.test`,
        },
      );
      expect(own.errors).toBeUndefined();
      const robot = await admin.gql(
        'mutation($i: ContactInput!) { addContact(owner: { departmentCode: "market-supervision" }, input: $i) { id } }',
        { i: { channel: 'WEBHOOK', address: hook.url, format: 'GENERIC', secret: SECRET, label: `工作群${n}` } },
      );
      expect(robot.errors).toBeUndefined();
    }
  });
  afterAll(() => second?.close());

  it('sweep together and queue each reminder once, and send together and deliver each once', async () => {
    // November 2025's report is due on Friday 5 December; the first working day after is Monday the 8th.
    clock.set('2025-12-08T09:00:00+08:00');
    const before = (await deliveries()).length;
    const [a, b] = await Promise.all([app.server.reminders!.sweepNow(), second.reminders!.sweepNow()]);
    expect(a + b).toBeGreaterThan(0);
    const dupes = await sqlRows<{ n: number }>(
      app.database.db,
      sql`select count(*)::integer as n from messages group by dedup_key having count(*) > 1`,
    );
    expect(dupes).toEqual([]);
    // The market clerk's e-mail and the market bureau's robot receive them: many deliveries, sent by both.
    const queued = await sqlRows<{ n: number }>(
      app.database.db,
      sql`select count(*)::integer as n from deliveries where state = 'PENDING'`,
    );
    expect(queued[0]?.n).toBeGreaterThan(10);
    const mails = smtp.mails.length;
    const hooks = hook.received.length;
    await Promise.all([send(), second.sender!.drain()]);
    const after = await deliveries();
    const sent = after.slice(before).filter((d) => d.state === 'SENT');
    expect(after.slice(before).every((d) => d.state === 'SENT')).toBe(true);
    const mailIds = smtp.mails.slice(mails).map((m) => m.messageId);
    expect(new Set(mailIds).size).toBe(mailIds.length);
    const hookIds = hook.received.slice(hooks).map((h) => h.delivery);
    expect(new Set(hookIds).size).toBe(hookIds.length);
    expect(mailIds.length + hookIds.length).toBe(sent.length);
  });
});
