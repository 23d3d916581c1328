import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

const PLAN = 'boshan-ip-2022-2025';
// Mid-term, the week after 2025-11's deadline (2025-12-05).
const clock = new ManualClock('2025-12-09T09:00:00+08:00');

const DESK = /* GraphQL */ `
  query($plan: String!, $department: String!) {
    department(code: $department) {
      progress(planCode: $plan) { percent reported total rule }
      assignments(planCode: $plan, inherited: true) {
        role
        owesReports
        department { code name }
        heldThrough { code name }
        measure { code kind }
        latestReport { period department { code } }
        warning { level reason }
      }
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) { id department { code } evidence { title url kind } }
  }
`;

interface DeskAssignment {
  role: 'LEAD' | 'PARTICIPANT';
  owesReports: boolean;
  department: { code: string; name: string };
  heldThrough: { code: string; name: string } | null;
  measure: { code: string; kind: string };
  latestReport: { period: string; department: { code: string } } | null;
  warning: { level: string; reason: string };
}
interface Desk {
  department: {
    progress: { percent: number; reported: number; total: number; rule: string };
    assignments: DeskAssignment[];
  };
}

let app: TestApp;
let town: ApiClient;
let office: ApiClient;
let leader: ApiClient;

const desk = async (client: ApiClient, department: string) => {
  const result = await client.gql<Desk>(DESK, { plan: PLAN, department });
  expect(result.errors).toBeUndefined();
  return result.data!.department;
};

const report = (overrides: Record<string, unknown> = {}) => ({
  planCode: PLAN,
  measureCode: 'P1.1',
  departmentCode: 'yucheng-town',
  period: '2025-11',
  status: 'ON_TRACK',
  percentComplete: 40,
  summary: '域城镇走访辖区企业 12 家，宣讲知识产权质押融资政策',
  ...overrides,
});

async function reportCount(): Promise<number> {
  const [row] = await sqlRows<{ n: string }>(app.database.db, sql`select count(*) as n from progress_reports`);
  return Number(row?.n);
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  town = await app.as('yucheng-town');
  office = await app.as('market-supervision');
  leader = await app.as('leader');
});
afterAll(() => app?.close());

describe('a town holds every assignment of its group (各镇、街道)', () => {
  it('lists the group’s assignments for the town, each marked as held through the group', async () => {
    const group = (await desk(leader, 'towns-subdistricts')).assignments;
    const held = (await desk(town, 'yucheng-town')).assignments;
    expect(group.length).toBeGreaterThan(0);
    // The town is assigned nothing itself in this plan: everything it holds is the group's.
    expect(held.map((a) => a.measure.code)).toEqual(group.map((a) => a.measure.code));
    for (const assignment of held) {
      expect(assignment.heldThrough).toEqual({ code: 'towns-subdistricts', name: '各镇、街道' });
      expect(assignment.department.code).toBe('towns-subdistricts');
    }
    // The group's own list marks nothing: it holds them itself.
    expect(group.every((a) => a.heldThrough === null)).toBe(true);
    // And asking for the town's own assignments only gives none.
    const own = await town.gql<{ department: { assignments: unknown[] } }>(
      `query($plan: String!) { department(code: "yucheng-town") { assignments(planCode: $plan, throughGroups: false) { role } } }`,
      { plan: PLAN },
    );
    expect(own.data?.department.assignments).toEqual([]);
  });

  it('a participant’s part owes no reports of its own, a lead’s does, and the warning says so', async () => {
    const held = (await desk(town, 'yucheng-town')).assignments.filter((a) => a.measure.kind !== 'PROJECT');
    for (const assignment of held) {
      expect(assignment.owesReports).toBe(assignment.role === 'LEAD');
      if (!assignment.owesReports) expect(assignment.warning.reason).toMatch(/^配合单位不单独报送/);
    }
    const lead = (await desk(office, 'market-supervision')).assignments.find((a) => a.role === 'LEAD');
    expect(lead?.owesReports).toBe(true);
  });

  it('the town posts progress for a measure of its group; the desk, the group and the town’s progress show it', async () => {
    const before = await desk(town, 'yucheng-town');
    expect(before.progress.reported).toBe(0);
    const posted = await town.gql<{ submitProgressReport: { department: { code: string } } }>(SUBMIT, {
      input: report(),
    });
    expect(posted.errors).toBeUndefined();
    expect(posted.data?.submitProgressReport.department.code).toBe('yucheng-town');

    const after = await desk(town, 'yucheng-town');
    const item = after.assignments.find((a) => a.measure.code === 'P1.1');
    expect(item?.latestReport).toEqual({ period: '2025-11', department: { code: 'yucheng-town' } });
    expect(after.progress).toMatchObject({ reported: 1, total: before.progress.total });
    expect(after.progress.percent).toBeCloseTo(40 / before.progress.total, 1);
    expect(after.progress.rule).toContain('含所在组承担的措施');
    // Another member unit of the group sees the same report on the same assignment: one group, one picture.
    const other = (await desk(leader, 'yuanquan-town')).assignments.find((a) => a.measure.code === 'P1.1');
    expect(other?.latestReport?.department.code).toBe('yucheng-town');
    const ofGroup = (await desk(leader, 'towns-subdistricts')).assignments.find((a) => a.measure.code === 'P1.1');
    expect(ofGroup?.latestReport?.department.code).toBe('yucheng-town');
  });

  it('the town cannot post for a measure its group does not hold, and nothing is written', async () => {
    const heldCodes = new Set((await desk(town, 'yucheng-town')).assignments.map((a) => a.measure.code));
    const measures = await leader.gql<{ plan: { measures: { code: string; kind: string }[] } }>(
      'query($plan: String!) { plan(code: $plan) { measures { code kind } } }',
      { plan: PLAN },
    );
    const foreign = measures.data!.plan.measures.find((m) => m.kind !== 'PROJECT' && !heldCodes.has(m.code));
    expect(foreign, 'the plan has a measure the towns do not take part in').toBeDefined();
    const count = await reportCount();
    const refused = await town.gql(SUBMIT, { input: report({ measureCode: foreign!.code }) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.departmentCode',
      detail: 'DEPARTMENT_NOT_ASSIGNED',
      reason: `「域城镇」不是措施 ${foreign!.code} 的责任部门或参与部门`,
    });
    expect(await reportCount()).toBe(count);
  });
});

