import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';

const PLAN = 'boshan-ip-2022-2025';
const SUBMIT = /* GraphQL */ `
  mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { id } }
`;
const WARNINGS = /* GraphQL */ `
  query($plan: String!) {
    plan(code: $plan) {
      expectedProgress reportingCycle dueWorkingDay
      warning { level reason counts { red total } }
      warningCounts { red yellow blue green grey total }
      measures {
        code
        warning { level reason reasons dueOn rule asOf counts { red yellow blue green grey total } }
        reporting { cycle currentPeriod currentDueOn currentReported nextDuePeriod nextDueOn nextDueWorkingDaysLeft
                    overdue { period dueOn workingDaysLate } }
        assignments { role department { code } warning { level reason } }
      }
    }
    department(code: "market-supervision") { warning(planCode: $plan) { level reason rule } }
  }
`;

interface Warning {
  level: string;
  reason: string;
  reasons: string[];
  dueOn: string | null;
  rule: string;
  asOf: string;
}
interface Result {
  plan: {
    expectedProgress: number;
    reportingCycle: string;
    dueWorkingDay: number;
    warning: { level: string; reason: string };
    warningCounts: { red: number; yellow: number; blue: number; green: number; grey: number; total: number };
    measure: {
      code: string;
      warning: Warning & { counts: Record<string, number> | null };
      reporting: {
        cycle: string;
        currentPeriod: string;
        currentDueOn: string;
        currentReported: boolean;
        nextDuePeriod: string | null;
        nextDueOn: string | null;
        nextDueWorkingDaysLeft: number | null;
        overdue: { period: string; dueOn: string; workingDaysLate: number }[];
      };
      assignments: { role: string; department: { code: string }; warning: { level: string; reason: string } }[];
    };
    project: Result['plan']['measure'];
  };
  department: { warning: { level: string; reason: string; rule: string } };
}

const clock = new ManualClock('2025-11-20T09:00:00+08:00');
let app: TestApp;
let office: ApiClient;
let leader: ApiClient;
let admin: ApiClient;

type Measure = Result['plan']['measure'];

/** The plan's warnings at 09:00 on a day, with one measure and project P1 picked out. */
async function look(at: string, measure = 'P1.1'): Promise<Result> {
  clock.set(`${at}T09:00:00+08:00`);
  const result = await leader.gql<{
    plan: Omit<Result['plan'], 'measure' | 'project'> & { measures: Measure[] };
    department: Result['department'];
  }>(WARNINGS, { plan: PLAN });
  expect(result.errors).toBeUndefined();
  const { measures, ...plan } = result.data!.plan;
  return {
    plan: {
      ...plan,
      measure: measures.find((m) => m.code === measure)!,
      project: measures.find((m) => m.code === 'P1')!,
    },
    department: result.data!.department,
  };
}

const report = (period: string, overrides: Record<string, unknown> = {}) =>
  office.gql(SUBMIT, {
    input: {
      planCode: PLAN,
      measureCode: 'P1.1',
      departmentCode: 'market-supervision',
      period,
      status: 'ON_TRACK',
      percentComplete: 95,
      summary: '按计划推进',
      ...overrides,
    },
  });

beforeAll(async () => {
  app = await startTestApp({ clock });
  office = await app.as('market-supervision');
  leader = await app.as('leader');
  admin = await app.as('admin');
  // The lead reports October on time; later reports supersede earlier gaps, so nothing before it is owed.
  clock.set('2025-11-05T09:00:00+08:00');
  expect((await report('2025-10')).errors).toBeUndefined();
});
afterAll(() => app.close());

