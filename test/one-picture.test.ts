import { type DocumentNode, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import {
  AssessmentDocument,
  BigScreenDocument,
  CockpitDocument,
  DeskDocument,
  EvaluationDocument,
  MeetingDocument,
  SupervisionDocument,
} from '../web/src/gql/graphql';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';

/**
 * One true picture: the cockpit, the 大屏, 调度会, 督办, 考核, 终期评估 and the desks of a lead department, a participant
 * and a town are each given, by the web's own operations, the same counts and the same verdict for every measure
 * and department, in every state of the plan.
 */

const PLAN = 'boshan-ip-2022-2025';
const SUBMIT = 'mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { id } }';
const LEVELS = ['GREY', 'GREEN', 'BLUE', 'YELLOW', 'RED'] as const;
type Level = (typeof LEVELS)[number];
const worst = (levels: Level[]) =>
  levels.reduce<Level>((a, b) => (LEVELS.indexOf(b) > LEVELS.indexOf(a) ? b : a), 'GREY');

const clock = new ManualClock('2024-06-03T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let office: ApiClient;
const desks: Record<string, ApiClient> = {};
const DESKS = ['market-supervision', 'finance', 'yucheng-town'] as const;

beforeAll(async () => {
  app = await startTestApp({ clock });
  leader = await app.as('leader');
  for (const code of DESKS) desks[code] = await app.as(code);
  office = desks['market-supervision']!;
}, 120_000);
afterAll(() => app?.close());

async function run<T>(client: ApiClient, doc: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  const result = await client.gql<T>(print(doc), variables);
  expect(result.errors, `${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data as T;
}

async function report(measureCode: string, period: string, at: string, overrides: Record<string, unknown> = {}) {
  clock.set(at);
  const result = await office.gql(SUBMIT, {
    input: {
      planCode: PLAN,
      measureCode,
      departmentCode: 'market-supervision',
      period,
      status: 'ON_TRACK',
      percentComplete: 40,
      summary: '按计划推进',
      ...overrides,
    },
  });
  expect(result.errors, `${JSON.stringify(result.errors)}`).toBeUndefined();
}

type Counts = { red: number; yellow: number; blue: number; green: number; grey: number; total: number };
type Verdict = { level: Level; label: string; basis: string; reason: string; details: string[] };
interface Cockpit {
  plan: {
    verdict: Verdict;
    overview: {
      scope: string;
      phase: string;
      currentPeriod: string | null;
      periodLabel: string;
      overdue: number;
      verdictCounts: Counts;
      statusCounts: Record<string, number>;
    };
    departments: {
      code: string;
      progress: { percent: number } | null;
      verdict: Verdict;
      standing: { measures: number; leads: number; owing: number; overdue: number; reportedThisPeriod: number };
    }[];
  };
}
interface Meeting {
  plan: {
    measures: {
      id: string;
      code: string;
      kind: string;
      parent: { id: string } | null;
      warning: { level: Level; reason: string };
      assignments: { role: string; department: { code: string } }[];
    }[];
  };
}
interface Desk {
  department: {
    assignments: { role: string; measure: { id: string; code: string; kind: string }; warning: { level: Level } }[];
  } | null;
}

/** Everything each screen is given, read as the leader (and each desk as its clerk). */
async function picture() {
  const [cockpit, bigScreen, meeting, supervision, evaluation, assessment] = await Promise.all([
    run<Cockpit>(leader, CockpitDocument, { plan: PLAN, first: 5 }),
    run<{ plan: { overview: { verdictCounts: Counts; statusCounts: Record<string, number> } } }>(
      leader,
      BigScreenDocument,
      { plan: PLAN, first: 5 },
    ),
    run<Meeting>(leader, MeetingDocument, { plan: PLAN }),
    run<{ plan: { measures: { code: string; warning: { level: Level } }[] } }>(leader, SupervisionDocument, {
      plan: PLAN,
    }),
    run<{
      planEvaluation: {
        summary: { measuresTotal: number };
        measures: { measure: { code: string } }[];
        departments: {
          department: { code: string };
          periodsMissed: number;
          reporting: { owed: number; reported: number };
        }[];
      };
    }>(leader, EvaluationDocument, { plan: PLAN }),
    run<{ departmentAssessment: { rows: { department: { code: string } }[] } }>(leader, AssessmentDocument, {
      plan: PLAN,
      period: null,
    }),
  ]);
  const desk: Record<string, Desk> = {};
  for (const code of DESKS) desk[code] = await run<Desk>(desks[code]!, DeskDocument, { plan: PLAN, department: code });
  return { cockpit, bigScreen, meeting, supervision, evaluation, assessment, desk };
}

type Picture = Awaited<ReturnType<typeof picture>>;

/** The assertions every state must pass: the screens agree. */
function expectOnePicture(p: Picture) {
  const { overview, verdict } = p.cockpit.plan;
  const parents = new Set(p.meeting.plan.measures.map((m) => m.parent?.id).filter(Boolean));
  const leaves = p.meeting.plan.measures.filter((m) => !parents.has(m.id));
  const byId = new Map(p.meeting.plan.measures.map((m) => [m.id, m]));
  const byCode = new Map(leaves.map((m) => [m.code, m]));

  // One scope: both cockpit panels, the 大屏 and 终期评估 count the same measures (措施 and 保障措施, not projects).
  expect(overview.verdictCounts.total).toBe(leaves.length);
  expect(overview.statusCounts.total).toBe(leaves.length);
  const { total, ...statuses } = overview.statusCounts;
  expect(Object.values(statuses).reduce((a, b) => a + b, 0)).toBe(total);
  expect(overview.scope).toContain(`${leaves.length} 项措施`);
  expect(p.bigScreen.plan.overview).toEqual({
    verdictCounts: overview.verdictCounts,
    statusCounts: overview.statusCounts,
  });
  expect(p.evaluation.planEvaluation.summary.measuresTotal).toBe(leaves.length);
  expect(p.evaluation.planEvaluation.measures.map((m) => m.measure.code).sort()).toEqual([...byCode.keys()].sort());

  // The verdict counts are the tally of each measure's verdict as 调度会 shows it; 督办 shows the same for each.
  const tally = { red: 0, yellow: 0, blue: 0, green: 0, grey: 0, total: leaves.length };
  for (const m of leaves) tally[m.warning.level.toLowerCase() as Lowercase<Level>] += 1;
  expect(overview.verdictCounts).toEqual(tally);
  for (const m of p.supervision.plan.measures) {
    expect(m.warning.level, `督办 ${m.code}`).toBe(byCode.get(m.code)?.warning.level);
  }
  expect(overview.overdue).toBe(leaves.filter((m) => m.warning.reason.includes('逾期未报')).length);

  // The plan's verdict is its worst measure's, and its details name every measure needing attention.
  expect(verdict.level).toBe(worst(leaves.map((m) => m.warning.level)));
  const attention = leaves.filter((m) => ['RED', 'YELLOW', 'BLUE'].includes(m.warning.level));
  if (attention.length > 0) expect(verdict.details).toHaveLength(attention.length);
  expect(verdict.reason).not.toMatch(/项中|\d{3,} 个工作日/);

  // Each desk: a lead sole-answerable for a measure sees the measure's verdict; a participant (or a member of a
  // participating group) shares it.
  for (const code of DESKS) {
    for (const a of p.desk[code]!.department?.assignments ?? []) {
      const measure = byCode.get(a.measure.code);
      if (!measure) continue;
      const leads = measure.assignments.filter((x) => x.role === 'LEAD');
      if (a.role === 'PARTICIPANT' || (leads.length === 1 && leads[0]!.department.code === code)) {
        expect(a.warning.level, `${code} 的 ${a.measure.code}`).toBe(measure.warning.level);
      }
    }
  }

  // Each department in the cockpit: its verdict is the worst of the measures it answers for, as its desk sees them.
  const departments = new Map(p.cockpit.plan.departments.map((d) => [d.code, d]));
  for (const code of ['market-supervision', 'finance'] as const) {
    const desk = p.desk[code]!.department!;
    const levels = new Map<string, Level>();
    for (const a of desk.assignments) {
      if (!byCode.has(a.measure.code)) continue;
      if (a.role === 'LEAD' || !levels.has(a.measure.code)) levels.set(a.measure.code, a.warning.level);
    }
    expect(departments.get(code)?.verdict.level, `${code} 研判`).toBe(worst([...levels.values()]));
  }
  // 区财政局 leads nothing and owes no reports: the cockpit says it only takes part (配合), as its desk does; the
  // lead's verdict is its own.
  expect(departments.get('finance')?.verdict.label).toBe('配合');
  expect(departments.get('finance')?.verdict.reason).toMatch(/^本部门只配合、不单独报送/);
  expect(departments.get('market-supervision')?.verdict.label).not.toBe('配合');

  // A department with measures and progress is never shown as 未开始 once the plan has started.
  if (overview.phase !== 'BEFORE') {
    for (const d of p.cockpit.plan.departments) {
      if (d.standing.measures > 0) expect(d.verdict.label, `${d.code}`).not.toBe('未开始');
    }
  }

  // 终期评估's 未报期数 is every owed period never reported (考核's record); the cockpit's 逾期未报 (measures with a
  // period still chased) is a part of it (a report made on time closes the chase for the gaps before it, not the
  // record of them).
  for (const record of p.evaluation.planEvaluation.departments) {
    const d = departments.get(record.department.code);
    if (!d) continue;
    expect(record.periodsMissed, `${record.department.code} 未报期数 = 应报 − 已报`).toBe(
      record.reporting.owed - record.reporting.reported,
    );
    expect(d.standing.overdue, `${record.department.code} 逾期未报 within 未报期数`).toBeLessThanOrEqual(
      record.periodsMissed,
    );
  }

  // 考核 assesses every department the cockpit lists with measures.
  const assessed = new Set(p.assessment.departmentAssessment.rows.map((r) => r.department.code));
  for (const d of p.cockpit.plan.departments) {
    if (d.standing.measures > 0 && d.code !== 'leadership-group') {
      expect(assessed.has(d.code), `考核 ${d.code}`).toBe(true);
    }
  }
  return { leaves, byCode };
}

describe('every screen tells the same story', { timeout: 240_000 }, () => {
  it('mid-term: the current period is this month, and every screen counts the same measures the same way', async () => {
    await report('P1.1', '2024-05', '2024-06-03T09:00:00+08:00');
    await report('P1.2', '2024-05', '2024-06-03T09:00:00+08:00', { status: 'DELAYED', problems: '资金未到位' });
    await report('P2.2', '2024-05', '2024-06-03T09:00:00+08:00', { status: 'AT_RISK', problems: '企业积极性不高' });
    clock.set('2024-06-20T09:00:00+08:00');
    const p = await picture();
    const { byCode } = expectOnePicture(p);
    expect(p.cockpit.plan.overview).toMatchObject({ phase: 'RUNNING', currentPeriod: '2024-06' });
    expect(p.cockpit.plan.overview.periodLabel).toBe('本期 2024-06（2024-07-05 截止）');
    // The department said 滞后; the verdict says so, and whose word it was.
    expect(byCode.get('P1.2')?.warning.level).toBe('RED');
    expect(p.cockpit.plan.overview.statusCounts).toMatchObject({ delayed: 1, atRisk: 1, onTrack: 1 });
  });

  it('just past a deadline: the measure left unreported is red on every screen, in a sentence', async () => {
    await report('P2.2', '2025-10', '2025-11-05T09:00:00+08:00');
    clock.set('2025-12-08T09:00:00+08:00');
    const p = await picture();
    const { byCode } = expectOnePicture(p);
    expect(byCode.get('P2.2')?.warning).toEqual({
      level: 'RED',
      reason: '2025-11 进展逾期未报，已过截止日 1 个工作日（截止 2025-12-05）',
    });
  });

  it('after a late post: a report for 2025-12 eleven months late does not make 2025-11 reported', async () => {
    await report('P2.2', '2025-12', '2026-11-20T09:00:00+08:00', { percentComplete: 100 });
    clock.set('2026-11-23T09:00:00+08:00');
    const p = await picture();
    const { byCode } = expectOnePicture(p);
    expect(byCode.get('P2.2')?.warning.level).toBe('RED');
    expect(byCode.get('P2.2')?.warning.reason).toBe('2025-11 进展逾期未报，已逾期 11 个月（截止 2025-12-05）');
    expect(p.cockpit.plan.verdict.details).toContain('P2.2：2025-11 进展逾期未报，已逾期 11 个月（截止 2025-12-05）');
  });

  it('after the end date: there is no current period, the screens say so, and nobody with work is 未开始', async () => {
    clock.set('2026-12-05T09:00:00+08:00');
    const p = await picture();
    expectOnePicture(p);
    expect(p.cockpit.plan.overview).toMatchObject({ phase: 'ENDED', currentPeriod: null });
    expect(p.cockpit.plan.overview.periodLabel).toContain('无当期');
    for (const d of p.cockpit.plan.departments) expect(d.standing.reportedThisPeriod, d.code).toBe(0);
    // Long-overdue work reads in years, never in thousands of working days.
    expect(p.cockpit.plan.verdict.reason).toMatch(/^\d+ 项措施逾期未报.*；最严重的是 \S+：.*已逾期 \d+ 年/);
  });
});
