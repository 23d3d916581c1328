import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, type PlanSeed } from '../server/src/seed';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

/**
 * 办公室补录 and what 考核 makes of it: a plan for 2025, issued only on 2025-02-20, in which 区财政局 leads M1,
 * 区商务局 M2 and 区文化和旅游局 M3, each reporting monthly by the 5th working day of the next month. Nobody used the
 * system until July; the plan office then enters the history from its ledger, each report with the day it was made.
 */
const PLAN = 'backfill-story-2025';
const measure = (code: string, departmentCode: string) => ({
  code,
  kind: 'MEASURE' as const,
  goalCode: 'G1',
  title: `措施 ${code}`,
  description: null,
  assignments: [{ departmentCode, role: 'LEAD' as const }],
});
const seed: PlanSeed = {
  code: PLAN,
  title: '补录测试方案（2025年）',
  issuer: '博山区人民政府',
  docNumber: '测试〔2025〕2号',
  issuedOn: '2025-02-20',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  summary: '补录测试',
  leadingGroupCode: 'leadership-group',
  goals: [{ code: 'G1', title: '目标', description: '目标' }],
  measures: [measure('M1', 'finance'), measure('M2', 'commerce'), measure('M3', 'culture-tourism')],
  indicators: [],
};

const BACKFILL = `mutation($i: BackfillProgressReportInput!) {
  backfillProgressReport(input: $i) { id period reportedOn backfilled backfillNote submittedAt submittedBy { username } }
}`;
const ASSESS = `query($plan: String!, $period: String) {
  departmentAssessment(planCode: $plan, period: $period) {
    rows {
      department { code }
      rank tied rankText score summary
      reporting { measuresLed owed reported onTime late missing basis }
      parts { kind ratio points summary reason }
    }
  }
}`;

interface Report {
  id: string;
  period: string;
  reportedOn: string;
  backfilled: boolean;
  backfillNote: string | null;
  submittedAt: string;
  submittedBy: { username: string };
}
interface Reporting {
  measuresLed: number;
  owed: number;
  reported: number;
  onTime: number;
  late: number;
  missing: number;
  basis: string;
}
interface Row {
  department: { code: string };
  rank: number | null;
  tied: boolean;
  rankText: string;
  score: number | null;
  summary: string;
  reporting: Reporting;
  parts: { kind: string; ratio: number | null; points: number | null; summary: string; reason: string }[];
}

