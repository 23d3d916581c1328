import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, type PlanSeed } from '../server/src/seed';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

/**
 * What a revision (方案调整) leaves in the database, as every screen reads it. A 2025 plan reporting monthly:
 * 区财政局 leads M1 and M3, 区商务局 leads M2. On 2025-05-01 a revision takes effect: it withdraws M1 (撤销, its
 * reports kept), hands M2's lead from 区商务局 to 区市场监督管理局, and lowers nothing but raises the funds target
 * from 15 to 20 万元. The revision mutation is another module's: this story writes the rows it leaves directly.
 */
const PLAN = 'revision-reads-2025';
const EFFECTIVE = '2025-05-01';
const seed: PlanSeed = {
  code: PLAN,
  title: '方案调整读取测试（2025年）',
  issuer: '博山区人民政府',
  docNumber: '测试〔2025〕9号',
  issuedOn: '2025-01-01',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  summary: null,
  leadingGroupCode: 'leadership-group',
  goals: [{ code: 'G1', title: '目标', description: null }],
  measures: [
    {
      code: 'M1',
      kind: 'MEASURE',
      goalCode: 'G1',
      title: '举办知识产权博览会',
      description: null,
      assignments: [{ departmentCode: 'finance', role: 'LEAD' }],
    },
    {
      code: 'M2',
      kind: 'MEASURE',
      goalCode: 'G1',
      title: '商标品牌培育',
      description: null,
      assignments: [{ departmentCode: 'commerce', role: 'LEAD' }],
    },
    {
      code: 'M3',
      kind: 'MEASURE',
      goalCode: 'G1',
      title: '专项资金保障',
      description: null,
      assignments: [{ departmentCode: 'finance', role: 'LEAD' }],
    },
  ],
  indicators: [
    {
      code: 'funds',
      goalCode: 'G1',
      departmentCode: 'finance',
      name: '知识产权专项资金',
      unit: '万元',
      baseline: 10,
      baselineYear: 2024,
      target: 15,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'NUMERIC',
      targetText: '到2025年达到15万元',
    },
  ],
};

const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const URGE = 'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }';
const PLAN_READ = /* GraphQL */ `
  query($code: String!) {
    plan(code: $code) {
      overview { scope overdue verdictCounts { total grey } statusCounts { total unreported } }
      warningCounts { total }
      warning { details }
      measures {
        code
        withdrawn { on reason }
        warning { level reason }
        reporting { overdue { period } nextDuePeriod }
        reports(first: 100) { period department { code } }
      }
      indicators { code target targetHistory { target targetText targetDate until revisionNumber } }
    }
  }
`;
const ASSESS = /* GraphQL */ `
  query($plan: String!, $period: String) {
    departmentAssessment(planCode: $plan, period: $period) {
      rows { department { code } reporting { measuresLed owed onTime late missing basis } }
    }
  }
`;
const EVALUATE = /* GraphQL */ `
  query($plan: String!) {
    planEvaluation(planCode: $plan) {
      measures { measure { code } }
      indicators { indicator { code targetHistory { target } } verdict reason }
    }
  }
`;

interface MeasureRead {
  code: string;
  withdrawn: { on: string; reason: string } | null;
  warning: { level: string; reason: string };
  reporting: { overdue: { period: string }[]; nextDuePeriod: string | null } | null;
  reports: { period: string; department: { code: string } }[];
}
interface PlanRead {
  overview: {
    scope: string;
    overdue: number;
    verdictCounts: { total: number; grey: number };
    statusCounts: { total: number; unreported: number };
  };
  warningCounts: { total: number };
  warning: { details: string[] };
  measures: MeasureRead[];
  indicators: { code: string; target: number; targetHistory: Record<string, unknown>[] }[];
}
interface TallyRow {
  department: { code: string };
  reporting: { measuresLed: number; owed: number; onTime: number; late: number; missing: number; basis: string };
}