describe('a town answers the notices sent to its group', () => {
  it('lists a notice sent to 各镇、街道 among the town’s notices, and lets the town sign for it', async () => {
    const issued = await leader.gql<{ issueUrgeNotice: { id: string } }>(
      `mutation($input: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $input) { id } }`,
      {
        input: {
          planCode: PLAN,
          measureCode: 'P3.3',
          departmentCode: 'towns-subdistricts',
          level: 'REMIND',
          text: '请各镇、街道报送质押融资企业摸排情况',
          dueOn: '2025-12-12',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    const id = issued.data!.issueUrgeNotice.id;
    const NOTICES = `query($plan: String!, $d: String!) { department(code: $d) { urgeNotices(planCode: $plan) { id state department { code } } } }`;
    const listed = await town.gql<{ department: { urgeNotices: { id: string; department: { code: string } }[] } }>(
      NOTICES,
      { plan: PLAN, d: 'yucheng-town' },
    );
    expect(listed.data?.department.urgeNotices).toContainEqual({
      id,
      state: 'ISSUED',
      department: { code: 'towns-subdistricts' },
    });
    // A department outside the group does not get it.
    const other = await office.gql<{ department: { urgeNotices: { id: string }[] } }>(NOTICES, {
      plan: PLAN,
      d: 'market-supervision',
    });
    expect(other.data?.department.urgeNotices.map((n) => n.id)).not.toContain(id);
    const signed = await town.gql<{ acknowledgeUrgeNotice: { state: string } }>(
      'mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { state } }',
      { id },
    );
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.acknowledgeUrgeNotice.state).toBe('ACKNOWLEDGED');
  });
});

describe('evidence given as a document number (文件编号)', () => {
  it('is accepted as a document reference, stored in its one written form', async () => {
    const posted = await town.gql<{ submitProgressReport: { id: string; evidence: unknown[] } }>(SUBMIT, {
      input: report({
        measureCode: 'P1.2',
        evidence: [
          { title: '市场监管局通知', url: '博市监发〔2025〕41号' },
          { title: '区政府办公室通知', url: '博政办字[2024]7号' },
          { title: '镇政府文件', url: ' 域政发（2025）第3号 ' },
          { title: '签约现场照片', url: 'https://intranet.example/photo/1' },
        ],
      }),
    });
    expect(posted.errors).toBeUndefined();
    expect(posted.data?.submitProgressReport.evidence).toEqual([
      { title: '市场监管局通知', url: '博市监发〔2025〕41号', kind: 'DOCUMENT' },
      { title: '区政府办公室通知', url: '博政办字〔2024〕7号', kind: 'DOCUMENT' },
      { title: '镇政府文件', url: '域政发〔2025〕3号', kind: 'DOCUMENT' },
      { title: '签约现场照片', url: 'https://intranet.example/photo/1', kind: 'LINK' },
    ]);
    const [stored] = await sqlRows<{ evidence: unknown }>(
      app.database.db,
      sql`select evidence from progress_reports where id = ${Number(posted.data!.submitProgressReport.id)}`,
    );
    expect(stored?.evidence).toContainEqual({ title: '市场监管局通知', url: '博市监发〔2025〕41号', kind: 'DOCUMENT' });
  });

  const junk: [string, string][] = [
    ['a script', 'javascript:alert(1)'],
    ['a bare word', '见附件'],
    ['a number without its issuer', '〔2025〕41号'],
    ['a document number without 号', '博市监发〔2025〕41'],
  ];
  for (const [name, url] of junk) {
    it(`refuses ${name} on its field, with a reason in Chinese, and writes nothing`, async () => {
      const count = await reportCount();
      const refused = await town.gql(SUBMIT, {
        input: report({
          measureCode: 'P1.2',
          evidence: [
            { title: '通知', url: '博市监发〔2025〕41号' },
            { title: '材料', url },
          ],
        }),
      });
      expect(refused.data?.submitProgressReport ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.evidence.1.url',
        detail: 'EVIDENCE_URL',
        reason: `「${url}」不是链接、file: 文件引用或发文字号（如 博市监发〔2025〕41号）`,
      });
      expect(await reportCount()).toBe(count);
    });
  }
});
