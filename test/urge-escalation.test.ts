import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';
import { until } from './kit/wait';

const PLAN = 'boshan-ip-2022-2025';
const NOTICE = 'id state level issuedLevel dueOn agreedDueOn overdue escalations escalatedAt version';
const EXTENSION =
  'id state reason requestedDueOn previousDueOn decisionNote requestedBy { username } decidedBy { username }';
const ISSUE = `mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { ${NOTICE} } }`;
const REQUEST = `mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { ${EXTENSION} } }`;
const APPROVE = `mutation($id: ID!, $note: String) { approveExtension(id: $id, note: $note) { ${EXTENSION} } }`;
const REFUSE = `mutation($id: ID!, $reason: String!) { refuseExtension(id: $id, reason: $reason) { ${EXTENSION} } }`;
const ESCALATIONS = /* GraphQL */ `
  subscription($plan: String!) {
    planEvents(planCode: $plan, filter: { types: [URGE_NOTICE_ESCALATED] }) {
      type actor { username } department { code } escalationReason urgeNotice { id level dueOn escalations }
    }
  }
`;

interface Notice {
  id: string;
  state: string;
  level: string;
  issuedLevel: string;
  dueOn: string;
  overdue: boolean;
  escalations: number;
  version: number;
}
interface Extension {
  id: string;
  state: string;
  requestedDueOn: string;
  decisionNote: string | null;
}
interface Escalated {
  planEvents: {
    type: string;
    actor: null;
    department: { code: string };
    escalationReason: string;
    urgeNotice: { id: string; level: string; dueOn: string; escalations: number };
  };
}