const clock = new ManualClock('2025-01-02T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let finance: ApiClient;
let commerce: ApiClient;
let market: ApiClient;

const at = (day: string) => clock.set(`${day}T10:00:00+08:00`);

async function report(client: ApiClient, departmentCode: string, measureCode: string, period: string, on: string) {
  at(on);
  return client.gql(SUBMIT, {
    i: {
      planCode: PLAN,
      measureCode,
      departmentCode,
      period,
      status: 'ON_TRACK',
      percentComplete: 30,
      summary: '推进中',
    },
  });
}

async function readPlan(): Promise<PlanRead> {
  const result = await leader.gql<{ plan: PlanRead }>(PLAN_READ, { code: PLAN });
  expect(result.errors).toBeUndefined();
  return result.data!.plan;
}

const measureOf = (plan: PlanRead, code: string) => plan.measures.find((m) => m.code === code)!;

async function tallies(period: string | null): Promise<Map<string, TallyRow['reporting']>> {
  const result = await leader.gql<{ departmentAssessment: { rows: TallyRow[] } }>(ASSESS, { plan: PLAN, period });
  expect(result.errors).toBeUndefined();
  return new Map(result.data!.departmentAssessment.rows.map((row) => [row.department.code, row.reporting]));
}

/**
 * The rows a published revision leaves (publishRevision writes the same in one transaction): the revision, M1
 * withdrawn from its effective date, M2's lead handed over (the old duty kept in ended_assignments with its span),
 * the funds target raised with the old one in its history.
 */
async function publishRevisionBehindTheApi() {
  const { db } = app.database;
  const { planId, leaderId, marketId, commerceId } = (
    await sqlRows<{
      planId: number;
      leaderId: number;
      marketId: number;
      commerceId: number;
    }>(
      db,
      sql`select (select id from plans where code = ${PLAN}) as "planId",
               (select id from users where username = 'leader') as "leaderId",
               (select id from departments where code = 'market-supervision') as "marketId",
               (select id from departments where code = 'commerce') as "commerceId"`,
    )
  )[0]!;
  await db.transaction(async (tx) => {
    const revisionId = (
      await sqlRows<{ id: number }>(
        tx,
        sql`insert into plan_revisions (plan_id, number, reason, doc_number, effective_on, published_by, changes)
          values (${planId}, 1, '机构改革后调整部分措施和指标', '测试〔2025〕12号', ${EFFECTIVE}, ${leaderId}, '[]'::jsonb)
          returning id`,
      )
    )[0]!.id;
    await tx.execute(
      sql`update measures set withdrawn_on = ${EFFECTIVE}, withdrawn_reason = '博览会改由市级统一举办'
          where plan_id = ${planId} and code = 'M1'`,
    );
    const m2 = (
      await sqlRows<{ m2: number }>(tx, sql`select id as m2 from measures where plan_id = ${planId} and code = 'M2'`)
    )[0]!.m2;
    await tx.execute(sql`delete from assignments where measure_id = ${m2} and department_id = ${commerceId}`);
    await tx.execute(
      sql`insert into assignments (plan_id, measure_id, department_id, role, position, since)
          values (${planId}, ${m2}, ${marketId}, 'LEAD', 0, ${EFFECTIVE})`,
    );
    await tx.execute(
      sql`insert into ended_assignments (plan_id, measure_id, department_id, role, since, until, revision_id)
          values (${planId}, ${m2}, ${commerceId}, 'LEAD', null, '2025-04-30', ${revisionId})`,
    );
    await tx.execute(
      sql`update indicators set target = 20, target_text = '到2025年达到20万元',
            target_history = ${JSON.stringify([
              {
                target: 15,
                targetText: '到2025年达到15万元',
                targetDate: '2025-12-31',
                until: '2025-04-30',
                revisionNumber: 1,
              },
            ])}::jsonb
          where plan_id = ${planId} and code = 'funds'`,
    );
  });
}

beforeAll(async () => {
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  await importPlan(app.database.db, seed);
  leader = await app.as('leader');
  finance = await app.as('finance');
  commerce = await app.as('commerce');
  market = await app.as('market-supervision');
  // Before the revision. Finance reports M1 for January and February, then nothing: March (due 04-08) is late.
  // Commerce reports M2 for January only: February (due 03-07) and March (due 04-08) are its own to answer for.
  // Finance reports M3 every month on time.
  for (const [period, on] of [
    ['2025-01', '2025-02-06'],
    ['2025-02', '2025-03-05'],
  ] as const) {
    expect((await report(finance, 'finance', 'M1', period, on)).errors).toBeUndefined();
  }
  expect((await report(commerce, 'commerce', 'M2', '2025-01', '2025-02-06')).errors).toBeUndefined();
  for (const [period, on] of [
    ['2025-01', '2025-02-06'],
    ['2025-02', '2025-03-05'],
    ['2025-03', '2025-04-03'],
    ['2025-04', '2025-05-08'],
    ['2025-05', '2025-06-05'],
  ] as const) {
    expect((await report(finance, 'finance', 'M3', period, on)).errors).toBeUndefined();
  }
  at('2025-04-25');
  await publishRevisionBehindTheApi();
  // After it: the new lead of M2 reports April (due 05-12) and May (due 06-09) on time.
  expect((await report(market, 'market-supervision', 'M2', '2025-04', '2025-05-09')).errors).toBeUndefined();
  expect((await report(market, 'market-supervision', 'M2', '2025-05', '2025-06-05')).errors).toBeUndefined();
  at('2025-06-20');
  const value = await finance.gql(
    'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }',
    { i: { planCode: PLAN, indicatorCode: 'funds', value: 18, asOf: '2025-06-20' } },
  );
  expect(value.errors).toBeUndefined();
});
afterAll(() => app.close());

describe('a withdrawn measure (撤销)', () => {
  it('stays in the plan tree marked withdrawn, with its reports, and leaves the cockpit’s counts', async () => {
    const plan = await readPlan();
    const m1 = measureOf(plan, 'M1');
    expect(m1.withdrawn).toEqual({ on: EFFECTIVE, reason: '博览会改由市级统一举办' });
    expect(m1.reports.map((r) => r.period).sort()).toEqual(['2025-01', '2025-02']);
    expect(m1.warning).toMatchObject({ level: 'GREY', reason: expect.stringContaining('已撤销') });
    // Counted: M2 and M3 only, in both panels and the roll-up.
    expect(plan.overview.statusCounts.total).toBe(2);
    expect(plan.overview.verdictCounts.total).toBe(2);
    expect(plan.warningCounts.total).toBe(2);
    expect(plan.overview.scope).toMatch(/^2 项措施/);
    expect(plan.warning.details.join('\n')).not.toContain('M1');
  });

  it('owes nothing due on or after its withdrawal: only the March report, due before it, stays late', async () => {
    const m1 = measureOf(await readPlan(), 'M1');
    expect(m1.reporting?.overdue.map((o) => o.period)).toEqual(['2025-03']);
    expect(m1.reporting?.nextDuePeriod).toBeNull();
  });

  it('takes no new report and no urging notice: CONFLICT MEASURE_WITHDRAWN naming the measure', async () => {
    const filed = await report(finance, 'finance', 'M1', '2025-05', '2025-06-20');
    expect(filed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', detail: 'MEASURE_WITHDRAWN' });
    expect(filed.errors?.[0]?.message).toContain('M1');
    const urged = await leader.gql(URGE, {
      i: {
        planCode: PLAN,
        measureCode: 'M1',
        departmentCode: 'finance',
        level: 'REMIND',
        text: '请报送',
        dueOn: '2025-06-30',
      },
    });
    expect(urged.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', detail: 'MEASURE_WITHDRAWN' });
  });

  it('leaves 终期评估’s measures', async () => {
    const result = await leader.gql<{
      planEvaluation: { measures: { measure: { code: string } }[] };
    }>(EVALUATE, { plan: PLAN });
    expect(result.errors).toBeUndefined();
    expect(result.data!.planEvaluation.measures.map((m) => m.measure.code)).toEqual(['M2', 'M3']);
  });
});

describe('a lead handed over (牵头单位调整)', () => {
  it('leaves the former lead the lateness of the periods it owed, and judges the new one only from its start', async () => {
    const h1 = await tallies('2025-H1');
    // 区商务局 owed January to March on M2 (due before 05-01): January on time, February and March missing.
    expect(h1.get('commerce')).toMatchObject({ measuresLed: 1, owed: 3, onTime: 1, missing: 2 });
    // 区市场监督管理局 owes April and May only, both on time: not late for the periods before it took over.
    expect(h1.get('market-supervision')).toMatchObject({ measuresLed: 1, owed: 2, onTime: 2, late: 0, missing: 0 });
    // 区财政局: M3 only (M1 withdrawn leaves 考核): January to May, all on time.
    expect(h1.get('finance')).toMatchObject({ measuresLed: 1, owed: 5, onTime: 5, missing: 0 });
  });

  it('shows the measure as current by the reports of each lead in its own term', async () => {
    const m2 = measureOf(await readPlan(), 'M2');
    expect(m2.reporting?.overdue.map((o) => o.period)).toEqual([]);
    expect(m2.reports.map((r) => `${r.period} ${r.department.code}`).sort()).toEqual([
      '2025-01 commerce',
      '2025-04 market-supervision',
      '2025-05 market-supervision',
    ]);
  });
});

describe('a revised target (调整前)', () => {
  it('is shown with the old target, and 终期评估 judges the value against the one in force', async () => {
    const funds = (await readPlan()).indicators.find((i) => i.code === 'funds')!;
    expect(funds.target).toBe(20);
    expect(funds.targetHistory).toEqual([
      {
        target: 15,
        targetText: '到2025年达到15万元',
        targetDate: '2025-12-31',
        until: '2025-04-30',
        revisionNumber: 1,
      },
    ]);
    const result = await leader.gql<{
      planEvaluation: { indicators: { indicator: { code: string }; verdict: string; reason: string }[] };
    }>(EVALUATE, { plan: PLAN });
    expect(result.errors).toBeUndefined();
    const judged = result.data!.planEvaluation.indicators.find((i) => i.indicator.code === 'funds')!;
    // 18 would meet the old 15; against 20 it does not.
    expect(judged.verdict).toBe('NOT_MET');
    expect(judged.reason).toContain('目标 20 万元（调整前：15 万元，第 1 次调整，至 2025-04-30）');
  });
});
