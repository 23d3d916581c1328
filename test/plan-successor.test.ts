import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { addSmallPlan } from './kit/plans';
import { databaseFingerprint, sqlRows } from './kit/sql';

/**
 * 接续方案: the Boshan plan ended on 2025-12-31; a year on, its office (区市场监督管理局, hosting the leading group's
 * office) closes it out. It starts the next plan as a draft carrying the measures not finished, with their units as
 * they stand after 机构改革, and the indicators with their final values as the new baselines; then archives the old
 * plan. Every refusal names its item and writes nothing.
 */
const BOSHAN = 'boshan-ip-2022-2025';
const NEXT = 'boshan-ip-2026-2028';
const RUNNING = 'ip-work-points-2026-2027';
const clock = new ManualClock('2026-12-05T09:00:00+08:00');

let app: TestApp;
let office: ApiClient;
let admin: ApiClient;
let finance: ApiClient;
let leader: ApiClient;

const first = (result: GraphQLResponse) => result.errors?.[0]?.extensions as Record<string, unknown> | undefined;

async function ok<T>(client: ApiClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await client.gql<T>(query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data as T;
}

const CANDIDATES = /* GraphQL */ `
  query($p: String!) {
    successorCandidates(planCode: $p) {
      earliestStart
      measures {
        measure { code title }
        verdict percentComplete lastStatus lastPeriod
        leadDepartments { code }
        carriedLeadDepartments { code }
        carriedParticipants { code }
      }
      indicators { indicator { code } finalValue finalAsOf baselineYear target verdict department { code } }
    }
  }
`;
const START = 'mutation($i: StartSuccessorPlanInput!) { startSuccessorPlan(input: $i) { code lifecycle } }';
const DRAFT = /* GraphQL */ `
  query($p: String!) {
    plan(code: $p) {
      code title lifecycle startsOn endsOn docNumber
      leadingGroup { code }
      predecessor { code }
      viewerCan { edit }
      goals { code }
      measures { code kind parent { code } assignments { role inherited department { code } } }
      indicators { code baseline baselineYear target targetDate targetText measure { code } department { code } goal { code } }
    }
  }
`;

interface Candidates {
  successorCandidates: {
    earliestStart: string;
    measures: {
      measure: { code: string };
      verdict: string;
      percentComplete: number;
      lastStatus: string | null;
      carriedParticipants: { code: string }[];
    }[];
    indicators: {
      indicator: { code: string };
      finalValue: number | null;
      finalAsOf: string | null;
      baselineYear: number | null;
      target: number | null;
    }[];
  };
}

const input = (overrides: Record<string, unknown> = {}) => ({
  planCode: BOSHAN,
  code: NEXT,
  title: '博山区知识产权强市建设工作方案（2026—2028年）',
  startsOn: '2026-01-01',
  endsOn: '2028-12-31',
  docNumber: '博政发〔2026〕3号',
  carryMeasureCodes: ['P1.2', 'P3.3', 'S1'],
  carryIndicatorCodes: ['invention-patents-per-10k', 'valid-trademarks', 'ip-pledge-financing'],
  ...overrides,
});

const fingerprint = () => databaseFingerprint(app.database.db, ['sessions']);

/** A start that must be refused: the code, detail and field, a reason naming `names`, and nothing written. */
async function refused(
  client: ApiClient,
  i: Record<string, unknown>,
  expected: { code: string; detail?: string; field?: string; names?: string },
) {
  const before = await fingerprint();
  const result = await client.gql(START, { i });
  expect(first(result), JSON.stringify(result)).toMatchObject({
    code: expected.code,
    ...(expected.detail && { detail: expected.detail }),
    ...(expected.field && { field: expected.field }),
  });
  if (expected.names) expect(String(first(result)?.reason)).toContain(expected.names);
  expect(await fingerprint()).toEqual(before);
}

beforeAll(async () => {
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  office = await app.as('market-supervision');
  admin = await app.as('admin');
  finance = await app.as('finance');
  leader = await app.as('leader');
  await addSmallPlan(app.database.db, {
    code: RUNNING,
    title: '博山区知识产权工作要点（2026—2027年）',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    lead: 'finance',
  });
}, 120_000);
afterAll(() => app?.close());

describe('the Boshan office puts the next plan on the board', () => {
  it('before: a late report finishes P1.1 and the final values are recorded; 区工信局 is retired after the term', async () => {
    await ok(office, 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }', {
      i: {
        planCode: BOSHAN,
        measureCode: 'P1.1',
        departmentCode: 'market-supervision',
        period: '2025-12',
        status: 'COMPLETED',
        percentComplete: 100,
        summary: '区级知识产权管理体系已完善',
      },
    });
    await ok(office, 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }', {
      i: {
        planCode: BOSHAN,
        measureCode: 'P1.2',
        departmentCode: 'market-supervision',
        period: '2025-12',
        status: 'DELAYED',
        percentComplete: 60,
        summary: '绩效考核办法尚未出台',
      },
    });
    const RECORD = 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }';
    await ok(office, RECORD, {
      i: { planCode: BOSHAN, indicatorCode: 'invention-patents-per-10k', value: 7.4, asOf: '2024-12-31' },
    });
    await ok(office, RECORD, {
      i: { planCode: BOSHAN, indicatorCode: 'invention-patents-per-10k', value: 8.6, asOf: '2025-12-31' },
    });
    await ok(office, RECORD, {
      i: { planCode: BOSHAN, indicatorCode: 'valid-trademarks', value: 7650, asOf: '2025-11-30' },
    });
    const unit = await ok<{ department: { version: number } }>(
      admin,
      '{ department(code: "industry-it") { version } }',
    );
    await ok(admin, 'mutation($i: RetireDepartmentInput!) { retireDepartment(input: $i) { code } }', {
      i: { code: 'industry-it', version: unit.department.version, retiredOn: '2026-06-30' },
    });
  });

  it('the office sees what is left: the measures not finished with their last report, and each indicator’s final value', async () => {
    const { successorCandidates: c } = await ok<Candidates>(office, CANDIDATES, { p: BOSHAN });
    expect(c.earliestStart).toBe('2026-01-01');
    const codes = c.measures.map((m) => m.measure.code);
    expect(codes).not.toContain('P1.1');
    expect(codes).toEqual(expect.arrayContaining(['P1.2', 'P1.3', 'P3.3', 'S1']));
    expect(c.measures.find((m) => m.measure.code === 'P1.2')).toMatchObject({
      verdict: 'NOT_COMPLETED',
      percentComplete: 60,
      lastStatus: 'DELAYED',
    });
    // The retired 区工信局 is dropped from what the successor would give P1's measures.
    const p12 = c.measures.find((m) => m.measure.code === 'P1.2')!;
    expect(p12.carriedParticipants.map((d) => d.code)).not.toContain('industry-it');
    expect(p12.carriedParticipants.map((d) => d.code)).toContain('finance');
    expect(c.indicators.find((i) => i.indicator.code === 'invention-patents-per-10k')).toMatchObject({
      finalValue: 8.6,
      finalAsOf: '2025-12-31',
      baselineYear: 2025,
      target: 9,
    });
    expect(c.indicators.find((i) => i.indicator.code === 'valid-trademarks')).toMatchObject({
      finalValue: 7650,
      baselineYear: 2025,
    });
  });

  it('another office, a clerk and a leader are refused; a plan still running is not succeeded', async () => {
    expect(first(await finance.gql(CANDIDATES, { p: BOSHAN }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(first(await leader.gql(CANDIDATES, { p: BOSHAN }))).toMatchObject({ code: 'FORBIDDEN' });
    await refused(finance, input(), { code: 'FORBIDDEN' });
    await refused(leader, input(), { code: 'FORBIDDEN' });
    await refused(office, input({ planCode: RUNNING, carryMeasureCodes: ['M1'] }), {
      code: 'CONFLICT',
      detail: 'PLAN_NOT_ENDED',
      field: 'input.planCode',
      names: '实施中',
    });
    expect(first(await office.gql(CANDIDATES, { p: RUNNING }))).toMatchObject({ detail: 'PLAN_NOT_ENDED' });
  });

  it('each refusal names its item and writes nothing', async () => {
    await refused(office, input({ carryMeasureCodes: ['P1.2', 'P9.9'] }), {
      code: 'NOT_FOUND',
      detail: 'MEASURE_NOT_FOUND',
      field: 'input.carryMeasureCodes[1]',
      names: 'P9.9',
    });
    await refused(office, input({ carryMeasureCodes: ['P1.1'] }), {
      code: 'BAD_USER_INPUT',
      detail: 'MEASURE_FINISHED',
      field: 'input.carryMeasureCodes[0]',
      names: 'P1.1',
    });
    await refused(office, input({ carryMeasureCodes: ['P1'] }), {
      code: 'BAD_USER_INPUT',
      detail: 'MEASURE_NOT_CARRIED',
      names: 'P1',
    });
    await refused(office, input({ carryIndicatorCodes: ['no-such-indicator'] }), {
      code: 'NOT_FOUND',
      detail: 'INDICATOR_NOT_FOUND',
      field: 'input.carryIndicatorCodes[0]',
      names: 'no-such-indicator',
    });
    await refused(office, input({ code: RUNNING }), {
      code: 'CONFLICT',
      detail: 'PLAN_CODE_TAKEN',
      field: 'input.code',
      names: RUNNING,
    });
    await refused(office, input({ startsOn: '2028-01-01', endsOn: '2027-12-31' }), {
      code: 'BAD_USER_INPUT',
      detail: 'PLAN_DATES_ORDER',
      field: 'input.endsOn',
    });
    await refused(office, input({ startsOn: '2025-12-31' }), {
      code: 'BAD_USER_INPUT',
      detail: 'SUCCESSOR_STARTS_TOO_EARLY',
      field: 'input.startsOn',
      names: '2026-01-01',
    });
  });

  it('the office starts the successor: a draft it keeps, with the carried measures, their units and the new baselines', async () => {
    const started = await ok<{ startSuccessorPlan: { code: string; lifecycle: string } }>(office, START, {
      i: input(),
    });
    expect(started.startSuccessorPlan).toEqual({ code: NEXT, lifecycle: 'DRAFT' });
    const { plan } = await ok<{
      plan: {
        lifecycle: string;
        docNumber: string;
        leadingGroup: { code: string };
        predecessor: { code: string };
        viewerCan: { edit: boolean };
        goals: { code: string }[];
        measures: {
          code: string;
          parent: { code: string } | null;
          assignments: { role: string; inherited: boolean; department: { code: string } }[];
        }[];
        indicators: Record<string, unknown>[];
      };
    }>(office, DRAFT, { p: NEXT });
    expect(plan).toMatchObject({
      lifecycle: 'DRAFT',
      docNumber: '博政发〔2026〕3号',
      leadingGroup: { code: 'leadership-group' },
      predecessor: { code: BOSHAN },
      viewerCan: { edit: true },
    });
    // The chosen measures with their projects, codes kept, in the old order.
    expect(plan.measures.map((m) => [m.code, m.parent?.code ?? null])).toEqual([
      ['P1', null],
      ['P1.2', 'P1'],
      ['P3', null],
      ['P3.3', 'P3'],
      ['S1', null],
    ]);
    const p12 = plan.measures.find((m) => m.code === 'P1.2')!;
    const lead = p12.assignments.filter((a) => a.role === 'LEAD').map((a) => a.department.code);
    const participants = p12.assignments.filter((a) => a.role === 'PARTICIPANT').map((a) => a.department.code);
    expect(lead).toEqual(['market-supervision']);
    expect(participants).toContain('finance');
    expect(participants).not.toContain('industry-it');
    expect(plan.measures.find((m) => m.code === 'S1')!.assignments.length).toBeGreaterThan(0);
    // The goals the carried items serve.
    expect(plan.goals.map((g) => g.code)).toEqual(expect.arrayContaining(['G1', 'G2']));
    expect(plan.indicators).toEqual([
      expect.objectContaining({
        code: 'invention-patents-per-10k',
        baseline: 8.6,
        baselineYear: 2025,
        target: 9,
        targetDate: '2028-12-31',
        department: { code: 'market-supervision' },
        goal: { code: 'G1' },
      }),
      expect.objectContaining({ code: 'valid-trademarks', baseline: 7650, baselineYear: 2025, target: 8000 }),
      // Qualitative, no final value: no baseline; it stays linked to its carried measure.
      expect.objectContaining({
        code: 'ip-pledge-financing',
        baseline: null,
        baselineYear: null,
        measure: { code: 'P3.3' },
      }),
    ]);
  });

  it('the events are recorded: PLAN_CREATED on the draft, PLAN_SUCCEEDED on the ended plan', async () => {
    const rows = await sqlRows<{ type: string; code: string; payload: Record<string, unknown> }>(
      app.database.db,
      sql`select e.type, p.code, e.payload from events e join plans p on p.id = e.plan_id
          where e.type in ('PLAN_CREATED', 'PLAN_SUCCEEDED') order by e.id`,
    );
    expect(rows.map((r) => [r.type, r.code])).toEqual([
      ['PLAN_CREATED', NEXT],
      ['PLAN_SUCCEEDED', BOSHAN],
    ]);
    expect(rows[1]!.payload).toMatchObject({
      code: BOSHAN,
      successorCode: NEXT,
      carriedMeasureCodes: ['P1.2', 'P3.3', 'S1'],
    });
    expect(rows[0]!.payload).toMatchObject({ code: NEXT, before: null, after: { code: NEXT } });
  });

  it('the ended plan names its successor to its office; the departments do not see the draft', async () => {
    const seen = await ok<{ plan: { successors: { code: string }[] } }>(
      office,
      `{ plan(code: "${BOSHAN}") { successors { code } } }`,
    );
    expect(seen.plan.successors).toEqual([{ code: NEXT }]);
    const hidden = await ok<{ plan: { successors: { code: string }[] } }>(
      finance,
      `{ plan(code: "${BOSHAN}") { successors { code } } }`,
    );
    expect(hidden.plan.successors).toEqual([]);
    expect(first(await finance.gql(DRAFT, { p: NEXT }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('then the office archives the Boshan plan; the draft stays its to edit', async () => {
    const archived = await ok<{ archivePlan: { lifecycle: string } }>(
      office,
      `mutation { archivePlan(planCode: "${BOSHAN}") { lifecycle } }`,
    );
    expect(archived.archivePlan.lifecycle).toBe('ARCHIVED');
    const edited = await ok<{ updateDraftPlan: { summary: string } }>(
      office,
      'mutation($i: UpdateDraftPlanInput!) { updateDraftPlan(input: $i) { summary } }',
      { i: { planCode: NEXT, summary: '为巩固知识产权强区试点成果，制定本方案。' } },
    );
    expect(edited.updateDraftPlan.summary).toContain('试点成果');
    // An archived plan can still be read for a successor, and the code now taken is refused.
    await ok(office, CANDIDATES, { p: BOSHAN });
    await refused(office, input(), { code: 'CONFLICT', detail: 'PLAN_CODE_TAKEN', names: NEXT });
  });
});