describe('a measure left unreported, as the clock moves past its deadline (2025-11 due Friday 2025-12-05)', () => {
  it('is green while nothing is due soon, and says what is current and next', async () => {
    const { plan } = await look('2025-11-20');
    expect(plan.reportingCycle).toBe('MONTHLY');
    expect(plan.dueWorkingDay).toBe(5);
    expect(plan.measure.reporting).toEqual({
      cycle: 'MONTHLY',
      currentPeriod: '2025-11',
      currentDueOn: '2025-12-05',
      currentReported: false,
      nextDuePeriod: '2025-11',
      nextDueOn: '2025-12-05',
      nextDueWorkingDaysLeft: 11,
      overdue: [],
    });
    expect(plan.measure.warning).toMatchObject({ level: 'GREEN', dueOn: '2025-12-05', asOf: '2025-11-20' });
  });

  it('turns blue three working days before the deadline, and is still blue on the day', async () => {
    expect((await look('2025-12-01')).plan.measure.warning.level).toBe('GREEN');
    expect((await look('2025-12-02')).plan.measure.warning).toMatchObject({
      level: 'BLUE',
      reason: '2025-11 进展 3 个工作日后截止（2025-12-05），尚未报送',
    });
    expect((await look('2025-12-05')).plan.measure.warning.reason).toBe('2025-11 进展今日截止（2025-12-05），尚未报送');
  });

  it('turns red after the deadline, and so do its lead’s part, its project, the plan and the lead department', async () => {
    const { plan, department } = await look('2025-12-08');
    expect(plan.measure.warning).toMatchObject({
      level: 'RED',
      reason: '2025-11 进展逾期未报，已过截止日 1 个工作日（截止 2025-12-05）',
    });
    expect(plan.measure.reporting.overdue).toEqual([{ period: '2025-11', dueOn: '2025-12-05', workingDaysLate: 1 }]);
    const lead = plan.measure.assignments.find((a) => a.department.code === 'market-supervision')!;
    expect(lead).toMatchObject({ role: 'LEAD', warning: { level: 'RED' } });
    const finance = plan.measure.assignments.find((a) => a.department.code === 'finance')!;
    expect(finance.warning.level).toBe('RED');
    expect(finance.warning.reason).toMatch(/^配合单位不单独报送，随措施：/);
    expect(plan.project.reporting).toBeNull();
    expect(plan.project.warning.level).toBe('RED');
    // The measure whose gap is oldest comes first; the others are counted.
    expect(plan.project.warning.reason).toMatch(
      /^\d+ 项措施逾期未报；最严重的是 P1\.\d+：\d+ 期进展逾期未报（2022-11 至 2025-11）/,
    );
    expect(plan.project.warning.counts?.total).toBeGreaterThan(1);
    expect(plan.warning.level).toBe('RED');
    expect(plan.warningCounts.red).toBeGreaterThanOrEqual(1);
    expect(plan.warningCounts.total).toBe(
      plan.warningCounts.red +
        plan.warningCounts.yellow +
        plan.warningCounts.blue +
        plan.warningCounts.green +
        plan.warningCounts.grey,
    );
    expect(department.warning.level).toBe('RED');
    expect(department.warning.rule).toContain('部门预警');
  });

  it('is green again once the lead reports, late', async () => {
    clock.set('2025-12-09T09:00:00+08:00');
    expect((await report('2025-11')).errors).toBeUndefined();
    const { plan } = await look('2025-12-09');
    expect(plan.measure.reporting.overdue).toEqual([]);
    expect(plan.measure.warning.level).toBe('GREEN');
  });

  it('turns yellow when the lead reports it at risk, red when delayed', async () => {
    clock.set('2025-12-10T09:00:00+08:00');
    expect((await report('2025-11', { status: 'AT_RISK' })).errors).toBeUndefined();
    expect((await look('2025-12-10')).plan.measure.warning).toMatchObject({
      level: 'YELLOW',
      reason: '最新报告（2025-11）自报存在风险',
    });
    expect((await report('2025-11', { status: 'DELAYED' })).errors).toBeUndefined();
    expect((await look('2025-12-10')).plan.measure.warning.level).toBe('RED');
    expect((await report('2025-11', { status: 'ON_TRACK', percentComplete: 80 })).errors).toBeUndefined();
    const paced = (await look('2025-12-10')).plan;
    expect(paced.measure.warning.level).toBe('YELLOW');
    expect(paced.measure.warning.reason).toBe(
      `序时进度 ${paced.expectedProgress}%，实际 80%，落后 ${Math.round((paced.expectedProgress - 80) * 10) / 10} 个百分点`,
    );
  });
});

