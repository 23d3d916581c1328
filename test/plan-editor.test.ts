import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { subscribeLive } from './kit/live';
import { databaseFingerprint, sqlRows } from './kit/sql';

/**
 * The plan office makes a new plan: an admin creates the draft, the office (the department hosting the leading
 * group's office: 区市场监督管理局 for the Boshan leading group) writes its goals, tree, units, indicators and
 * cycle, and publishes it; the units it assigns then see it and report on it. Every refusal names its item and
 * writes nothing.
 */
const PLAN = 'ip-work-points-2026';
const OTHER = 'other-office-plan';

let app: TestApp;
let admin: ApiClient;
let office: ApiClient;
let finance: ApiClient;
let viewer: ApiClient;

type Errors = GraphQLResponse['errors'];
const first = (errors: Errors) => errors?.[0]?.extensions as Record<string, unknown> | undefined;

async function ok<T>(client: ApiClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await client.gql<T>(query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data as T;
}

const SAVE_GOAL = 'mutation($i: DraftGoalInput!) { saveDraftGoal(input: $i) { code title } }';
const SAVE_MEASURE = 'mutation($i: DraftMeasureInput!) { saveDraftMeasure(input: $i) { code kind } }';
const MOVE = 'mutation($i: MoveDraftMeasureInput!) { moveDraftMeasure(input: $i) { code } }';
const ASSIGN = 'mutation($i: SetDraftAssignmentsInput!) { setDraftAssignments(input: $i) { code } }';
const SAVE_INDICATOR = 'mutation($i: DraftIndicatorInput!) { saveDraftIndicator(input: $i) { code target } }';
const PUBLISH = 'mutation($p: String!) { publishPlan(planCode: $p) { code lifecycle } }';
const TREE = /* GraphQL */ `
  query($p: String!) {
    plan(code: $p) {
      lifecycle
      goals { code }
      measures { code kind parent { code } children { code children { code } } }
      indicators { code target goal { code } }
    }
  }
`;

interface Node {
  code: string;
  parent: { code: string } | null;
  children: { code: string; children: { code: string }[] }[];
}
const topLevel = (nodes: Node[]) => nodes.filter((n) => n.parent === null);

const fingerprint = () => databaseFingerprint(app.database.db, ['sessions']);

/** Runs a write that must be refused: the code and detail, a reason naming `item`, and nothing written. */
async function refused(
  client: ApiClient,
  query: string,
  variables: Record<string, unknown>,
  expected: { code: string; detail?: string; field?: string; names?: string },
): Promise<Record<string, unknown>> {
  const before = await fingerprint();
  const result = await client.gql(query, variables);
  const extensions = first(result.errors);
  expect(extensions, JSON.stringify(result)).toMatchObject({
    code: expected.code,
    ...(expected.detail && { detail: expected.detail }),
    ...(expected.field && { field: expected.field }),
  });
  if (expected.names) expect(String(extensions?.reason)).toContain(expected.names);
  expect(await fingerprint()).toEqual(before);
  return extensions ?? {};
}

beforeAll(async () => {
  app = await startTestApp();
  [admin, office, finance, viewer] = await Promise.all([
    app.as('admin'),
    app.as('market-supervision'),
    app.as('finance'),
    app.as('viewer'),
  ]);
  // A second leading group whose office is the finance bureau: the office of another plan.
  await app.database.db.execute(sql`
    insert into departments (code, name, kind, office_department_id, position)
    select 'fiscal-group', '财政改革领导小组', 'LEADING_GROUP', id, 99 from departments where code = 'finance'`);
});
afterAll(() => app.close());

describe('the plan office writes a draft and publishes it', () => {
  it('lets an admin create a draft kept by the office of its leading group', async () => {
    const made = await ok<{ createPlan: { code: string; lifecycle: string } }>(
      admin,
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { code lifecycle } }',
      {
        i: {
          code: PLAN,
          title: '博山区2026年知识产权工作要点',
          issuer: '博山区知识产权强区建设试点区领导小组',
          docNumber: '博知领发〔2026〕1号',
          issuedOn: '2026-02-01',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          summary: '为深入实施知识产权强区战略，制定本工作要点。',
          leadingGroupCode: 'leadership-group',
        },
      },
    );
    expect(made.createPlan).toEqual({ code: PLAN, lifecycle: 'DRAFT' });
  });

  it('builds goals, projects, measures, child measures and a safeguard, each one edit and one event', async () => {
    const events = async () =>
      Number(
        (
          await sqlRows<{ n: string }>(
            app.database.db,
            sql`select count(*) as n from events e join plans p on p.id = e.plan_id
                where p.code = ${PLAN} and e.type = 'PLAN_DRAFT_EDITED'`,
          )
        )[0]?.n,
      );
    const before = await events();
    await ok(office, SAVE_GOAL, { i: { planCode: PLAN, code: 'G1', title: '知识产权创造质量提升' } });
    await ok(office, SAVE_GOAL, { i: { planCode: PLAN, code: 'G2', title: '知识产权保护体系完善' } });
    const measure = (i: Record<string, unknown>) => ok(office, SAVE_MEASURE, { i: { planCode: PLAN, ...i } });
    await measure({ code: 'P1', kind: 'PROJECT', title: '高价值专利培育工程', goalCode: 'G1' });
    await measure({ code: 'P1.1', parentCode: 'P1', title: '开展专利导航' });
    await measure({ code: 'P1.2', parentCode: 'P1', title: '培育高价值专利组合' });
    await measure({ code: 'P1.1.1', parentCode: 'P1.1', title: '编制产业专利导航报告' });
    await measure({ code: 'P2', kind: 'PROJECT', title: '知识产权保护工程', goalCode: 'G2' });
    await measure({ code: 'P2.1', parentCode: 'P2', title: '开展商标侵权专项整治' });
    await measure({ code: 'S1', kind: 'SAFEGUARD', title: '加强组织领导' });
    expect(await events()).toBe(before + 9);
  });

  it('assigns one lead and participants, groups such as 各镇、街道 included', async () => {
    await ok(office, ASSIGN, {
      i: { planCode: PLAN, measureCode: 'P1', leadCode: 'finance', participantCodes: ['towns-subdistricts'] },
    });
    await ok(office, ASSIGN, {
      i: { planCode: PLAN, measureCode: 'P2', leadCode: 'market-supervision', participantCodes: ['public-security'] },
    });
    await ok(office, ASSIGN, {
      i: { planCode: PLAN, measureCode: 'S1', leadCode: 'market-supervision', participantCodes: [] },
    });
  });

  it('adds indicators with baseline, target, unit, date, direction, kind and the document’s wording', async () => {
    await ok(office, SAVE_INDICATOR, {
      i: {
        planCode: PLAN,
        code: 'high-value-patents',
        goalCode: 'G1',
        departmentCode: 'market-supervision',
        name: '每万人口高价值发明专利拥有量',
        unit: '件',
        baseline: 3.2,
        baselineYear: 2025,
        target: 4,
        targetDate: '2026-12-31',
        direction: 'INCREASE',
        targetKind: 'NUMERIC',
        targetText: '达到4件',
      },
    });
    await ok(office, SAVE_INDICATOR, {
      i: {
        planCode: PLAN,
        code: 'trademark-cases',
        goalCode: 'G2',
        departmentCode: 'market-supervision',
        name: '商标侵权案件查处',
        unit: null,
        baseline: null,
        baselineYear: null,
        target: null,
        targetDate: '2026-12-31',
        direction: 'INCREASE',
        targetKind: 'QUALITATIVE',
        targetText: '查处力度明显加大',
      },
    });
    const cycle = await ok<{ setReportingCycle: { cycle: string } }>(
      office,
      'mutation($i: SetReportingCycleInput!) { setReportingCycle(input: $i) { cycle dueWorkingDay } }',
      { i: { planCode: PLAN, cycle: 'QUARTERLY', dueWorkingDay: 10 } },
    );
    expect(cycle.setReportingCycle.cycle).toBe('QUARTERLY');
  });

  it('moves and reorders nodes, and every reader of the draft sees the change at once (the catalog version)', async () => {
    // Read first, so that the cache holds the tree as it was. A draft's readers are its office and the admins.
    const reader = admin;
    await ok(reader, TREE, { p: PLAN });
    // Anyone else is not even told the draft exists.
    await refused(viewer, TREE, { p: PLAN }, { code: 'NOT_FOUND', detail: 'PLAN_NOT_FOUND' });
    await ok(office, MOVE, { i: { planCode: PLAN, measureCode: 'P1.2', parentCode: 'P1', position: 0 } });
    const tree = await ok<{ plan: { measures: Node[] } }>(reader, TREE, { p: PLAN });
    expect(topLevel(tree.plan.measures).map((m) => m.code)).toEqual(['P1', 'P2', 'S1']);
    expect(topLevel(tree.plan.measures)[0]?.children.map((c) => c.code)).toEqual(['P1.2', 'P1.1']);
    // Indent: P2.1 under P1.1, then back.
    await ok(office, MOVE, { i: { planCode: PLAN, measureCode: 'P2.1', parentCode: 'P1.1', position: 9 } });
    const indented = await ok<{ plan: { measures: Node[] } }>(reader, TREE, { p: PLAN });
    const p11 = indented.plan.measures.find((m) => m.code === 'P1.1');
    expect(p11?.children.map((c) => c.code)).toEqual(['P1.1.1', 'P2.1']);
    await ok(office, MOVE, { i: { planCode: PLAN, measureCode: 'P2.1', parentCode: 'P2', position: 0 } });
    const positions = await sqlRows<{ code: string; position: number }>(
      app.database.db,
      sql`select m.code, m.position from measures m join plans p on p.id = m.plan_id where p.code = ${PLAN}
          order by m.position`,
    );
    expect(positions.map((m) => m.code)).toEqual(['P1', 'P1.2', 'P1.1', 'P1.1.1', 'P2', 'P2.1', 'S1']);
    expect(positions.map((m) => m.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('every refusal names its item and writes nothing', () => {
  it('refuses a code already used in the plan', async () => {
    await refused(
      office,
      SAVE_GOAL,
      { i: { planCode: PLAN, code: 'G1', title: '重复' } },
      {
        code: 'CONFLICT',
        detail: 'GOAL_CODE_TAKEN',
        field: 'input.code',
        names: 'G1',
      },
    );
    await refused(
      office,
      SAVE_MEASURE,
      { i: { planCode: PLAN, code: 'P1.1', title: '重复' } },
      {
        code: 'CONFLICT',
        detail: 'MEASURE_CODE_TAKEN',
        names: 'P1.1',
      },
    );
  });

  it('refuses a project below the top level, and a move into its own subtree', async () => {
    await refused(
      office,
      SAVE_MEASURE,
      { i: { planCode: PLAN, code: 'P9', kind: 'PROJECT', parentCode: 'P1', title: '下级工程' } },
      { code: 'BAD_USER_INPUT', detail: 'MEASURE_KIND_LEVEL', names: 'P9' },
    );
    await refused(
      office,
      MOVE,
      { i: { planCode: PLAN, measureCode: 'P1.1', parentCode: 'P1.1.1', position: 0 } },
      { code: 'BAD_USER_INPUT', detail: 'MEASURE_MOVE_CYCLE', field: 'input.parentCode', names: 'P1.1' },
    );
  });

  it('refuses a numeric indicator without a target, an unknown unit and a goal still in use', async () => {
    await refused(
      office,
      SAVE_INDICATOR,
      { i: { planCode: PLAN, indicatorCode: 'high-value-patents', target: null } },
      {
        code: 'BAD_USER_INPUT',
        detail: 'INDICATOR_TARGET_REQUIRED',
        field: 'input.target',
        names: 'high-value-patents',
      },
    );
    await refused(
      office,
      ASSIGN,
      { i: { planCode: PLAN, measureCode: 'P1.1', leadCode: 'no-such-unit', participantCodes: [] } },
      { code: 'NOT_FOUND', detail: 'DEPARTMENT_NOT_FOUND', field: 'input.leadCode', names: 'no-such-unit' },
    );
    await refused(
      office,
      'mutation { removeDraftGoal(planCode: "ip-work-points-2026", goalCode: "G1") }',
      {},
      { code: 'CONFLICT', detail: 'GOAL_IN_USE', names: 'P1' },
    );
  });

  it('keeps each plan to its own office: another plan’s office is FORBIDDEN, its own may edit', async () => {
    await ok(admin, 'mutation($i: CreatePlanInput!) { createPlan(input: $i) { code } }', {
      i: {
        code: OTHER,
        title: '财政改革方案',
        issuer: '财政改革领导小组',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        leadingGroupCode: 'fiscal-group',
      },
    });
    await ok(finance, SAVE_GOAL, { i: { planCode: OTHER, code: 'F1', title: '预算绩效管理' } });
    await refused(
      finance,
      SAVE_GOAL,
      { i: { planCode: PLAN, code: 'G9', title: '越权' } },
      // A draft is invisible outside its office: another office is not even told it exists.
      { code: 'NOT_FOUND', detail: 'PLAN_NOT_FOUND', field: 'input.planCode' },
    );
    await refused(
      office,
      SAVE_GOAL,
      { i: { planCode: OTHER, code: 'F9', title: '越权' } },
      { code: 'NOT_FOUND', detail: 'PLAN_NOT_FOUND' },
    );
    await refused(office, PUBLISH, { p: OTHER }, { code: 'NOT_FOUND', detail: 'PLAN_NOT_FOUND' });
  });

  it('refuses to publish a draft with problems, listing every one with its item', async () => {
    await ok(office, SAVE_MEASURE, { i: { planCode: PLAN, code: 'M9', title: '无人牵头的措施' } });
    await ok(office, SAVE_MEASURE, { i: { planCode: PLAN, code: 'M9.1', parentCode: 'S1', title: '保障措施的细项' } });
    await ok(office, ASSIGN, { i: { planCode: PLAN, measureCode: 'S1', leadCode: null, participantCodes: [] } });
    const extensions = await refused(
      office,
      PUBLISH,
      { p: PLAN },
      {
        code: 'BAD_USER_INPUT',
        detail: 'PLAN_NOT_PUBLISHABLE',
        names: 'M9',
      },
    );
    const problems = extensions.problems as { item: { kind: string; code: string }; message: string }[];
    expect(problems.map((p) => p.item)).toEqual([
      { kind: 'MEASURE', code: 'M9.1' },
      { kind: 'MEASURE', code: 'M9' },
    ]);
    expect(problems[1]?.message).toContain('没有责任单位');
    // The office fixes both and removes the stray measure.
    await ok(office, ASSIGN, {
      i: { planCode: PLAN, measureCode: 'S1', leadCode: 'market-supervision', participantCodes: [] },
    });
    await ok(office, 'mutation { removeDraftMeasure(planCode: "ip-work-points-2026", measureCode: "M9") }');
  });
});

describe('once published', () => {
  it('is in force: its office sees it go live, and a clerk of an assigned unit then finds the assignment and reports', async () => {
    // Before publishing, only the office and the admins see the draft, so only they can follow its events.
    const live = await subscribeLive<{ planEvents: { type: string } }>({
      server: app.server,
      wsUrl: app.wsUrl,
      token: office.token,
      query: `subscription { planEvents(planCode: "${PLAN}") { type } }`,
    });
    const published = await ok<{ publishPlan: { lifecycle: string } }>(office, PUBLISH, { p: PLAN });
    expect(published.publishPlan.lifecycle).toBe('ACTIVE');
    await live.untilSome((e) => e.planEvents.type === 'PLAN_PUBLISHED', 'PLAN_PUBLISHED reaches the office');
    await live.close();

    const desk = await ok<{
      department: { assignments: { role: string; inherited: boolean; measure: { code: string } }[] };
    }>(
      finance,
      `{ department(code: "finance") { assignments(planCode: "${PLAN}", inherited: true) { role inherited measure { code } } } }`,
    );
    const codes = desk.department.assignments.map((a) => a.measure.code);
    expect(codes).toEqual(expect.arrayContaining(['P1.2', 'P1.1.1']));
    const report = await finance.gql<{ submitProgressReport: { id: string } }>(
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
      {
        i: {
          planCode: PLAN,
          measureCode: 'P1.2',
          departmentCode: 'finance',
          period: '2026-Q1',
          status: 'ON_TRACK',
          percentComplete: 20,
          summary: '已启动高价值专利组合培育',
        },
      },
    );
    expect(report.errors).toBeUndefined();
    const [event] = await sqlRows<{ payload: { departmentIds: number[]; measures: number } }>(
      app.database.db,
      sql`select e.payload from events e join plans p on p.id = e.plan_id where p.code = ${PLAN} and e.type = 'PLAN_PUBLISHED'`,
    );
    expect(event?.payload.measures).toBe(8);
  });

  it('is no longer edited directly: a revision is the way', async () => {
    await refused(
      office,
      SAVE_GOAL,
      { i: { planCode: PLAN, code: 'G3', title: '新增目标' } },
      {
        code: 'CONFLICT',
        detail: 'PLAN_NOT_DRAFT',
        names: '方案调整',
      },
    );
    await refused(office, PUBLISH, { p: PLAN }, { code: 'CONFLICT', detail: 'PLAN_NOT_DRAFT' });
  });
});