const clock = new ManualClock('2025-07-01T10:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let admin: ApiClient;
let finance: ApiClient;
let viewer: ApiClient;

const input = (departmentCode: string, measureCode: string, period: string, reportedOn: string, extra = {}) => ({
  planCode: PLAN,
  measureCode,
  departmentCode,
  period,
  status: 'ON_TRACK',
  percentComplete: 40,
  summary: '按台账补录',
  reportedOn,
  ...extra,
});
const backfill = (client: ApiClient, i: ReturnType<typeof input>) =>
  client.gql<{ backfillProgressReport: Report }>(BACKFILL, { i });
const reportCount = async () =>
  (await sqlRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from progress_reports`))[0]!.n;

async function assess(period: string | null = null): Promise<Row[]> {
  const result = await leader.gql<{ departmentAssessment: { rows: Row[] } }>(ASSESS, { plan: PLAN, period });
  expect(result.errors).toBeUndefined();
  return result.data!.departmentAssessment.rows;
}
const rowOf = (rows: Row[], code: string) => rows.find((r) => r.department.code === code)!;

beforeAll(async () => {
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  await importPlan(app.database.db, seed);
  leader = await app.as('leader');
  admin = await app.as('admin');
  finance = await app.as('finance');
  viewer = await app.as('viewer');
});
afterAll(() => app.close());

describe('before anyone has reported', () => {
  it('ranks every department with the same score as tied, zeros too', async () => {
    const rows = await assess('2025-Q2');
    expect(rows.map((r) => [r.department.code, r.score, r.rank, r.rankText, r.tied])).toEqual([
      ['finance', 0, 1, '并列第 1', true],
      ['commerce', 0, 1, '并列第 1', true],
      ['culture-tourism', 0, 1, '并列第 1', true],
    ]);
    expect(rowOf(rows, 'finance').summary).toBe(
      '得 0 分，失 100 分，最多在报送及时（失 50 分）：按时报送 3 期中的 0 期，未报 3 期',
    );
  });
});

describe('the plan office enters history from its ledger (办公室补录)', () => {
  it('records the report with the day it was really made, marked in the report, the audit trail and the feed', async () => {
    const result = await backfill(
      leader,
      input('finance', 'M1', '2025-03', '2025-04-03', { idempotencyKey: 'ledger-M1-03' }),
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.backfillProgressReport;
    expect(report).toMatchObject({
      period: '2025-03',
      reportedOn: '2025-04-03',
      backfilled: true,
      backfillNote: '办公室补录，原报送日期 2025-04-03',
      submittedAt: '2025-07-01T02:00:00.000Z',
      submittedBy: { username: 'leader' },
    });

    const audit = await leader.gql<{
      auditTrail: {
        entries: {
          type: string;
          note: string | null;
          actor: { username: string };
          department: { code: string };
          after: Record<string, unknown>;
        }[];
      };
    }>(
      `{ auditTrail(filter: { planCode: "${PLAN}", types: [PROGRESS_REPORTED] }) {
          entries { type note actor { username } department { code } after } } }`,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditTrail.entries[0]).toMatchObject({
      type: 'PROGRESS_REPORTED',
      note: '办公室补录，原报送日期 2025-04-03',
      actor: { username: 'leader' },
      department: { code: 'finance' },
      after: { period: '2025-03', reportedOn: '2025-04-03' },
    });

    // The feed reads up to the commit horizon: on a shared PostgreSQL server another database's open transaction
    // may hold the newest event back for a moment, so wait until the backfill is visible.
    type Feed = {
      recentEvents: {
        events: { type: string; reportSnapshot: { reportedOn: string; backfillNote: string | null } | null }[];
      };
    };
    await expect
      .poll(
        async () => {
          const feed = await finance.gql<Feed>(
            `{ recentEvents(planCode: "${PLAN}", first: 1) { events { type reportSnapshot { reportedOn backfillNote } } } }`,
          );
          return feed.data?.recentEvents.events[0];
        },
        { timeout: 30_000, message: 'the backfilled report never reached the feed' },
      )
      .toEqual({
        type: 'PROGRESS_REPORTED',
        reportSnapshot: { reportedOn: '2025-04-03', backfillNote: '办公室补录，原报送日期 2025-04-03' },
      });
  });

  it('returns the same report on a retry with the same key, and refuses the key for another payload', async () => {
    const before = await reportCount();
    const again = await backfill(
      leader,
      input('finance', 'M1', '2025-03', '2025-04-03', { idempotencyKey: 'ledger-M1-03' }),
    );
    expect(again.errors).toBeUndefined();
    const other = await backfill(
      leader,
      input('finance', 'M1', '2025-03', '2025-04-07', { idempotencyKey: 'ledger-M1-03' }),
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.idempotencyKey',
      detail: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await reportCount()).toBe(before);
    const events = await sqlRows<{ n: number }>(
      app.database.db,
      sql`select count(*)::int as n from events where type = 'PROGRESS_REPORTED'`,
    );
    expect(events[0]!.n).toBe(1);
  });

  it('is the office’s alone: a department clerk or the meeting-room screen may not, and nothing is written', async () => {
    const before = await reportCount();
    for (const client of [finance, viewer]) {
      const refused = await backfill(client, input('finance', 'M1', '2025-04', '2025-05-09'));
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', detail: 'ROLE_NOT_ALLOWED' });
    }
    expect(await reportCount()).toBe(before);
  });

  it('refuses a date in the future, before the plan or before the period, naming the field and why', async () => {
    const before = await reportCount();
    const cases: [string, string, string, string][] = [
      [
        '2025-06',
        '2025-07-02',
        'FUTURE_DATE',
        '原报送日期 2025-07-02 晚于今天（2025-07-01），补录只能记录已经发生的报送',
      ],
      ['2025-01', '2024-12-31', 'BEFORE_PLAN', '原报送日期 2024-12-31 早于方案开始日（2025-01-01）'],
      [
        '2025-04',
        '2025-03-31',
        'BEFORE_PERIOD',
        '原报送日期 2025-03-31 早于报告期 2025-04 的开始（2025-04-01），该期报告不可能在此之前报送',
      ],
    ];
    for (const [period, reportedOn, detail, reason] of cases) {
      const refused = await backfill(admin, input('finance', 'M1', period, reportedOn));
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.reportedOn',
        detail,
        reason,
      });
    }
    expect(await reportCount()).toBe(before);
  });

  it('still checks what a department’s own report is checked for: the department must be assigned', async () => {
    const refused = await backfill(leader, input('commerce', 'M1', '2025-04', '2025-05-09'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.departmentCode',
      detail: 'DEPARTMENT_NOT_ASSIGNED',
    });
  });
});

describe('考核 after the history is in', () => {
  beforeAll(async () => {
    // Finance and commerce kept the same ledger; culture-tourism was late in May. Q2 owes 2025-03 (due 04-08),
    // 2025-04 (due 05-12, after May Day) and 2025-05 (due 06-09).
    const history: [string, string, string, string][] = [
      ['finance', 'M1', '2025-04', '2025-05-09'],
      ['finance', 'M1', '2025-05', '2025-06-06'],
      ['commerce', 'M2', '2025-03', '2025-04-03'],
      ['commerce', 'M2', '2025-04', '2025-05-09'],
      ['commerce', 'M2', '2025-05', '2025-06-06'],
      ['culture-tourism', 'M3', '2025-03', '2025-04-03'],
      ['culture-tourism', 'M3', '2025-04', '2025-05-09'],
      ['culture-tourism', 'M3', '2025-05', '2025-06-20'],
    ];
    for (const [department, code, period, reportedOn] of history) {
      const result = await backfill(leader, input(department, code, period, reportedOn));
      expect(result.errors).toBeUndefined();
    }
  });

  it('judges timeliness by the original date, not the day the office entered it', async () => {
    const rows = await assess('2025-Q2');
    const timeliness = (code: string) => rowOf(rows, code).parts.find((p) => p.kind === 'TIMELINESS')!;
    // Every one of these was entered on 2025-07-01, after all three deadlines.
    expect(timeliness('finance')).toMatchObject({ ratio: 1, summary: '按时报送 3 期中的 3 期，全部按时' });
    expect(timeliness('culture-tourism')).toMatchObject({ summary: '按时报送 3 期中的 2 期，逾期 1 期' });
    expect(timeliness('culture-tourism').ratio).toBeCloseTo(2 / 3);
    expect(timeliness('culture-tourism').reason).toContain('逾期：M3 2025-05');
  });

  it('ranks equal scores as ties and skips the next rank (1, 1, 3), saying why each score is what it is', async () => {
    const rows = await assess('2025-Q2');
    expect(rows.map((r) => [r.department.code, r.rank, r.rankText, r.tied])).toEqual([
      ['finance', 1, '并列第 1', true],
      ['commerce', 1, '并列第 1', true],
      ['culture-tourism', 3, '第 3', false],
    ]);
    expect(rowOf(rows, 'finance').score).toBe(rowOf(rows, 'commerce').score);
    const culture = rowOf(rows, 'culture-tourism');
    // 报送及时 carries 50 of the 100 points here (no indicator, no notice): two of three on time lose 16.7.
    expect(culture.summary).toMatch(
      /^得 [\d.]+ 分，失 [\d.]+ 分，最多在报送及时（失 16.7 分）：按时报送 3 期中的 2 期，逾期 1 期$/,
    );
    expect(culture.parts.find((p) => p.kind === 'COMPLETION')!.summary).toMatch(
      /^承担的 1 项措施均未达到序时进度（[\d.]+%），完成度平均为序时进度的 [\d.]+%$/,
    );
  });

  it('counts 应报 from the plan’s issue, says what it is made of, and 终期评估 counts the same', async () => {
    const rows = await assess(null);
    const reporting = rowOf(rows, 'finance').reporting;
    // 2025-01 was due 2025-02-10, before the plan was issued; 2025-02 (due 03-07) to 2025-05 (due 06-09) are owed.
    expect(reporting).toEqual({
      measuresLed: 1,
      owed: 4,
      reported: 3,
      onTime: 3,
      late: 0,
      missing: 1,
      basis: '牵头 1 项措施 × 4 个月，2025-02 至 2025-05；方案 2025-02-20 印发，此前截止的各期不计',
    });
    const evaluation = await leader.gql<{
      planEvaluation: {
        departments: {
          department: { code: string };
          reportsFiled: number;
          periodsMissed: number;
          reporting: Reporting;
          reason: string;
        }[];
      };
    }>(
      `{ planEvaluation(planCode: "${PLAN}") { departments { department { code } reportsFiled periodsMissed
          reporting { measuresLed owed reported onTime late missing basis } reason } } }`,
    );
    expect(evaluation.errors).toBeUndefined();
    for (const record of evaluation.data!.planEvaluation.departments) {
      const row = rowOf(rows, record.department.code);
      expect(record.reporting).toEqual(row.reporting);
      expect(record.periodsMissed).toBe(row.reporting.missing);
    }
    const financeRecord = evaluation.data!.planEvaluation.departments.find((d) => d.department.code === 'finance')!;
    expect(financeRecord.reportsFiled).toBe(3);
    expect(financeRecord.reason).toContain(
      `应报 4 期（${reporting.basis}），已报 3 期（按时 3 期、逾期 0 期），未报 1 期；共提交报告 3 份`,
    );
  });
});