describe('the plan office sets the cadence and the calendar', () => {
  const SET = /* GraphQL */ `
    mutation($i: SetReportingCycleInput!) { setReportingCycle(input: $i) { planCode measureCode cycle dueWorkingDay } }
  `;

  it('moves the deadline by the plan’s due working day and by a day the office makes a holiday', async () => {
    const set = await leader.gql(SET, { i: { planCode: PLAN, cycle: 'MONTHLY', dueWorkingDay: 3 } });
    expect(set.errors).toBeUndefined();
    expect(set.data?.setReportingCycle).toEqual({
      planCode: PLAN,
      measureCode: null,
      cycle: 'MONTHLY',
      dueWorkingDay: 3,
    });
    // January 2026: 1/1–1/3 off, Sunday 1/4 worked (调休), so the 3rd working day is Tuesday 1/6.
    expect((await look('2025-12-15', 'P1.2')).plan.measure.reporting.currentDueOn).toBe('2026-01-06');
    const holiday = await leader.gql(
      'mutation { setCalendarDay(input: { date: "2026-01-06", working: false, name: "临时停工" }) { date } }',
    );
    expect(holiday.errors).toBeUndefined();
    expect((await look('2025-12-15', 'P1.2')).plan.measure.reporting.currentDueOn).toBe('2026-01-07');
    await leader.gql('mutation { clearCalendarDay(date: "2026-01-06") }');
    await leader.gql(SET, { i: { planCode: PLAN, cycle: 'MONTHLY', dueWorkingDay: 5 } });
  });

  it('reports a measure quarterly once the office says so; a monthly report still counts for its quarter', async () => {
    const set = await admin.gql(SET, { i: { planCode: PLAN, measureCode: 'P1.1', cycle: 'QUARTERLY' } });
    expect(set.data?.setReportingCycle).toEqual({
      planCode: PLAN,
      measureCode: 'P1.1',
      cycle: 'QUARTERLY',
      dueWorkingDay: 5,
    });
    const { plan } = await look('2025-12-15');
    expect(plan.measure.reporting).toMatchObject({
      cycle: 'QUARTERLY',
      currentPeriod: '2025-Q4',
      currentDueOn: '2026-01-08',
    });
    // October's and November's monthly reports are not a Q4 report, but they supersede the quarters before.
    // October's and November's monthly reports are not a Q4 report, but they supersede the quarters before.
    expect(plan.measure.reporting.currentReported).toBe(false);
    expect(plan.measure.reporting.overdue).toEqual([]);
    expect(plan.measure.reporting.nextDueOn).toBe('2026-01-08');
    expect(plan.measure.reporting.nextDueOn).toBe('2026-01-08');
  });

  it('refuses a due working day on a measure and one out of range', async () => {
    const perMeasure = await leader.gql(SET, {
      i: { planCode: PLAN, measureCode: 'P1.2', cycle: 'MONTHLY', dueWorkingDay: 3 },
    });
    expect(perMeasure.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', detail: 'DUE_DAY_PER_PLAN' });
    const range = await leader.gql(SET, { i: { planCode: PLAN, cycle: 'MONTHLY', dueWorkingDay: 0 } });
    expect(range.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueWorkingDay' });
    const unknown = await leader.gql(SET, { i: { planCode: PLAN, measureCode: 'P9.9', cycle: 'MONTHLY' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.measureCode' });
  });
});

describe('an indicator’s path, latest value and projection', () => {
  const RECORD = /* GraphQL */ `
    mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }
  `;
  const ASSESS = /* GraphQL */ `
    query { plan(code: "${PLAN}") { indicators { code
      assessment { level reason expected expectedAtLatest actual actualAsOf projected target targetDate asOf }
    } } }
  `;

  const assessment = async () => {
    const result = await leader.gql<{ plan: { indicators: { code: string; assessment: Record<string, unknown> }[] } }>(
      ASSESS,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.plan.indicators.find((i) => i.code === 'valid-trademarks')!.assessment;
  };

  it('is grey before any value, then measured against the path from the first value to the target', async () => {
    clock.set('2025-06-10T09:00:00+08:00');
    expect(await assessment()).toMatchObject({ level: 'GREY', actual: null, target: 8000 });
    for (const [value, asOf] of [
      [6000, '2023-12-31'],
      [7000, '2024-12-31'],
    ] as const) {
      const recorded = await admin.gql(RECORD, {
        i: { planCode: PLAN, indicatorCode: 'valid-trademarks', value, asOf },
      });
      expect(recorded.errors).toBeUndefined();
    }
    const after = await assessment();
    expect(after).toMatchObject({ level: 'GREEN', actual: 7000, actualAsOf: '2024-12-31', asOf: '2025-06-10' });
    expect(after.reason).toMatch(/^应达 7001\.37，实际 7000（2024-12-31），落后路径 0\.1%；按趋势期末预计 799\d/);
  });

  it('makes its goal red when it falls far behind its path, and the goal says so', async () => {
    const goals = async () => {
      const result = await leader.gql<{
        plan: { goals: { code: string; warning: { level: string; reasons: string[] } }[] };
      }>(`{ plan(code: "${PLAN}") { goals { code warning { level reasons } } } }`);
      expect(result.errors).toBeUndefined();
      return new Map(result.data!.plan.goals.map((g) => [g.code, g.warning]));
    };
    const indicatorReason = (warning?: { reasons: string[] }) => warning?.reasons.find((r) => r.startsWith('指标「'));
    expect(indicatorReason((await goals()).get('G1'))).toBeUndefined();
    const recorded = await admin.gql(RECORD, {
      i: { planCode: PLAN, indicatorCode: 'valid-trademarks', value: 7000, asOf: '2025-06-01' },
    });
    expect(recorded.errors).toBeUndefined();
    expect(await assessment()).toMatchObject({ level: 'RED' });
    const after = await goals();
    expect(after.get('G1')?.level).toBe('RED');
    expect(indicatorReason(after.get('G1'))).toMatch(/^指标「[^」]+」：应达 \d+(\.\d+)?，实际 7000（2025-06-01）/);
    // Another goal's warning does not carry this indicator.
    expect([...after.entries()].filter(([code, w]) => code !== 'G1' && indicatorReason(w)?.includes('7000'))).toEqual(
      [],
    );
  });
});

describe('the cost of warnings', () => {
  it('adds a fixed number of statements for every warning of the plan, however many nodes there are', async () => {
    clock.set('2025-12-10T09:00:00+08:00');
    const shape = (warnings: boolean) => `{ plan(code: "${PLAN}") {
      ${warnings ? 'warning { level } warningCounts { red }' : 'code'}
      measures { code ${warnings ? 'warning { level } reporting { cycle }' : ''} assignments { role ${warnings ? 'warning { level }' : ''} } }
      goals { code ${warnings ? 'warning { level }' : ''} }
      departments { code ${warnings ? `warning(planCode: "${PLAN}") { level }` : ''} } } }`;
    await leader.gql(shape(false)); // the catalog is cached from here on
    const without = await app.countStatements(() => leader.gql(shape(false)));
    const onlyPlan = await app.countStatements(() => leader.gql(`{ plan(code: "${PLAN}") { warning { level } } }`));
    const every = await app.countStatements(async () => expect((await leader.gql(shape(true))).errors).toBeUndefined());
    // The calendar's office entries, the reporting cycles, the reported periods, the latest reports; the groups.
    expect(every - without).toBeLessThanOrEqual(5);
    expect(every).toBeLessThanOrEqual(onlyPlan + 1);
  });
});