const clock = new ManualClock('2025-12-08T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let finance: ApiClient;
let market: ApiClient;
let noticeId = '';

async function call<T>(client: ApiClient, query: string, field: string, variables: Record<string, unknown>) {
  const result = await client.gql<Record<string, T>>(query, variables);
  return { value: result.data?.[field] ?? null, error: result.errors?.[0]?.extensions ?? null };
}

async function readNotice(): Promise<Notice & { extensionRequests: Extension[]; pendingExtension: Extension | null }> {
  const result = await leader.gql<{
    department: { urgeNotices: (Notice & { extensionRequests: Extension[]; pendingExtension: Extension | null })[] };
  }>(
    `{ department(code: "finance") { urgeNotices(planCode: "${PLAN}") {
        ${NOTICE} extensionRequests { ${EXTENSION} } pendingExtension { id } } } }`,
  );
  const found = result.data?.department.urgeNotices.find((n) => n.id === noticeId);
  if (!found) throw new Error(`notice ${noticeId} not listed: ${JSON.stringify(result.errors)}`);
  return found;
}

const sweep = () => app.server.supervisor!.sweepNow();

async function count(table: 'extension_requests' | 'events'): Promise<number> {
  const [row] = await sqlRows<{ n: string }>(app.database.db, sql`select count(*) as n from ${sql.identifier(table)}`);
  return Number(row?.n);
}

/** Subscribes to escalations and resolves once the subscription is live; `next` is the first one to arrive. */
async function nextEscalation(): Promise<{ next: Promise<GraphQLResponse<Escalated>> }> {
  const before = app.server.stats().streamSubscribers;
  const next = leader.ws<Escalated>(ESCALATIONS, { plan: PLAN });
  await until(() => app.server.stats().streamSubscribers > before, {
    timeout: 10_000,
    message: 'the server never registered the escalation subscription on its event stream',
  });
  expect(app.server.stats().streamSubscribers).toBeGreaterThan(before);
  return { next };
}

beforeAll(async () => {
  // The supervisor's own timer is set far out: the story sweeps by hand, at the days it chooses.
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  leader = await app.as('leader');
  finance = await app.as('finance');
  market = await app.as('market-supervision');
  const { value, error } = await call<Notice>(leader, ISSUE, 'issueUrgeNotice', {
    i: {
      planCode: PLAN,
      measureCode: 'P1.1',
      departmentCode: 'finance',
      level: 'REMIND',
      text: '请于 12 月 10 日前报送 11 月进度',
      dueOn: '2025-12-10',
    },
  });
  expect(error).toBeNull();
  noticeId = value!.id;
  await sweep();
});
afterAll(() => app.close());

describe('an unanswered notice escalates by level as its reply dates pass', () => {
  it('stays a reminder on its reply date', async () => {
    clock.set('2025-12-10T18:00:00+08:00');
    await sweep();
    expect(await readNotice()).toMatchObject({ level: 'REMIND', escalations: 0, overdue: false, dueOn: '2025-12-10' });
  });

  it('rises to 催办 the next day, with three more working days, live and with its reason', async () => {
    clock.set('2025-12-11T00:05:00+08:00');
    const { next } = await nextEscalation();
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    const event = (await next).data!.planEvents;
    expect(event).toMatchObject({
      type: 'URGE_NOTICE_ESCALATED',
      actor: null,
      department: { code: 'finance' },
      urgeNotice: { id: noticeId, level: 'CHASE', dueOn: '2025-12-16', escalations: 1 },
    });
    expect(event.escalationReason).toBe(
      '反馈期限 2025-12-10 已过 1 个工作日仍未反馈，由「提醒」升级为「催办」，限 2025-12-16 前反馈',
    );
    // The reply date agreed stays what it was: the department missed it.
    expect(await readNotice()).toMatchObject({
      level: 'CHASE',
      issuedLevel: 'REMIND',
      overdue: false,
      version: 2,
      agreedDueOn: '2025-12-10',
    });
  });

  it('does not rise twice for the same lapse', async () => {
    await sweep();
    expect(await readNotice()).toMatchObject({ level: 'CHASE', escalations: 1 });
  });
});

describe('a department asks for more time', () => {
  it('is refused bad requests with the field and the reason, and nothing is written', async () => {
    const requests = await count('extension_requests');
    const events = await count('events');
    const ask = (overrides: Record<string, unknown>) => ({
      urgeNoticeId: noticeId,
      dueOn: '2025-12-31',
      reason: '需与区财政局会商资金安排',
      ...overrides,
    });
    expect((await call(finance, REQUEST, 'requestExtension', { i: ask({ dueOn: '2025-12-16' }) })).error).toMatchObject(
      {
        code: 'BAD_USER_INPUT',
        field: 'input.dueOn',
        reason: '申请的反馈期限须晚于现有期限 2025-12-16',
      },
    );
    expect((await call(finance, REQUEST, 'requestExtension', { i: ask({ reason: '   ' }) })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    expect((await call(market, REQUEST, 'requestExtension', { i: ask({}) })).error).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'OTHER_DEPARTMENT',
    });
    expect((await call(leader, REQUEST, 'requestExtension', { i: ask({}) })).error).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await call(finance, REQUEST, 'requestExtension', { i: ask({ urgeNoticeId: '999999' }) })).error,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.urgeNoticeId' });
    expect(await count('extension_requests')).toBe(requests);
    expect(await count('events')).toBe(events);
  });

  let first = '';
  it('asks once; a second request while one is pending is a conflict', async () => {
    const { value, error } = await call<Extension>(finance, REQUEST, 'requestExtension', {
      i: { urgeNoticeId: noticeId, dueOn: '2025-12-31', reason: '需与区财政局会商资金安排' },
    });
    expect(error).toBeNull();
    expect(value).toMatchObject({ state: 'PENDING', requestedDueOn: '2025-12-31', previousDueOn: '2025-12-16' });
    first = value!.id;
    expect(
      (
        await call(finance, REQUEST, 'requestExtension', {
          i: { urgeNoticeId: noticeId, dueOn: '2026-01-10', reason: '再申请' },
        })
      ).error,
    ).toMatchObject({ code: 'CONFLICT', detail: 'EXTENSION_PENDING' });
    expect((await readNotice()).pendingExtension).toEqual({ id: first });
  });

  it('does not escalate while the office has not decided', async () => {
    clock.set('2025-12-17T09:00:00+08:00');
    await sweep();
    expect(await readNotice()).toMatchObject({ level: 'CHASE', escalations: 1, overdue: true });
  });

  it('is refused with a reason by the office only; the next tick then escalates it to 督办', async () => {
    expect((await call(finance, REFUSE, 'refuseExtension', { id: first, reason: '自己批' })).error).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await call(leader, REFUSE, 'refuseExtension', { id: first, reason: ' ' })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const { value } = await call<Extension>(leader, REFUSE, 'refuseExtension', {
      id: first,
      reason: '年底前须完成，不予延期',
    });
    expect(value).toMatchObject({ state: 'REFUSED', decisionNote: '年底前须完成，不予延期' });
    // Same day as the last sweep: the refusal in the log is what makes the tick sweep.
    expect(await app.server.supervisor!.tick()).toBeGreaterThanOrEqual(1);
    expect(await readNotice()).toMatchObject({
      level: 'SUPERVISE',
      issuedLevel: 'REMIND',
      escalations: 2,
      dueOn: '2025-12-22',
      overdue: false,
    });
    expect(await app.server.supervisor!.tick()).toBe(0);
  });

  it('stays at 督办, overdue, once that date passes too', async () => {
    clock.set('2025-12-23T09:00:00+08:00');
    await sweep();
    expect(await readNotice()).toMatchObject({ level: 'SUPERVISE', escalations: 2, overdue: true });
  });

  it('asks again and is approved: the reply date moves and the notice is no longer overdue', async () => {
    const { value: asked } = await call<Extension>(finance, REQUEST, 'requestExtension', {
      i: { urgeNoticeId: noticeId, dueOn: '2025-12-31', reason: '资金已落实，需一周完成拨付' },
    });
    const { value, error } = await call<Extension>(leader, APPROVE, 'approveExtension', { id: asked!.id, note: null });
    expect(error).toBeNull();
    expect(value).toMatchObject({ state: 'APPROVED' });
    expect((await call(leader, APPROVE, 'approveExtension', { id: asked!.id })).error).toMatchObject({
      code: 'CONFLICT',
      detail: 'ILLEGAL_TRANSITION',
    });
    const notice = await readNotice();
    expect(notice).toMatchObject({
      dueOn: '2025-12-31',
      agreedDueOn: '2025-12-31',
      overdue: false,
      pendingExtension: null,
    });
    expect(notice.extensionRequests.map((r) => [r.state, r.requestedDueOn])).toEqual([
      ['REFUSED', '2025-12-31'],
      ['APPROVED', '2025-12-31'],
    ]);
  });

  it('lets a pending request lapse when the department replies, and refuses a decision on it then', async () => {
    const { value: asked } = await call<Extension>(finance, REQUEST, 'requestExtension', {
      i: { urgeNoticeId: noticeId, dueOn: '2026-01-15', reason: '年底结算，需再延两周' },
    });
    expect(asked).toMatchObject({ state: 'PENDING' });
    const signed = await finance.gql('mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { state } }', {
      id: noticeId,
    });
    expect(signed.errors).toBeUndefined();
    const replied = await finance.gql(
      'mutation($id: ID!) { respondToUrgeNotice(id: $id, response: "已完成资金拨付并报送") { state } }',
      { id: noticeId },
    );
    expect(replied.errors).toBeUndefined();
    const notice = await readNotice();
    expect(notice.pendingExtension).toBeNull();
    expect(notice.extensionRequests.at(-1)).toMatchObject({
      id: asked!.id,
      state: 'WITHDRAWN',
      decisionNote: '督办单已反馈，延期申请自动撤销',
    });
    expect((await call(leader, APPROVE, 'approveExtension', { id: asked!.id })).error).toMatchObject({
      code: 'CONFLICT',
      detail: 'ILLEGAL_TRANSITION',
    });
  });

  it('leaves every step in the event log, with the system as the actor of escalations', async () => {
    const rows = await sqlRows<{ type: string; actor: number | null }>(
      app.database.db,
      sql`select type, actor_user_id as actor from events where payload->>'urgeNoticeId' = ${noticeId} order by id`,
    );
    expect(rows.map((row) => row.type)).toEqual([
      'URGE_NOTICE_ISSUED',
      'URGE_NOTICE_ESCALATED',
      'EXTENSION_REQUESTED',
      'EXTENSION_REFUSED',
      'URGE_NOTICE_ESCALATED',
      'EXTENSION_REQUESTED',
      'EXTENSION_APPROVED',
      'EXTENSION_REQUESTED',
      'URGE_NOTICE_ACKNOWLEDGED',
      'URGE_NOTICE_RESPONDED',
    ]);
    expect(rows.filter((row) => row.type === 'URGE_NOTICE_ESCALATED').every((row) => row.actor === null)).toBe(true);
  });
});
