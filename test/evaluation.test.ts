import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boshanIpPlanSeed, importPlan, registerDepartments } from '../server/src/seed';
import { scalePlanSeed } from '../server/src/seed/synthetic-plan';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';

const PLAN = 'boshan-ip-2022-2025';
const EVALUATION = `query($p: String!) { planEvaluation(planCode: $p) {
  plan { code } endsOn evaluatedOn final rule
  summary { indicatorsMet indicatorsNotMet indicatorsQualitative indicatorsNoData indicatorsTotal
            measuresCompleted measuresNotCompleted measuresNotReported measuresTotal openItems reason }
  indicators { indicator { code } target baseline finalValue finalAsOf verdict achievementPercent progressPercent reason }
  measures { measure { code } percentComplete verdict leadDepartments { code } reason }
  departments { department { code } measuresLed measuresCompleted reportsFiled periodsMissed noticesReceived
                noticesOpen noticesOverdue indicatorsOwned indicatorsMet indicatorsNotMet reason
                reporting { measuresLed owed reported onTime late missing basis } }
  openItems { kind title measure { code } department { code } indicator { code } urgeNotice { id } reason }
} }`;
const RECORD = 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }';
const REPORT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const ISSUE = 'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }';

interface IndicatorEvaluation {
  indicator: { code: string };
  finalValue: number | null;
  finalAsOf: string | null;
  verdict: string;
  achievementPercent: number | null;
  reason: string;
}
interface MeasureEvaluation {
  measure: { code: string };
  percentComplete: number;
  verdict: string;
  leadDepartments: { code: string }[];
  reason: string;
}
interface DepartmentRecord {
  department: { code: string };
  measuresLed: number;
  measuresCompleted: number;
  reportsFiled: number;
  periodsMissed: number;
  noticesReceived: number;
  noticesOpen: number;
  noticesOverdue: number;
  indicatorsOwned: number;
  indicatorsMet: number;
  indicatorsNotMet: number;
  reason: string;
  reporting: {
    measuresLed: number;
    owed: number;
    reported: number;
    onTime: number;
    late: number;
    missing: number;
    basis: string;
  };
}
interface OpenItem {
  kind: string;
  title: string;
  measure: { code: string } | null;
  department: { code: string } | null;
  indicator: { code: string } | null;
  urgeNotice: { id: string } | null;
  reason: string;
}
interface Evaluation {
  endsOn: string;
  evaluatedOn: string;
  final: boolean;
  summary: Record<string, number> & { reason: string };
  indicators: IndicatorEvaluation[];
  measures: MeasureEvaluation[];
  departments: DepartmentRecord[];
  openItems: OpenItem[];
}

