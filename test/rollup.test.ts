import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';

const PLAN = 'boshan-ip-2022-2025';
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const ROLLUP = /* GraphQL */ `
  query($p: String!) {
    plan(code: $p) {
      progress { percent reported total rule }
      goals { code progress { percent rule } }
      measures {
        code
        progress { percent reported total rule }
        latestReport { percentComplete period department { code } }
        reports(first: 5) { percentComplete }
      }
      indicators { code latest { value asOf } observations { value } }
    }
    department(code: "finance") { progress(planCode: $p) { percent reported total rule } }
  }
`;

interface Rollup {
  plan: {
    progress: { percent: number; reported: number; total: number; rule: string };
    goals: { code: string; progress: { percent: number } }[];
    measures: {
      code: string;
      progress: { percent: number; reported: number; total: number; rule: string };
      latestReport: { percentComplete: number; period: string; department: { code: string } } | null;
      reports: { percentComplete: number }[];
    }[];
    indicators: { code: string; latest: { value: number; asOf: string } | null; observations: { value: number }[] }[];
  };
  department: { progress: { percent: number; reported: number; total: number; rule: string } };
}

let app: TestApp;
let leader: ApiClient;
const read = async () => (await leader.gql<Rollup>(ROLLUP, { p: PLAN })).data!;
const measure = (data: Rollup, code: string) => data.plan.measures.find((m) => m.code === code)!;
const report = (departmentCode: string, measureCode: string, period: string, percentComplete: number) => ({
  planCode: PLAN,
  measureCode,
  departmentCode,
  period,
  status: 'ON_TRACK',
  percentComplete,
  summary: `${departmentCode} 报告 ${percentComplete}%`,
});

beforeAll(async () => {
  app = await startTestApp();
  leader = await app.as('leader');
});
afterAll(() => app.close());

describe('progress rolls up from the latest reports', () => {
  it('starts at zero, saying nothing has been reported', async () => {
    const data = await read();
    expect(measure(data, 'P1.1').progress).toMatchObject({ percent: 0, reported: 0, rule: '尚未填报，按 0% 计' });
    expect(measure(data, 'P1.1').latestReport).toBeNull();
    expect(data.plan.progress).toMatchObject({ percent: 0, reported: 0, total: 8 });
  });

  it('follows the lead department, falls back to participants, and averages upwards', async () => {
    const office = await app.as('market-supervision');
    const finance = await app.as('finance');
    await office.gql(SUBMIT, { i: report('market-supervision', 'P1.1', '2025-05', 60) });
    await finance.gql(SUBMIT, { i: report('finance', 'P1.1', '2025-06', 90) });
    await finance.gql(SUBMIT, { i: report('finance', 'P1.2', '2025-06', 40) });
    const data = await read();

    const p11 = measure(data, 'P1.1');
    expect(p11.progress.percent).toBe(60);
    expect(p11.progress.rule).toBe('按牵头部门最新报告 (2025-05 60%)');
    // The newest report is finance's, even though the lead's counts for progress.
    expect(p11.latestReport).toMatchObject({ period: '2025-06', percentComplete: 90, department: { code: 'finance' } });
    expect(p11.reports.map((r) => r.percentComplete)).toEqual([90, 60]);

    expect(measure(data, 'P1.2').progress).toMatchObject({
      percent: 40,
      rule: '牵头部门尚未填报，取 1 个参与部门最新报告的平均值',
    });
    expect(measure(data, 'P1').progress).toMatchObject({ percent: 33.3, reported: 2, total: 3 });
    expect(data.plan.goals.find((g) => g.code === 'G4')?.progress.percent).toBe(33.3);
    expect(data.plan.progress).toMatchObject({ percent: 4.2, reported: 1, total: 8 });
    // finance carries the 12 measures of P1, P2 and P3; it reported 90 % and 40 % on two of them.
    expect(data.department.progress).toMatchObject({ percent: 10.8, reported: 2, total: 12 });
  });

  it('each assignment shows its own department’s latest report; a group shows its members’', async () => {
    const town = await app.as('yucheng-town');
    await town.gql(SUBMIT, { i: report('yucheng-town', 'P1.2', '2025-06', 30) });
    interface Cells {
      plan: {
        measures: { code: string; assignments: { department: { code: string }; latestReport: Pct | null }[] }[];
      };
    }
    type Pct = { percentComplete: number };
    const { data } = await leader.gql<Cells>(
      'query($p: String!) { plan(code: $p) { measures { code assignments { department { code } latestReport { percentComplete } } } } }',
      { p: PLAN },
    );
    const cells = (code: string) =>
      Object.fromEntries(
        data!.plan.measures
          .find((m) => m.code === code)!
          .assignments.map((a) => [a.department.code, a.latestReport?.percentComplete ?? null]),
      );
    expect(cells('P1.1')).toMatchObject({ 'market-supervision': 60, finance: 90, 'towns-subdistricts': null });
    expect(cells('P1.2')).toMatchObject({ 'market-supervision': null, finance: 40, 'towns-subdistricts': 30 });
  });

  it('a withdrawn report no longer counts', async () => {
    const finance = await app.as('finance');
    const made = await finance.gql<{ submitProgressReport: { id: string } }>(SUBMIT, {
      i: report('finance', 'P2.1', '2025-07', 80),
    });
    expect(measure(await read(), 'P2.1').progress.percent).toBe(80);
    await finance.gql('mutation($id: ID!) { withdrawProgressReport(id: $id, version: 1) { version } }', {
      id: made.data!.submitProgressReport.id,
    });
    expect(measure(await read(), 'P2.1').progress.percent).toBe(0);
  });

  it('an indicator’s latest value is the one for the latest date', async () => {
    const office = await app.as('market-supervision');
    const record = (value: number, asOf: string) =>
      office.gql('mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }', {
        i: { planCode: PLAN, indicatorCode: 'invention-patents-per-10k', value, asOf },
      });
    await record(7.6, '2024-12-31');
    await record(6.9, '2023-12-31');
    const indicator = (await read()).plan.indicators.find((i) => i.code === 'invention-patents-per-10k')!;
    expect(indicator.latest).toEqual({ value: 7.6, asOf: '2024-12-31' });
    expect(indicator.observations.map((o) => o.value)).toEqual([7.6, 6.9]);
  });
});

describe('the cost of the roll-ups', () => {
  it('reading every measure’s progress, latest report and reports takes a few statements, not one per measure', async () => {
    const statements = await app.countStatements(() => read());
    // session, catalog version, latest reports, reports page, observations, department assignments and progress.
    expect(statements).toBeLessThanOrEqual(8);
  });
});
