import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

const PLAN = 'boshan-ip-2022-2025';
const FIELDS =
  'id state level text dueOn overdue version issuedAt acknowledgedAt respondedAt response returnedAt returnReason closedAt measure { code } department { code } issuedBy { username }';
const ISSUE = `mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { ${FIELDS} } }`;
const ACK = `mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { ${FIELDS} } }`;
const RESPOND = `mutation($id: ID!, $r: String!) { respondToUrgeNotice(id: $id, response: $r) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeUrgeNotice(id: $id) { ${FIELDS} } }`;
const RETURN = `mutation($id: ID!, $r: String!) { returnUrgeNoticeForRevision(id: $id, reason: $r) { ${FIELDS} } }`;

interface Notice {
  id: string;
  state: string;
  overdue: boolean;
  version: number;
  acknowledgedAt: string | null;
  respondedAt: string | null;
  response: string | null;
  returnReason: string | null;
  closedAt: string | null;
}

const clock = new ManualClock('2025-12-08T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let finance: ApiClient;
let office: ApiClient;

const notice = (overrides: Record<string, unknown> = {}) => ({
  planCode: PLAN,
  measureCode: 'P1.1',
  departmentCode: 'finance',
  level: 'SUPERVISE',
  text: '2025-11 进度报告逾期，请于 12 月 10 日前报送并说明原因',
  dueOn: '2025-12-10',
  ...overrides,
});

async function act<T extends string>(client: ApiClient, query: string, field: T, variables: Record<string, unknown>) {
  const result = await client.gql<Record<T, Notice>>(query, variables);
  return { notice: result.data?.[field] ?? null, error: result.errors?.[0]?.extensions ?? null };
}

const eventTypes = async (id: string) =>
  (
    await sqlRows<{ type: string }>(
      app.database.db,
      sql`select type from events where payload->>'urgeNoticeId' = ${id} order by id`,
    )
  ).map((row) => row.type);

beforeAll(async () => {
  app = await startTestApp({ clock });
  leader = await app.as('leader');
  finance = await app.as('finance');
  office = await app.as('market-supervision');
});
afterAll(() => app.close());

describe('an urging notice, from issue to close', () => {
  let id = '';

  it('is issued by a leader to a department on a measure', async () => {
    const { notice: issued, error } = await act(leader, ISSUE, 'issueUrgeNotice', { i: notice() });
    expect(error).toBeNull();
    expect(issued).toMatchObject({
      state: 'ISSUED',
      level: 'SUPERVISE',
      overdue: false,
      version: 1,
      acknowledgedAt: null,
    });
    id = issued!.id;
  });

  it('is signed for by the department, and no other', async () => {
    expect((await act(office, ACK, 'acknowledgeUrgeNotice', { id })).error).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'OTHER_DEPARTMENT',
    });
    clock.set('2025-12-09T10:00:00+08:00');
    const { notice: signed } = await act(finance, ACK, 'acknowledgeUrgeNotice', { id });
    expect(signed).toMatchObject({ state: 'ACKNOWLEDGED', version: 2, acknowledgedAt: '2025-12-09T02:00:00.000Z' });
  });

  it('cannot be signed twice, nor closed before a reply', async () => {
    expect((await act(finance, ACK, 'acknowledgeUrgeNotice', { id })).error).toMatchObject({
      code: 'CONFLICT',
      detail: 'ILLEGAL_TRANSITION',
    });
    const { error } = await act(leader, CLOSE, 'closeUrgeNotice', { id });
    expect(error).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION' });
    expect(error?.reason).toBe('督办单当前状态为「已签收」，不能办结（须为「已反馈」）');
  });

  it('is replied to, returned for revision with a reason, replied to again and closed', async () => {
    const { notice: replied } = await act(finance, RESPOND, 'respondToUrgeNotice', { id, r: '已报送 11 月进度' });
    expect(replied).toMatchObject({ state: 'RESPONDED', response: '已报送 11 月进度' });
    const { notice: returned } = await act(leader, RETURN, 'returnUrgeNoticeForRevision', { id, r: '请说明逾期原因' });
    expect(returned).toMatchObject({ state: 'RETURNED', returnReason: '请说明逾期原因' });
    expect((await act(leader, CLOSE, 'closeUrgeNotice', { id })).error).toMatchObject({ detail: 'ILLEGAL_TRANSITION' });
    const { notice: again } = await act(finance, RESPOND, 'respondToUrgeNotice', {
      id,
      r: '因资金拨付流程延误，已补报',
    });
    expect(again).toMatchObject({ state: 'RESPONDED', response: '因资金拨付流程延误，已补报' });
    const { notice: closed } = await act(leader, CLOSE, 'closeUrgeNotice', { id });
    expect(closed).toMatchObject({ state: 'CLOSED', version: 6 });
    expect(closed?.closedAt).not.toBeNull();
    for (const step of [RESPOND, RETURN]) {
      const field = step === RESPOND ? 'respondToUrgeNotice' : 'returnUrgeNoticeForRevision';
      const client = step === RESPOND ? finance : leader;
      expect((await act(client, step, field, { id, r: '再来' })).error).toMatchObject({ detail: 'ILLEGAL_TRANSITION' });
    }
  });

  it('leaves every step in the event log, in order', async () => {
    expect(await eventTypes(id)).toEqual([
      'URGE_NOTICE_ISSUED',
      'URGE_NOTICE_ACKNOWLEDGED',
      'URGE_NOTICE_RESPONDED',
      'URGE_NOTICE_RETURNED',
      'URGE_NOTICE_RESPONDED',
      'URGE_NOTICE_CLOSED',
    ]);
  });

  it('is listed on its plan, measure and department', async () => {
    const result = await leader.gql<{
      plan: {
        urgeNotices: { id: string }[];
        closed: { id: string }[];
        measures: { code: string; urgeNotices: { id: string }[] }[];
      };
      department: { urgeNotices: { id: string; state: string }[] };
    }>(`{
      plan(code: "${PLAN}") { urgeNotices { id } closed: urgeNotices(state: CLOSED) { id } measures { code urgeNotices { id } } }
      department(code: "finance") { urgeNotices(planCode: "${PLAN}") { id state } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.plan.closed.map((n) => n.id)).toEqual([id]);
    expect(result.data?.plan.measures.find((m) => m.code === 'P1.1')?.urgeNotices.map((n) => n.id)).toContain(id);
    expect(result.data?.department.urgeNotices).toContainEqual({ id, state: 'CLOSED' });
  });
});

describe('issuing a notice', () => {
  it('is overdue once its reply date passes unanswered', async () => {
    clock.set('2025-12-09T09:00:00+08:00');
    const { notice: issued } = await act(leader, ISSUE, 'issueUrgeNotice', { i: notice({ dueOn: '2025-12-09' }) });
    expect(issued?.overdue).toBe(false);
    clock.set('2025-12-10T09:00:00+08:00');
    const listed = await leader.gql<{ department: { urgeNotices: { id: string; overdue: boolean }[] } }>(
      `{ department(code: "finance") { urgeNotices(planCode: "${PLAN}") { id overdue } } }`,
    );
    expect(listed.data?.department.urgeNotices.find((n) => n.id === issued?.id)?.overdue).toBe(true);
  });

  it('refuses a department not on the measure, an empty text, a past date and an unknown notice', async () => {
    expect(
      (await act(leader, ISSUE, 'issueUrgeNotice', { i: notice({ measureCode: 'P4.1', departmentCode: 'finance' }) }))
        .error,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      detail: 'DEPARTMENT_NOT_ASSIGNED',
    });
    expect((await act(leader, ISSUE, 'issueUrgeNotice', { i: notice({ text: '  ' }) })).error).toMatchObject({
      field: 'input.text',
    });
    expect((await act(leader, ISSUE, 'issueUrgeNotice', { i: notice({ dueOn: '2025-12-01' }) })).error).toMatchObject({
      field: 'input.dueOn',
      detail: 'PAST_DUE_DATE',
    });
    expect((await act(finance, ACK, 'acknowledgeUrgeNotice', { id: '999999' })).error).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