const clock = new ManualClock('2025-06-30T10:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let office: ApiClient;
let viewer: ApiClient;

async function evaluate(client: ApiClient = viewer, planCode = PLAN): Promise<Evaluation> {
  const result = await client.gql<{ planEvaluation: Evaluation }>(EVALUATION, { p: planCode });
  expect(result.errors).toBeUndefined();
  return result.data!.planEvaluation;
}

async function ok(client: ApiClient, query: string, input: Record<string, unknown>) {
  const result = await client.gql<Record<string, { id: string }>>(query, { i: input });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!.id;
}

const record = (indicatorCode: string, value: number, asOf: string) =>
  ok(office, RECORD, { planCode: PLAN, indicatorCode, value, asOf });

const indicator = (e: Evaluation, code: string) => e.indicators.find((i) => i.indicator.code === code)!;
const measure = (e: Evaluation, code: string) => e.measures.find((m) => m.measure.code === code)!;
const department = (e: Evaluation, code: string) => e.departments.find((d) => d.department.code === code)!;

beforeAll(async () => {
  app = await startTestApp({ clock });
  leader = await app.as('leader');
  office = await app.as('market-supervision');
  viewer = await app.as('viewer');
});
afterAll(() => app.close());

describe('before the term ends, the evaluation says where things stand today', () => {
  it('in mid-2025 judges the latest value against the target, and is not final', async () => {
    await record('invention-patents-per-10k', 6.9, '2025-06-30');
    const e = await evaluate();
    expect(e).toMatchObject({ endsOn: '2025-12-31', evaluatedOn: '2025-06-30', final: false });
    expect(e.summary.reason).toContain('中期评估');
    expect(indicator(e, 'invention-patents-per-10k')).toMatchObject({
      verdict: 'NOT_MET',
      finalValue: 6.9,
      finalAsOf: '2025-06-30',
      achievementPercent: 76.7,
      reason: '目标 9 件/万人，最新值 6.9 件/万人（2025-06-30），达成 76.7%，差 2.1 件/万人，尚未达到目标',
    });
    expect(indicator(e, 'valid-trademarks')).toMatchObject({ verdict: 'NO_DATA', finalValue: null });
    expect(indicator(e, 'valid-trademarks').reason).toBe('目标 8000 件，截至今日未填报实际值');
  });

  it('on the last day of the term is still not final: the term ends with that day', async () => {
    clock.set('2025-12-31T23:00:00+08:00');
    const e = await evaluate();
    expect(e.final).toBe(false);
    expect(e.evaluatedOn).toBe('2025-12-31');
  });
});

describe('after the term, the final evaluation', () => {
  let noticeId = '';

  beforeAll(async () => {
    clock.set('2026-01-15T09:00:00+08:00');
    // Indicators: one met (with a later value that must not replace the term's); the other so far has only a
    // value dated after the end (its term-end value comes in the boundary story below).
    await record('invention-patents-per-10k', 9.2, '2025-12-31');
    await record('invention-patents-per-10k', 8.5, '2026-01-05');
    await record('valid-trademarks', 7300, '2026-01-05');
    // Measures: P1.1 completed, P2.1 at 60 % with a problem for another department.
    const report = { planCode: PLAN, departmentCode: 'market-supervision', period: '2025-12', summary: '年度工作总结' };
    await ok(office, REPORT, { ...report, measureCode: 'P1.1', status: 'COMPLETED', percentComplete: 100 });
    await ok(office, REPORT, {
      ...report,
      measureCode: 'P2.1',
      status: 'DELAYED',
      percentComplete: 60,
      problems: '专利导航专项资金尚未到位，需区财政局协调',
    });
    noticeId = await ok(leader, ISSUE, {
      planCode: PLAN,
      measureCode: 'P2.1',
      departmentCode: 'market-supervision',
      level: 'SUPERVISE',
      text: 'P2.1 未完成，请于 1 月 16 日前说明原因和整改计划',
      dueOn: '2026-01-16',
    });
    clock.set('2026-01-19T09:00:00+08:00');
  });

  it('is final, dated today by the clock', async () => {
    const e = await evaluate();
    expect(e).toMatchObject({ endsOn: '2025-12-31', evaluatedOn: '2026-01-19', final: true });
    expect(e.summary.reason).toBe('终期评估：方案期 2022-01-01 至 2025-12-31 已结束，评估日 2026-01-19');
  });

  it('counts a value dated exactly on the end date as final; one dated after it does not replace it', async () => {
    // With only a value dated after the end, that value stands in, and the reason says so.
    let e = await evaluate();
    expect(indicator(e, 'valid-trademarks')).toMatchObject({ finalValue: 7300, finalAsOf: '2026-01-05' });
    expect(indicator(e, 'valid-trademarks').reason).toContain('截止日前无实际值，取截止日后最早的值');
    // A value dated exactly on the end date is the final one, although recorded later than the 2026-01-05 value.
    await record('valid-trademarks', 7200, '2025-12-31');
    e = await evaluate();
    expect(indicator(e, 'valid-trademarks')).toMatchObject({ finalValue: 7200, finalAsOf: '2025-12-31' });
    // The 2026-01-05 value (8.5) would turn the patents indicator to NOT_MET if it counted.
    expect(indicator(e, 'invention-patents-per-10k')).toMatchObject({ finalValue: 9.2, finalAsOf: '2025-12-31' });
  });

  it('judges each indicator by its final value, and says why', async () => {
    const e = await evaluate();
    expect(indicator(e, 'invention-patents-per-10k')).toMatchObject({
      verdict: 'MET',
      finalValue: 9.2,
      finalAsOf: '2025-12-31',
      achievementPercent: 102.2,
      reason: '目标 9 件/万人，终值 9.2 件/万人（2025-12-31），达成 102.2%',
    });
    expect(indicator(e, 'valid-trademarks')).toMatchObject({
      verdict: 'NOT_MET',
      finalValue: 7200,
      achievementPercent: 90,
      reason: '目标 8000 件，终值 7200 件（2025-12-31），达成 90%，差 800 件，未达成',
    });
    // Qualitative targets take no values: left to the evaluators.
    expect(indicator(e, 'copyright-registrations')).toMatchObject({ verdict: 'QUALITATIVE', finalValue: null });
    expect(indicator(e, 'copyright-registrations').reason).toBe(
      '定性目标（各类版权作品、软件著作权自愿登记数量显著增长），由评估组据工作报告评定',
    );
    const qualitative = e.indicators.filter((i) => i.verdict === 'QUALITATIVE').length;
    expect(e.summary).toMatchObject({
      indicatorsMet: 1,
      indicatorsNotMet: 1,
      indicatorsQualitative: qualitative,
      indicatorsNoData: 0,
      indicatorsTotal: e.indicators.length,
    });
    expect(qualitative).toBe(e.indicators.length - 2);
  });

  it('judges each measure by the progress roll-up, with its lead departments', async () => {
    const e = await evaluate();
    expect(measure(e, 'P1.1')).toMatchObject({
      verdict: 'COMPLETED',
      percentComplete: 100,
      leadDepartments: [{ code: 'market-supervision' }],
    });
    expect(measure(e, 'P1.1').reason).toBe('完成 100%，已完成（按牵头部门最新报告 (2025-12 100%)）');
    expect(measure(e, 'P2.1')).toMatchObject({ verdict: 'NOT_COMPLETED', percentComplete: 60 });
    expect(measure(e, 'P2.1').reason).toBe('完成 60%，未完成（按牵头部门最新报告 (2025-12 60%)）');
    expect(measure(e, 'P1.2')).toMatchObject({ verdict: 'NOT_REPORTED', percentComplete: 0 });
    // Only measures that carry the work: no project appears.
    expect(e.measures.map((m) => m.measure.code)).not.toContain('P1');
    expect(e.summary).toMatchObject({
      measuresCompleted: 1,
      measuresNotCompleted: 1,
      measuresNotReported: e.measures.length - 2,
      measuresTotal: e.measures.length,
    });
    // The same figure as the progress module's own.
    const progress = await viewer.gql<{ plan: { measures: { code: string; progress: { percent: number } }[] } }>(
      `{ plan(code: "${PLAN}") { measures { code progress { percent } } } }`,
    );
    const p21 = progress.data?.plan.measures.find((m) => m.code === 'P2.1');
    expect(p21?.progress.percent).toBe(measure(e, 'P2.1').percentComplete);
  });

  it('keeps each department’s record: measures led and completed, reports, missed periods, notices, indicators', async () => {
    const e = await evaluate();
    const office = department(e, 'market-supervision');
    const led = e.measures.filter((m) => m.leadDepartments.some((d) => d.code === 'market-supervision'));
    // The periods owed, reported and missed are 考核's whole-term count of the same department: one rule.
    const assessed = await viewer.gql<{
      departmentAssessment: { rows: { department: { code: string }; reporting: DepartmentRecord['reporting'] }[] };
    }>(
      `{ departmentAssessment(planCode: "${PLAN}") { rows { department { code }
          reporting { measuresLed owed reported onTime late missing basis } } } }`,
    );
    const reporting = assessed.data!.departmentAssessment.rows.find(
      (row) => row.department.code === 'market-supervision',
    )!.reporting;
    expect(reporting.missing).toBeGreaterThan(0);
    expect(office.reporting).toEqual(reporting);
    expect(office).toMatchObject({
      measuresLed: led.length,
      measuresCompleted: 1,
      reportsFiled: 2,
      periodsMissed: reporting.missing,
      noticesReceived: 1,
      noticesOpen: 1,
      noticesOverdue: 1,
      indicatorsOwned: e.indicators.length,
      indicatorsMet: 1,
      indicatorsNotMet: 1,
    });
    expect(office.reason).toContain(
      `牵头 ${led.length} 项措施，完成 1 项；应报 ${reporting.owed} 期（${reporting.basis}），已报 ${reporting.reported} 期` +
        `（按时 ${reporting.onTime} 期、逾期 ${reporting.late} 期），未报 ${reporting.missing} 期；共提交报告 2 份（含配合措施的报告，同一期可有多份）`,
    );
    expect(office.reason).toContain('收到督办单 1 件，未办结 1 件（逾期 1 件）');
    expect(office.reason).toContain('负责指标 8 项（达成 1、未达成 1、定性或无数据 6）');
    expect(department(e, 'finance')).toMatchObject({ measuresLed: 0, reportsFiled: 0, noticesReceived: 0 });
    expect(department(e, 'finance').reason).toBe('未牵头措施；共提交报告 0 份');
  });

  it('lists what remains open: the indicator not met, measures not completed, their problems, the open notice', async () => {
    const e = await evaluate();
    const of = (kind: string) => e.openItems.filter((item) => item.kind === kind);
    expect(of('INDICATOR_NOT_MET')).toEqual([
      expect.objectContaining({
        title: '有效商标注册量未达成目标',
        indicator: { code: 'valid-trademarks' },
        department: { code: 'market-supervision' },
        reason: indicator(e, 'valid-trademarks').reason,
      }),
    ]);
    expect(of('INDICATOR_NO_DATA')).toEqual([]);
    const unfinished = of('MEASURE_NOT_COMPLETED').map((item) => item.measure?.code);
    expect(unfinished).toContain('P2.1');
    expect(unfinished).not.toContain('P1.1');
    expect(unfinished).toHaveLength(e.summary.measuresNotCompleted! + e.summary.measuresNotReported!);
    expect(of('PROBLEM_UNRESOLVED')).toEqual([
      expect.objectContaining({
        measure: { code: 'P2.1' },
        department: { code: 'market-supervision' },
        reason: '区市场监督管理局最新报告（2025-12）：专利导航专项资金尚未到位，需区财政局协调',
      }),
    ]);
    expect(of('NOTICE_OPEN')).toEqual([
      expect.objectContaining({ urgeNotice: { id: noticeId }, measure: { code: 'P2.1' } }),
    ]);
    expect(of('NOTICE_OPEN')[0]!.reason).toBe(
      '发给区市场监督管理局，状态「已下发」，反馈期限 2026-01-16，已逾期，尚未办结',
    );
    expect(e.summary.openItems).toBe(e.openItems.length);
  });

  it('drops a notice from the open items once it is closed', async () => {
    await office.gql('mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { id } }', { id: noticeId });
    await office.gql('mutation($id: ID!) { respondToUrgeNotice(id: $id, response: "资金已落实") { id } }', {
      id: noticeId,
    });
    const closed = await leader.gql('mutation($id: ID!) { closeUrgeNotice(id: $id) { state } }', { id: noticeId });
    expect(closed.errors).toBeUndefined();
    const e = await evaluate();
    expect(e.openItems.filter((item) => item.kind === 'NOTICE_OPEN')).toEqual([]);
    expect(department(e, 'market-supervision')).toMatchObject({
      noticesReceived: 1,
      noticesOpen: 0,
      noticesOverdue: 0,
    });
    expect(department(e, 'market-supervision').reason).toContain('收到督办单 1 件，均已办结');
  });

  it('refuses an unknown plan by name', async () => {
    const result = await viewer.gql(EVALUATION, { p: 'no-such-plan' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'planCode' });
  });
});

describe('the cost of an evaluation', () => {
  it('takes the same small number of SQL statements for the seeded plan and one ten times its size', async () => {
    const large = scalePlanSeed(boshanIpPlanSeed, 10);
    await importPlan(app.database.db, large);
    const count = (planCode: string) => app.countStatements(() => evaluate(leader, planCode));
    // Warm the catalog cache once for each, then count.
    await count(PLAN);
    await count(large.code);
    const seeded = await count(PLAN);
    const tenfold = await count(large.code);
    expect((await evaluate(leader, large.code)).measures.length).toBe(10 * (await evaluate()).measures.length);
    expect(tenfold).toBe(seeded);
    // Session, catalog version; report counts, latest reports, observations, notices; calendar, cycles and
    // reported periods (for the reporting status).
    expect(seeded).toBeLessThanOrEqual(9);
  });

  it('after a catalog change, still takes the same number for both plans', async () => {
    let changes = 0;
    const coldCount = async (planCode: string) => {
      changes += 1;
      await registerDepartments(app.database.db, [
        { code: `evaluation-unit-${changes}`, name: `评估测试单位${changes}`, kind: 'GOVERNMENT_DEPARTMENT' },
      ]);
      return app.countStatements(() => evaluate(leader, planCode));
    };
    const seeded = await coldCount(PLAN);
    const tenfold = await coldCount(`${PLAN}-x10`);
    expect(tenfold).toBe(seeded);
    // The catalog's own reads (plan, goals, measures, assignments, indicators, departments, groups) on top.
    expect(seeded).toBeLessThanOrEqual(16);
  });
});
