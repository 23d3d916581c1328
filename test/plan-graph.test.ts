import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanGraphQuery } from './gql/graphql';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { PLAN_GRAPH_QUERY } from './kit/queries';

const PLAN = 'boshan-ip-2022-2025';

/** The plan graph's shape, generated from the query (test/gql, `pnpm codegen`) rather than written out by hand. */
type PlanGraph = NonNullable<PlanGraphQuery['plan']>;

let app: TestApp;
let leader: ApiClient;
let graph: PlanGraph;

beforeAll(async () => {
  app = await startTestApp();
  leader = await app.as('leader');
  const result = await leader.gql(PLAN_GRAPH_QUERY, { code: PLAN });
  expect(result.errors).toBeUndefined();
  graph = result.data!.plan!;
});
afterAll(() => app.close());

const byCode = (code: string) => graph.measures.find((m) => m.code === code)!;

describe('the seeded Boshan plan, read through the public API', () => {
  it('carries the document’s metadata', () => {
    expect(graph).toMatchObject({
      code: PLAN,
      title: '博山区国家知识产权强区试点区建设工作方案(2022—2025年)',
      issuer: '博山区人民政府',
      docNumber: '博政发〔2022〕8号',
      issuedOn: '2022-11-18',
      startsOn: '2022-01-01',
      endsOn: '2025-12-31',
      leadingGroup: { code: 'leadership-group', office: { code: 'market-supervision' } },
    });
  });

  it('has the five goals G1–G5 in document order with their exact titles', () => {
    expect(graph.goals.map((g) => [g.code, g.title])).toEqual([
      ['G1', '知识产权创造能力明显增强'],
      ['G2', '知识产权运用水平显著提升'],
      ['G3', '知识产权保护力度明显加强'],
      ['G4', '知识产权管理体制更加完善'],
      ['G5', '知识产权服务能力显著提升'],
    ]);
  });

  it('has five projects holding 21 measures, and three safeguards', () => {
    const projects = graph.measures.filter((m) => m.kind === 'PROJECT');
    expect(projects.map((p) => p.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(projects.map((p) => p.children.length)).toEqual([3, 4, 5, 5, 4]);
    const measures = graph.measures.filter((m) => m.kind === 'MEASURE');
    expect(measures).toHaveLength(21);
    expect(measures.every((m) => m.parent !== null && m.code.startsWith(`${m.parent.code}.`))).toBe(true);
    expect(graph.measures.filter((m) => m.kind === 'SAFEGUARD').map((s) => [s.code, s.title])).toEqual([
      ['S1', '加强组织领导'],
      ['S2', '强化资金支持'],
      ['S3', '强化督导落实'],
    ]);
    expect(byCode('P3').title).toBe('实施知识产权运用促进工程');
    expect(byCode('P3.3').title).toBe('积极推进知识产权质押融资工作');
  });

  it('names the lead and participating departments the document lists, which measures inherit', () => {
    const p4 = byCode('P4');
    expect(p4.leadDepartments.map((d) => d.name)).toEqual(['区市场监督管理局']);
    expect(p4.participatingDepartments.map((d) => d.name)).toEqual([
      '区法院',
      '区工业和信息化局',
      '区公安分局',
      '区司法局',
      '区商务局',
      '区文化和旅游局',
      '各镇、街道',
    ]);
    const p45 = byCode('P4.5');
    expect(p45.leadDepartments).toEqual(p4.leadDepartments);
    expect(p45.participatingDepartments).toEqual(p4.participatingDepartments);
    expect(
      p45.assignments.every((a) => a.inherited && a.inheritedFrom?.code === 'P4' && a.measure.code === 'P4.5'),
    ).toBe(true);
    expect(p4.assignments.every((a) => !a.inherited && a.inheritedFrom === null)).toBe(true);
  });

  it('links each project, and through it each measure, to the goal it serves', () => {
    expect(['P1', 'P2', 'P3', 'P4', 'P5'].map((c) => byCode(c).goal?.code)).toEqual(['G4', 'G1', 'G2', 'G3', 'G5']);
    expect(byCode('P3.3').goal?.code).toBe('G2');
    const g2 = graph.goals.find((g) => g.code === 'G2')!;
    expect(g2.measures.map((m) => m.code)).toEqual(['P3', 'P3.1', 'P3.2', 'P3.3', 'P3.4', 'P3.5']);
  });

  it('states the numeric and qualitative indicators of the goals', () => {
    const indicator = (code: string) => graph.indicators.find((i) => i.code === code);
    expect(indicator('invention-patents-per-10k')).toMatchObject({
      target: 9,
      unit: '件/万人',
      targetKind: 'NUMERIC',
      targetDate: '2025-12-31',
    });
    expect(indicator('valid-trademarks')).toMatchObject({ target: 8000, unit: '件', targetKind: 'NUMERIC' });
    expect(graph.goals.every((g) => g.indicators.length > 0)).toBe(true);
    expect(graph.indicators.filter((i) => i.targetKind === 'QUALITATIVE').every((i) => i.target === null)).toBe(true);
  });

  it('lists the departments that take part, the group 各镇、街道 with its ten member units', async () => {
    expect(graph.departments.map((d) => d.code)).toContain('towns-subdistricts');
    const result = await leader.gql<{ department: { kind: string; members: { name: string; kind: string }[] } }>(
      `{ department(code: "towns-subdistricts") { kind members { name kind } } }`,
    );
    expect(result.data?.department.kind).toBe('GROUP');
    expect(result.data?.department.members.filter((m) => m.kind === 'SUBDISTRICT')).toHaveLength(3);
    expect(result.data?.department.members.filter((m) => m.kind === 'TOWN')).toHaveLength(7);
  });
});

describe('a department’s assignments', () => {
  it('finance takes part in exactly P1, P2 and P3, as the document says', async () => {
    const result = await leader.gql<{
      department: { name: string; assignments: { role: string; measure: { code: string } }[] };
    }>(`{ department(code: "finance") { name assignments(planCode: "${PLAN}") { role measure { code } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.department.name).toBe('区财政局');
    expect(result.data?.department.assignments).toEqual([
      { role: 'PARTICIPANT', measure: { code: 'P1' } },
      { role: 'PARTICIPANT', measure: { code: 'P2' } },
      { role: 'PARTICIPANT', measure: { code: 'P3' } },
    ]);
  });

  it('with inherited: true, also lists every measure of those projects', async () => {
    const result = await leader.gql<{
      department: { assignments: { measure: { code: string }; inherited: boolean }[] };
    }>(
      `{ department(code: "finance") { assignments(planCode: "${PLAN}", inherited: true) { inherited measure { code } } } }`,
    );
    const codes = result.data?.department.assignments.map((a) => a.measure.code);
    expect(codes).toEqual([
      'P1',
      'P1.1',
      'P1.2',
      'P1.3',
      'P2',
      'P2.1',
      'P2.2',
      'P2.3',
      'P2.4',
      'P3',
      'P3.1',
      'P3.2',
      'P3.3',
      'P3.4',
      'P3.5',
    ]);
  });

  it('market-supervision leads all five projects and the first safeguard', async () => {
    const result = await leader.gql<{ department: { assignments: { role: string; measure: { code: string } }[] } }>(
      `{ department(code: "market-supervision") { assignments { role measure { code } } } }`,
    );
    expect(result.data?.department.assignments).toEqual(
      ['P1', 'P2', 'P3', 'P4', 'P5', 'S1'].map((code) => ({ role: 'LEAD', measure: { code } })),
    );
  });
});

describe('errors a client can act on', () => {
  it('an unknown plan code is NOT_FOUND, naming the argument', async () => {
    const result = await leader.gql(`{ plan(code: "no-such-plan") { title } }`);
    expect(result.data).toEqual({ plan: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'code',
      detail: 'PLAN_NOT_FOUND',
    });
    expect(result.errors?.[0]?.message).toContain('no-such-plan');
  });

  it('an unknown department code is NOT_FOUND', async () => {
    const result = await leader.gql(`{ department(code: "ministry-of-magic") { name } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', detail: 'DEPARTMENT_NOT_FOUND' });
  });

  it('an unknown plan code inside a field is NOT_FOUND for that field only', async () => {
    const result = await leader.gql<{ department: { name: string; assignments: unknown } }>(
      `{ department(code: "finance") { name assignments(planCode: "nope") { role } } }`,
    );
    expect(result.data?.department.name).toBe('区财政局');
    expect(result.errors?.[0]).toMatchObject({
      path: ['department', 'assignments'],
      extensions: { code: 'NOT_FOUND', field: 'planCode' },
    });
  });

  it('a malformed query is GRAPHQL_PARSE_FAILED', async () => {
    const result = await leader.gql(`{ plan(code: "x" { title }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await leader.gql(`{ plans { budget } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a body that is not JSON is a 400 with a reason', async () => {
    const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('a GET without a preflight header is refused by CSRF prevention', async () => {
    const res = await fetch(`${app.url}?query=${encodeURIComponent('{ plans { code } }')}`);
    expect(res.status).toBe(400);
  });
});

describe('the same API over graphql-ws', () => {
  it('answers a query on the same port and path', async () => {
    const result = await leader.ws<{ plan: { goals: { code: string }[] } }>(
      `query($c: String!) { plan(code: $c) { goals { code } } }`,
      { c: PLAN },
    );
    expect(result.data?.plan.goals.map((g) => g.code)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5']);
  });

  it('returns the same NOT_FOUND error', async () => {
    const result = await leader.ws(`{ plan(code: "no-such-plan") { title } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
  });
});
