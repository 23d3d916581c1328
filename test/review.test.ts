import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

const PLAN = 'boshan-ip-2022-2025';
const FIELDS = `id version reviewState reviewedAt reviewNote reviewedBy { username }
  reviews { reportVersion decision note reviewedAt reviewedBy { username } }`;
const SUBMIT = `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { ${FIELDS} } }`;
const EDIT = `mutation($i: EditProgressReportInput!) { editProgressReport(input: $i) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!) { withdrawProgressReport(id: $id, version: $v) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!, $n: String) { acceptProgressReport(id: $id, version: $v, note: $n) { ${FIELDS} } }`;
const RETURN = `mutation($id: ID!, $v: Int!, $r: String!) { returnProgressReportForRevision(id: $id, version: $v, reason: $r) { ${FIELDS} } }`;

interface Report {
  id: string;
  version: number;
  reviewState: string;
  reviewedAt: string | null;
  reviewNote: string | null;
  reviewedBy: { username: string } | null;
  reviews: { reportVersion: number; decision: string; note: string | null; reviewedAt: string }[];
}

const clock = new ManualClock('2025-12-03T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let admin: ApiClient;
let finance: ApiClient;

const report = (overrides: Record<string, unknown> = {}) => ({
  planCode: PLAN,
  measureCode: 'P1.1',
  departmentCode: 'finance',
  period: '2025-11',
  status: 'ON_TRACK',
  percentComplete: 60,
  summary: '完成专项资金拨付',
  ...overrides,
});

async function act(client: ApiClient, query: string, variables: Record<string, unknown>) {
  const result = await client.gql<Record<string, Report>>(query, variables);
  return {
    report: result.data ? (Object.values(result.data)[0] ?? null) : null,
    error: result.errors?.[0]?.extensions ?? null,
  };
}

/** What a refused review must leave as it was: the report rows, the history and the log. */
async function written(): Promise<string> {
  const [row] = await sqlRows<Record<string, string>>(
    app.database.db,
    sql`select (select count(*) from events) as events,
               (select count(*) from progress_report_reviews) as reviews,
               (select md5(string_agg(id || ':' || version || review_state::text || coalesce(review_note, ''), ',' order by id)) from progress_reports) as reports`,
  );
  return JSON.stringify(row);
}

const reviewEvents = async (id: string) =>
  sqlRows<{ type: string; actor: string; before: string; after: string; department: string }>(
    app.database.db,
    sql`select e.type, u.username as actor, e.payload->'before'->>'reviewState' as before,
               e.payload->'after'->>'reviewState' as after, d.code as department
        from events e join users u on u.id = e.actor_user_id join departments d on d.id = e.department_id
        where e.payload->>'reportId' = ${id} and e.type like 'PROGRESS_REPORT_%' order by e.id`,
  );

beforeAll(async () => {
  app = await startTestApp({ clock });
  leader = await app.as('leader');
  admin = await app.as('admin');
  finance = await app.as('finance');
});
afterAll(() => app.close());

describe('the plan office reviews a report, and the department resubmits', () => {
  let id = '';

  it('a new report waits for review', async () => {
    const { report: posted, error } = await act(finance, SUBMIT, { i: report() });
    expect(error).toBeNull();
    expect(posted).toMatchObject({
      version: 1,
      reviewState: 'PENDING',
      reviewNote: null,
      reviewedBy: null,
      reviews: [],
    });
    id = posted!.id;
  });

  it('the office returns it with a reason, and the department sees why', async () => {
    clock.set('2025-12-04T10:00:00+08:00');
    const { report: returned, error } = await act(leader, RETURN, { id, v: 1, r: '未说明资金到位比例，请补充' });
    expect(error).toBeNull();
    expect(returned).toMatchObject({
      version: 2,
      reviewState: 'RETURNED',
      reviewNote: '未说明资金到位比例，请补充',
      reviewedAt: '2025-12-04T02:00:00.000Z',
      reviewedBy: { username: 'leader' },
    });
    const seen = await finance.gql<{ plan: { measures: { code: string; reports: Report[] }[] } }>(
      `query($p: String!) { plan(code: $p) { measures { code reports(first: 5) { ${FIELDS} } } } }`,
      { p: PLAN },
    );
    const mine = seen.data?.plan.measures.find((m) => m.code === 'P1.1')?.reports.find((r) => r.id === id);
    expect(mine).toMatchObject({ reviewState: 'RETURNED', reviewNote: '未说明资金到位比例，请补充' });
  });

  it('a decision on an old version, or the same decision twice, is a CONFLICT and writes nothing', async () => {
    const before = await written();
    const stale = await act(leader, ACCEPT, { id, v: 1 });
    expect(stale.error).toMatchObject({ code: 'CONFLICT', field: 'version', detail: 'STALE_VERSION' });
    const again = await act(leader, RETURN, { id, v: 2, r: '再退一次' });
    expect(again.error).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION' });
    expect(again.error?.reason).toBe('报告当前状态为「已退回修改」，须待部门修改后重新提交，不能再次退回');
    expect(await written()).toBe(before);
  });

  it('the department cannot review its own report, and a return needs a reason', async () => {
    const before = await written();
    expect((await act(finance, ACCEPT, { id, v: 2 })).error).toMatchObject({ code: 'FORBIDDEN' });
    expect((await act(finance, RETURN, { id, v: 2, r: '自己退回' })).error).toMatchObject({ code: 'FORBIDDEN' });
    expect((await act(leader, RETURN, { id, v: 2, r: '   ' })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      detail: 'REQUIRED',
    });
    expect((await act(leader, ACCEPT, { id: '999999', v: 1 })).error).toMatchObject({ code: 'NOT_FOUND' });
    expect(await written()).toBe(before);
  });

  it('the department edits it on the returned version (重新提交), and it waits for review again', async () => {
    clock.set('2025-12-05T09:00:00+08:00');
    const stale = await act(finance, EDIT, {
      i: { id, version: 1, status: 'ON_TRACK', percentComplete: 65, summary: '补充' },
    });
    expect(stale.error).toMatchObject({ code: 'CONFLICT', detail: 'STALE_VERSION' });
    const { report: resubmitted, error } = await act(finance, EDIT, {
      i: { id, version: 2, status: 'ON_TRACK', percentComplete: 65, summary: '完成专项资金拨付，到位率 65%' },
    });
    expect(error).toBeNull();
    expect(resubmitted).toMatchObject({ version: 3, reviewState: 'PENDING', reviewNote: null, reviewedBy: null });
    expect(resubmitted?.reviews).toHaveLength(1);
  });

  it('the office accepts the new text; the history keeps both decisions with the versions judged', async () => {
    clock.set('2025-12-05T15:00:00+08:00');
    const { report: accepted, error } = await act(admin, ACCEPT, { id, v: 3, n: '内容完整' });
    expect(error).toBeNull();
    expect(accepted).toMatchObject({ version: 4, reviewState: 'ACCEPTED', reviewNote: '内容完整' });
    expect(accepted?.reviews).toEqual([
      {
        reportVersion: 1,
        decision: 'RETURNED',
        note: '未说明资金到位比例，请补充',
        reviewedAt: '2025-12-04T02:00:00.000Z',
        reviewedBy: { username: 'leader' },
      },
      {
        reportVersion: 3,
        decision: 'ACCEPTED',
        note: '内容完整',
        reviewedAt: '2025-12-05T07:00:00.000Z',
        reviewedBy: { username: 'admin' },
      },
    ]);
    const twice = await act(leader, ACCEPT, { id, v: 4 });
    expect(twice.error).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION' });
    expect(twice.error?.reason).toBe('报告当前状态为「已审核通过」，不能再次通过');
  });

  it('every step is in the event log with the state before and after, on the department', async () => {
    expect(await reviewEvents(id)).toEqual([
      { type: 'PROGRESS_REPORTED', actor: 'finance', before: null, after: 'PENDING', department: 'finance' },
      {
        type: 'PROGRESS_REPORT_RETURNED',
        actor: 'leader',
        before: 'PENDING',
        after: 'RETURNED',
        department: 'finance',
      },
      { type: 'PROGRESS_REPORT_EDITED', actor: 'finance', before: 'RETURNED', after: 'PENDING', department: 'finance' },
      { type: 'PROGRESS_REPORT_ACCEPTED', actor: 'admin', before: 'PENDING', after: 'ACCEPTED', department: 'finance' },
    ]);
  });

  it('the feed carries each decision as its own node, with the version judged and the reason', async () => {
    type Feed = {
      recentEvents: { events: { type: string }[] };
    };
    // The feed reads up to the commit horizon: on a shared PostgreSQL server another database's open transaction
    // may hold the newest event back for a moment, so wait until the last decision is visible.
    await expect
      .poll(
        async () => {
          const page = await finance.gql<Feed>(`{ recentEvents(planCode: "${PLAN}", first: 5) { events { type } } }`);
          return page.data?.recentEvents.events.map((e) => e.type) ?? [];
        },
        { timeout: 30_000, message: 'the acceptance never reached the feed within 30 s' },
      )
      .toContain('PROGRESS_REPORT_ACCEPTED');
    const feed = await finance.gql<{
      recentEvents: {
        events: {
          type: string;
          report: { id: string; reviewState: string } | null;
          review: {
            decision: string;
            note: string | null;
            reportVersion: number;
            reviewedBy: { username: string };
          } | null;
        }[];
      };
    }>(`{ recentEvents(planCode: "${PLAN}", first: 5) { events { type report { id reviewState }
        review { decision note reportVersion reviewedBy { username } } } } }`);
    const events = feed.data!.recentEvents.events;
    expect(events.find((e) => e.type === 'PROGRESS_REPORT_RETURNED')).toEqual({
      type: 'PROGRESS_REPORT_RETURNED',
      report: { id, reviewState: 'RETURNED' },
      review: {
        decision: 'RETURNED',
        note: '未说明资金到位比例，请补充',
        reportVersion: 1,
        reviewedBy: { username: 'leader' },
      },
    });
    expect(events.find((e) => e.type === 'PROGRESS_REPORT_ACCEPTED')?.review).toEqual({
      decision: 'ACCEPTED',
      note: '内容完整',
      reportVersion: 3,
      reviewedBy: { username: 'admin' },
    });
    expect(events.find((e) => e.type === 'PROGRESS_REPORT_EDITED')?.review).toBeNull();
  });

  it('editing an accepted report puts it back to PENDING: the office judged another text', async () => {
    const { report: edited } = await act(finance, EDIT, {
      i: { id, version: 4, status: 'COMPLETED', percentComplete: 100, summary: '资金全部到位' },
    });
    expect(edited).toMatchObject({ version: 5, reviewState: 'PENDING' });
  });

  it('a withdrawn report cannot be reviewed', async () => {
    const { report: withdrawn } = await act(finance, WITHDRAW, { id, v: 5 });
    expect(withdrawn?.version).toBe(6);
    const before = await written();
    const { error } = await act(leader, ACCEPT, { id, v: 6 });
    expect(error).toMatchObject({ code: 'CONFLICT', detail: 'REPORT_WITHDRAWN' });
    expect(await written()).toBe(before);
  });
});

describe('a returned report and the warnings', () => {
  const warningOf = async () =>
    (
      await leader.gql<{ plan: { measures: { code: string; warning: { level: string; reasons: string[] } }[] } }>(
        `query($p: String!) { plan(code: $p) { measures { code warning { level reasons } } } }`,
        { p: PLAN },
      )
    ).data?.plan.measures.find((m) => m.code === 'P1.1')?.warning;

  it('still counts as filed for its period (退回待修改 is shown on the desk, not as a missing report)', async () => {
    const office = await app.as('market-supervision');
    const unreported = await warningOf();
    expect(unreported?.reasons.some((r) => r.startsWith('2025-11 进展') && r.endsWith('尚未报送'))).toBe(true);
    const { report: posted } = await act(office, SUBMIT, { i: report({ departmentCode: 'market-supervision' }) });
    await act(leader, RETURN, { id: posted!.id, v: 1, r: '请补充佐证材料' });
    const returned = await warningOf();
    expect(returned?.reasons.filter((r) => r.includes('尚未报送') || r.includes('逾期'))).toEqual([]);
    const desk = await office.gql<{
      department: { assignments: { measure: { code: string }; latestReport: { id: string; reviewState: string } }[] };
    }>(
      `query($p: String!) { department(code: "market-supervision") { assignments(planCode: $p, inherited: true) {
        measure { code } latestReport { id reviewState } } } }`,
      { p: PLAN },
    );
    const p11 = desk.data?.department.assignments.find((a) => a.measure.code === 'P1.1');
    expect(p11?.latestReport).toEqual({ id: posted!.id, reviewState: 'RETURNED' });
  });
});

describe('the cost of review histories', () => {
  it('every report’s history and reviewer, on every measure, cost one statement each, however many there are', async () => {
    const office = await app.as('market-supervision');
    const reviewed = async (measureCode: string) => {
      const { report: posted, error } = await act(office, SUBMIT, {
        i: report({ measureCode, departmentCode: 'market-supervision' }),
      });
      expect(error).toBeNull();
      expect((await act(leader, RETURN, { id: posted!.id, v: 1, r: '请补充' })).error).toBeNull();
      expect((await act(admin, ACCEPT, { id: posted!.id, v: 2 })).error).toBeNull();
    };
    const query = `query($p: String!) { plan(code: $p) { measures { code reports(first: 20) {
      id reviewState reviewedBy { username } reviews { reportVersion decision reviewedBy { username } } } } } }`;
    const without = `query($p: String!) { plan(code: $p) { measures { code reports(first: 20) { id reviewState } } } }`;
    const cost = async () => {
      await leader.gql(without, { p: PLAN }); // the catalog is cached from here on
      const base = await app.countStatements(() => leader.gql(without, { p: PLAN }));
      const full = await app.countStatements(async () => {
        const result = await leader.gql(query, { p: PLAN });
        expect(result.errors).toBeUndefined();
      });
      return full - base;
    };
    await reviewed('P2.1');
    const one = await cost();
    for (const measureCode of ['P2.2', 'P3.1', 'P3.2']) await reviewed(measureCode);
    // The review decisions (one statement) and the reviewers (one statement for every user asked).
    expect(one).toBe(2);
    expect(await cost()).toBe(one);
  });
});

describe('the feed shows each report as its event left it', () => {
  // `report` is the report node as the event left it; a normalised client cache keeps one copy per id, so the
  // feed reads `reportSnapshot`, a value of its event, and old events cannot overwrite the report's current state.
  it('a report posted at 20% and corrected to 60% reads 20% on the first event and 60% on the second', async () => {
    clock.set('2025-12-10T09:00:00+08:00');
    const { report: posted } = await act(finance, SUBMIT, {
      i: report({ measureCode: 'P1.3', percentComplete: 20, summary: '启动' }),
    });
    const { report: edited } = await act(finance, EDIT, {
      i: { id: posted!.id, version: 1, status: 'ON_TRACK', percentComplete: 60, summary: '过半' },
    });
    expect(edited?.version).toBe(2);
    type Page = {
      recentEvents: {
        events: {
          type: string;
          report: { id: string; percentComplete: number } | null;
          reportSnapshot: { percentComplete: number; summary: string; version: number } | null;
        }[];
      };
    };
    const read = async () =>
      (
        await leader.gql<Page>(`{ recentEvents(planCode: "${PLAN}", first: 10) { events { type
          report { id percentComplete } reportSnapshot { percentComplete summary version } } } }`)
      ).data?.recentEvents.events.filter((e) => e.report?.id === posted!.id) ?? [];
    // The feed reads up to the commit horizon (see above): wait for both events.
    await expect.poll(async () => (await read()).length).toBe(2);
    const [correction, first] = await read();
    expect(first).toMatchObject({
      type: 'PROGRESS_REPORTED',
      report: { id: posted!.id, percentComplete: 20 },
      reportSnapshot: { percentComplete: 20, summary: '启动', version: 1 },
    });
    expect(correction).toMatchObject({
      type: 'PROGRESS_REPORT_EDITED',
      reportSnapshot: { percentComplete: 60, summary: '过半', version: 2 },
    });
  });
});
