import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, type PlanSeed } from '../server/src/seed';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

/**
 * 考核: a small plan for 2025 in which 区财政局 leads M1 and 区商务局 leads M2 (各镇、街道 take part in both), each
 * reporting monthly by the 5th working day of the next month. Finance reports every month on time but falls
 * behind pace; commerce is ahead of pace but reports one month late and one not at all.
 */
const PLAN = 'assessment-story-2025';
const seed: PlanSeed = {
  code: PLAN,
  title: '考核测试方案（2025年）',
  issuer: '博山区人民政府',
  docNumber: '测试〔2025〕1号',
  issuedOn: '2025-01-01',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  summary: '考核测试',
  leadingGroupCode: 'leadership-group',
  goals: [{ code: 'G1', title: '目标', description: '目标' }],
  measures: [
    {
      code: 'M1',
      kind: 'MEASURE',
      goalCode: 'G1',
      title: '资金保障',
      description: null,
      assignments: [
        { departmentCode: 'finance', role: 'LEAD' },
        { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
      ],
    },
    {
      code: 'M2',
      kind: 'MEASURE',
      goalCode: 'G1',
      title: '商标品牌',
      description: null,
      assignments: [
        { departmentCode: 'commerce', role: 'LEAD' },
        { departmentCode: 'finance', role: 'PARTICIPANT' },
        { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
      ],
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
      target: 20,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'NUMERIC',
      targetText: '到2025年达到20万元',
    },
  ],
};

const ASSESS = /* GraphQL */ `
  query($plan: String!, $period: String) {
    departmentAssessment(planCode: $plan, period: $period) {
      period from to asOf rule
      weights { timeliness completion indicators notices version isDefault }
      rows {
        department { code }
        rank score reason
        parts { kind name weight effectiveWeight ratio points applicable reason }
      }
    }
  }
`;
const SET_WEIGHTS = /* GraphQL */ `
  mutation($i: SetAssessmentWeightsInput!) {
    setAssessmentWeights(input: $i) { timeliness completion indicators notices version isDefault }
  }
`;
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';

interface Part {
  kind: string;
  name: string;
  weight: number;
  effectiveWeight: number;
  ratio: number | null;
  points: number | null;
  applicable: boolean;
  reason: string;
}
interface Row {
  department: { code: string };
  rank: number | null;
  score: number | null;
  reason: string;
  parts: Part[];
}
interface Assessment {
  period: string | null;
  from: string;
  to: string;
  asOf: string;
  weights: { timeliness: number; completion: number; indicators: number; notices: number; version: number };
  rows: Row[];
}

const clock = new ManualClock('2025-04-01T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let admin: ApiClient;
let finance: ApiClient;
let commerce: ApiClient;
let town: ApiClient;
let viewer: ApiClient;

const at = (day: string) => clock.set(`${day}T10:00:00+08:00`);

async function report(
  client: ApiClient,
  departmentCode: string,
  measureCode: string,
  period: string,
  on: string,
  percent: number,
) {
  at(on);
  const result = await client.gql(SUBMIT, {
    i: {
      planCode: PLAN,
      measureCode,
      departmentCode,
      period,
      status: 'ON_TRACK',
      percentComplete: percent,
      summary: '推进中',
    },
  });
  expect(result.errors).toBeUndefined();
}

async function assess(period: string | null, client = leader): Promise<Assessment> {
  const result = await client.gql<{ departmentAssessment: Assessment }>(ASSESS, { plan: PLAN, period });
  expect(result.errors).toBeUndefined();
  return result.data!.departmentAssessment;
}

const rowOf = (a: Assessment, code: string) => a.rows.find((r) => r.department.code === code)!;
const part = (row: Row, kind: string) => row.parts.find((p) => p.kind === kind)!;
const setWeights = (client: ApiClient, weights: Record<string, number | null>) =>
  client.gql<{ setAssessmentWeights: Assessment['weights'] }>(SET_WEIGHTS, { i: { planCode: PLAN, ...weights } });
const weightEvents = () =>
  sqlRows<{ payload: { before: Record<string, unknown>; after: Record<string, unknown> } }>(
    app.database.db,
    sql`select payload from events where type = 'ASSESSMENT_WEIGHTS_SET' order by id`,
  );

beforeAll(async () => {
  // The supervisor's timer is set far out: the story sweeps by hand where an escalation matters.
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  await importPlan(app.database.db, seed);
  leader = await app.as('leader');
  admin = await app.as('admin');
  finance = await app.as('finance');
  commerce = await app.as('commerce');
  town = await app.as('baita-town');
  viewer = await app.as('viewer');
  // Q2 owes March (due 04-08), April (due 05-12: May Day runs to 05-05) and May (due 06-09).
  await report(finance, 'finance', 'M1', '2025-03', '2025-04-03', 10);
  await report(finance, 'finance', 'M1', '2025-04', '2025-05-09', 10);
  await report(finance, 'finance', 'M1', '2025-05', '2025-06-09', 10);
  await report(commerce, 'commerce', 'M2', '2025-03', '2025-04-03', 40);
  await report(commerce, 'commerce', 'M2', '2025-04', '2025-05-20', 60);
  // Finance's indicator is on its path (10 at the end of 2024 to 20 at the end of 2025).
  at('2025-06-30');
  const value = await finance.gql(
    'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }',
    { i: { planCode: PLAN, indicatorCode: 'funds', value: 15, asOf: '2025-06-30' } },
  );
  expect(value.errors).toBeUndefined();
  at('2025-07-01');
});
afterAll(() => app.close());

describe('the second quarter of 2025, by the default weights', () => {
  it('ranks the department that reported on time above the one that did not, saying why', async () => {
    const q2 = await assess('2025-Q2');
    expect(q2).toMatchObject({ period: '2025-Q2', from: '2025-04-01', to: '2025-06-30', asOf: '2025-06-30' });
    expect(q2.weights).toMatchObject({ timeliness: 30, completion: 30, indicators: 20, notices: 20, version: 0 });
    const fin = rowOf(q2, 'finance');
    const com = rowOf(q2, 'commerce');
    expect(part(fin, 'TIMELINESS')).toMatchObject({
      ratio: 1,
      reason: expect.stringMatching(
        /^应报 3 期（牵头 1 项措施 × 3 个月，2025-03 至 2025-05），已报 3 期（按时 3 期、逾期 0 期），未报 0 期，按时率 100%/,
      ),
    });
    expect(part(com, 'TIMELINESS').reason).toMatch(
      /^应报 3 期（牵头 1 项措施 × 3 个月，2025-03 至 2025-05），已报 2 期（按时 1 期、逾期 1 期），未报 1 期，按时率 33.3%（逾期：M2 2025-04；未报：M2 2025-05）/,
    );
    // Completion against the expected pace at 06-30 (181 of 365 days, 49.6%): finance's own M1 at 10% is behind;
    // M2, which it takes part in, stands at commerce's 60%, ahead.
    expect(part(fin, 'COMPLETION').reason).toMatch(
      /^牵头措施 1 项、配合措施 1 项，截至 2025-06-30 序时进度 49.6%；M1 10%、M2（配合） 60%；/,
    );
    expect(part(fin, 'COMPLETION').ratio).toBeCloseTo((10 / 49.6 + 1) / 2, 2);
    expect(part(com, 'COMPLETION').ratio).toBe(1);
    expect(part(fin, 'INDICATORS')).toMatchObject({ ratio: 1, applicable: true });
    expect(fin.rank).toBe(1);
    expect(com.rank).toBe(2);
    expect(fin.score!).toBeGreaterThan(com.score!);
  });

  it('gives a part with nothing to judge no points and shares its weight out in proportion, saying so', async () => {
    const q2 = await assess('2025-Q2');
    const fin = rowOf(q2, 'finance');
    const com = rowOf(q2, 'commerce');
    // No notices at all: 督办响应 does not apply to either; commerce has no indicator either.
    expect(part(fin, 'NOTICES')).toMatchObject({
      applicable: false,
      points: null,
      effectiveWeight: 0,
      reason: '考核期内无到期的督办单，不适用；权重 20 分按比例分配给其他适用项',
    });
    expect(fin.parts.map((p) => p.effectiveWeight)).toEqual([37.5, 37.5, 25, 0]);
    expect(com.parts.map((p) => p.effectiveWeight)).toEqual([50, 50, 0, 0]);
    expect(part(com, 'INDICATORS').reason).toBe('无负责的数值指标，不适用；权重 20 分按比例分配给其他适用项');
    expect(part(com, 'TIMELINESS').reason).toMatch(
      /（指标达成、督办响应不适用，其权重 40 分按比例分入，权重 30 → 50）$/,
    );
    for (const row of [fin, com]) {
      for (const p of row.parts.filter((x) => x.applicable)) {
        expect(p.points).toBe(Math.round(p.ratio! * p.effectiveWeight * 10) / 10);
      }
      const sum = row.parts.reduce((s, p) => s + (p.points ?? 0), 0);
      expect(row.score).toBe(Math.round(sum * 10) / 10);
      expect(row.reason).toMatch(/^得分 = /);
    }
  });

  it('scores a participant by the measures it takes part in, ranks it, and leaves the leading group out', async () => {
    const q2 = await assess('2025-Q2');
    expect(q2.rows.map((r) => r.department.code).sort()).toEqual(['commerce', 'finance', 'towns-subdistricts']);
    const towns = rowOf(q2, 'towns-subdistricts');
    // It leads nothing (no reports owed) and holds no indicator: only 任务完成 applies, at full weight.
    expect(part(towns, 'TIMELINESS').applicable).toBe(false);
    expect(part(towns, 'COMPLETION')).toMatchObject({ applicable: true, effectiveWeight: 100 });
    expect(part(towns, 'COMPLETION').reason).toMatch(
      /^配合措施 2 项，截至 2025-06-30 序时进度 49.6%；M1（配合） 10%、M2（配合） 60%；/,
    );
    expect(towns.score).toBe(Math.round(part(towns, 'COMPLETION').ratio! * 1000) / 10);
    expect(towns.rank).not.toBeNull();
  });
});

describe('weights', () => {
  it('are the defaults until the office sets its own', async () => {
    const result = await leader.gql<{ plan: { assessmentWeights: Assessment['weights'] & { isDefault: boolean } } }>(
      `{ plan(code: "${PLAN}") { assessmentWeights { timeliness completion indicators notices version isDefault } } }`,
    );
    expect(result.data?.plan.assessmentWeights).toEqual({
      timeliness: 30,
      completion: 30,
      indicators: 20,
      notices: 20,
      version: 0,
      isDefault: true,
    });
  });

  it('refuse a set that does not sum to 100, or has a negative part, naming the field; nothing is written', async () => {
    const before = (await weightEvents()).length;
    const sum99 = await setWeights(leader, { timeliness: 30, completion: 30, indicators: 20, notices: 19 });
    expect(sum99.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input',
      reason: '四项权重之和须为 100（现为 99）',
    });
    const negative = await setWeights(leader, { timeliness: 60, completion: -10, indicators: 30, notices: 20 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.completion',
      reason: '「任务完成」的权重须为不小于 0 的整数（现为 -10）',
    });
    expect((await weightEvents()).length).toBe(before);
    expect((await assess('2025-Q2')).weights).toMatchObject({ timeliness: 30, version: 0 });
  });

  it('when a leader puts completion first, change the points and the ranking, recorded with before and after', async () => {
    const set = await setWeights(leader, { timeliness: 10, completion: 70, indicators: 10, notices: 10, version: 0 });
    expect(set.errors).toBeUndefined();
    expect(set.data?.setAssessmentWeights).toEqual({
      timeliness: 10,
      completion: 70,
      indicators: 10,
      notices: 10,
      version: 1,
      isDefault: false,
    });
    const q2 = await assess('2025-Q2');
    const fin = rowOf(q2, 'finance');
    const com = rowOf(q2, 'commerce');
    expect(com.rank).toBe(1);
    expect(fin.rank).toBe(2);
    // Commerce: 10 / 70 over the 80 points that apply, × 100/80.
    expect(com.parts.map((p) => [p.weight, p.effectiveWeight])).toEqual([
      [10, 12.5],
      [70, 87.5],
      [10, 0],
      [10, 0],
    ]);
    expect(part(com, 'COMPLETION').points).toBe(87.5);
    const [event] = (await weightEvents()).slice(-1);
    expect(event?.payload.before).toMatchObject({
      timeliness: 30,
      completion: 30,
      indicators: 20,
      notices: 20,
      version: 0,
    });
    expect(event?.payload.after).toMatchObject({
      timeliness: 10,
      completion: 70,
      indicators: 10,
      notices: 10,
      version: 1,
    });
  });

  it('refuse a change based on a stale version', async () => {
    const before = (await weightEvents()).length;
    const stale = await setWeights(admin, { timeliness: 25, completion: 25, indicators: 25, notices: 25, version: 0 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      detail: 'STALE_VERSION',
      field: 'input.version',
    });
    expect((await weightEvents()).length).toBe(before);
    const fresh = await setWeights(admin, { timeliness: 30, completion: 30, indicators: 20, notices: 20, version: 1 });
    expect(fresh.data?.setAssessmentWeights.version).toBe(2);
  });

  it('are set by leaders and admins only', async () => {
    const refused = await setWeights(finance, { timeliness: 25, completion: 25, indicators: 25, notices: 25 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('who sees the ranking', () => {
  it('a leader and the meeting-room screen see every department; a reporter only its own row, with its rank', async () => {
    expect((await assess('2025-Q2', viewer)).rows).toHaveLength(3);
    const own = await assess('2025-Q2', commerce);
    expect(own.rows.map((r) => [r.department.code, r.rank])).toEqual([['commerce', 2]]);
    // A town sees the row of 各镇、街道, the unit the document names.
    expect((await assess('2025-Q2', town)).rows.map((r) => r.department.code)).toEqual(['towns-subdistricts']);
  });
});

describe('urging notices answered', () => {
  it('count from their reply date: on time, late, or not at all', async () => {
    const issue = async (departmentCode: string, measureCode: string, dueOn: string) => {
      const r = await leader.gql<{ issueUrgeNotice: { id: string } }>(
        'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
        { i: { planCode: PLAN, measureCode, departmentCode, level: 'CHASE', text: '请按时报送', dueOn } },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.issueUrgeNotice.id;
    };
    const answer = async (client: ApiClient, id: string, on: string) => {
      at(on);
      expect(
        (await client.gql('mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { id } }', { id })).errors,
      ).toBeUndefined();
      const r = await client.gql('mutation($id: ID!) { respondToUrgeNotice(id: $id, response: "已落实") { id } }', {
        id,
      });
      expect(r.errors).toBeUndefined();
    };
    at('2025-07-02');
    const toFinance = await issue('finance', 'M1', '2025-07-10');
    const toCommerce = await issue('commerce', 'M2', '2025-07-10');
    // A town answers for 各镇、街道.
    const toTown = await issue('baita-town', 'M2', '2025-07-15');
    await answer(finance, toFinance, '2025-07-10');
    // The day after its reply date the sweep escalates commerce's notice and moves its reply date on; the reply
    // that follows is still late against the date agreed.
    at('2025-07-11');
    await app.server.supervisor!.sweepNow();
    const moved = await leader.gql<{
      department: { urgeNotices: { id: string; dueOn: string; agreedDueOn: string }[] };
    }>(`{ department(code: "commerce") { urgeNotices(planCode: "${PLAN}") { id dueOn agreedDueOn } } }`);
    expect(moved.data?.department.urgeNotices.find((n) => n.id === toCommerce)).toMatchObject({
      dueOn: '2025-07-16',
      agreedDueOn: '2025-07-10',
    });
    await answer(commerce, toCommerce, '2025-07-11');
    at('2025-08-01');
    const q3 = await assess('2025-Q3');
    expect(part(rowOf(q3, 'finance'), 'NOTICES')).toMatchObject({ ratio: 1, applicable: true });
    expect(part(rowOf(q3, 'commerce'), 'NOTICES').reason).toMatch(
      /^到期督办单 1 件，按期反馈 0 件，逾期反馈 1 件，未反馈 0 件，按期率 0%（逾期反馈：M2（2025-07-10 到期））/,
    );
    const towns = rowOf(q3, 'towns-subdistricts');
    expect(part(towns, 'NOTICES').reason).toMatch(/^到期督办单 1 件，按期反馈 0 件，逾期反馈 0 件，未反馈 1 件/);
    // The unanswered notice scores nothing; the town is ranked on it and on the measures it takes part in.
    expect(part(towns, 'NOTICES')).toMatchObject({ ratio: 0, points: 0 });
    expect(towns.score).toBe(part(towns, 'COMPLETION').points);
    expect(towns.rank).not.toBeNull();
    expect(toTown).toBeTruthy();
    // Notices due in Q3 are not in Q2.
    expect(part(rowOf(await assess('2025-Q2'), 'finance'), 'NOTICES').applicable).toBe(false);
  });
});

describe('period boundaries', () => {
  it('put a report due on the last day of a quarter in that quarter', async () => {
    at('2025-10-15');
    const set = await leader.gql(
      'mutation($i: SetReportingCycleInput!) { setReportingCycle(input: $i) { dueWorkingDay } }',
      { i: { planCode: PLAN, cycle: 'MONTHLY', dueWorkingDay: 20 } },
    );
    expect(set.errors).toBeUndefined();
    // The 20th working day of June 2025 is Monday 06-30: May's report is due then, in Q2; June's falls in Q3.
    const q2 = part(rowOf(await assess('2025-Q2'), 'commerce'), 'TIMELINESS');
    expect(q2.reason).toMatch(/^应报 3 期.*未报：M2 2025-05）/);
    const q3 = part(rowOf(await assess('2025-Q3'), 'commerce'), 'TIMELINESS');
    expect(q3.reason).toMatch(/^应报 3 期.*未报：M2 2025-06、M2 2025-07、M2 2025-08）/);
    const year = part(rowOf(await assess('2025'), 'commerce'), 'TIMELINESS');
    // January to August: September's report is due on the 20th working day of October (after the National Day
    // break), later than today.
    expect(year.reason).toMatch(
      /^应报 8 期（牵头 1 项措施 × 8 个月，2025-01 至 2025-08），已报 2 期（按时 2 期、逾期 0 期），未报 6 期.*等 6 期）/,
    );
  });

  it('judge nothing before the plan starts', async () => {
    const before = await assess('2024');
    expect(rowOf(before, 'finance')).toMatchObject({ score: null, rank: null });
    expect(part(rowOf(before, 'finance'), 'COMPLETION').reason).toBe(
      '方案尚未开始（2025-01-01 起），不适用；权重 30 分不计',
    );
  });

  it('refuse a period that is not a year, quarter or half', async () => {
    const result = await leader.gql(ASSESS, { plan: PLAN, period: '2025-07' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });
});

describe('cost', () => {
  it('takes the same bounded number of statements for this plan and the seeded one with many more departments', async () => {
    const count = async (plan: string) => {
      let departments = 0;
      const statements = await app.countStatements(async () => {
        const r = await leader.gql<{ departmentAssessment: Assessment }>(ASSESS, { plan, period: null });
        expect(r.errors).toBeUndefined();
        departments = r.data!.departmentAssessment.rows.length;
      });
      return { statements, departments };
    };
    await count(PLAN);
    await count('boshan-ip-2022-2025');
    const small = await count(PLAN);
    const seeded = await count('boshan-ip-2022-2025');
    expect(seeded.departments).toBeGreaterThan(small.departments * 3);
    expect(seeded.statements).toBe(small.statements);
    // Session, catalog version, weights, reports, notices, cycles, calendar, observations.
    expect(seeded.statements).toBeLessThanOrEqual(8);
  });
});
