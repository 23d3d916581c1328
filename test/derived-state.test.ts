/**
 * Derived state (warnings, reporting standing, roll-ups, indicator assessments) is computed once per standing of the
 * data and shared by every request at that standing (server/src/shared/derived-cache.ts); when only reported data
 * changed, what the change left standing is carried over and the rest computed again. The story: a random run of
 * reports, withdrawals, indicator values, cycle and calendar changes, revisions and clock moves; after every step
 * the state the server keeps must equal a rebuild from nothing, on every node of the plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';

const PLAN = 'boshan-ip-2022-2025';
const SEED = Number(process.env.DERIVED_SEED ?? 20261206);
const STEPS = Number(process.env.DERIVED_STEPS ?? 30);

const WARNING = 'level reason reasons dueOn';
const REPORTING =
  'cycle currentPeriod currentDueOn currentReported overdue { period dueOn workingDaysLate } nextDuePeriod nextDueOn nextDueWorkingDaysLeft filingPeriods';
const DERIVED = /* GraphQL */ `
  query Derived($plan: String!) {
    plan(code: $plan) {
      today
      overview { phase currentPeriod overdue verdictCounts { red yellow blue green grey total }
        statusCounts { notStarted onTrack atRisk delayed completed unreported total } }
      verdict { level reason details }
      warning { ${WARNING} }
      warningCounts { red yellow blue green grey total }
      progress { percent reported total }
      goals { code warning { ${WARNING} } progress { percent rule } }
      measures {
        code
        warning { ${WARNING} }
        reporting { ${REPORTING} }
        progress { percent reported rule }
        latestReport { period percentComplete status }
        assignments { role department { code } warning { ${WARNING} } reporting { ${REPORTING} } owesReports }
      }
      departments {
        code
        verdict(planCode: $plan) { level reason }
        warning(planCode: $plan) { ${WARNING} }
        progress(planCode: $plan) { percent reported total }
        standing(planCode: $plan) { leads participates measures owing reportedThisPeriod overdue atRisk delayed }
      }
      indicators { code assessment { level reason } }
    }
  }
`;

interface Leaf {
  code: string;
  lead: string;
}

/** mulberry32: a small seeded generator, so that a failing run can be replayed with DERIVED_SEED. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const clock = new ManualClock('2025-02-20T09:00:00+08:00');
let app: TestApp;
let admin: ApiClient;
let office: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ clock });
  [admin, office] = await Promise.all([app.as('admin'), app.as('market-supervision')]);
});
afterAll(() => app?.close());

/** The plan's derived state as the server answers it now, with no errors. */
async function derived(): Promise<unknown> {
  const answer = await admin.gql(DERIVED, { plan: PLAN });
  expect(answer.errors, 'the derived-state query failed').toBeUndefined();
  return answer.data;
}

const day = () => clock.now().toISOString().slice(0, 10);
const month = (offset: number) => {
  const now = clock.now();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return date.toISOString().slice(0, 7);
};

describe('derived state kept between requests', () => {
  it('shows a mutation its own write: the answer’s roll-up is read after the commit, not from what was kept', async () => {
    const measure = /* GraphQL */ `query($p: String!) { plan(code: $p) { measures(kind: MEASURE) { code
      leadDepartments { code } progress { percent } } } }`;
    const before = await admin.gql<{
      plan: { measures: { code: string; leadDepartments: { code: string }[]; progress: { percent: number } }[] };
    }>(measure, { p: PLAN });
    const leaf = before.data!.plan.measures.find((m) => m.leadDepartments.length > 0 && m.progress.percent !== 77)!;
    await admin.gql(measure, { p: PLAN }); // kept now, at this standing
    const answer = await admin.gql<{ submitProgressReport: { measure: { progress: { percent: number } } } }>(
      `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { measure { progress { percent } } } }`,
      {
        i: {
          planCode: PLAN,
          measureCode: leaf.code,
          departmentCode: leaf.leadDepartments[0]!.code,
          period: month(0),
          status: 'ON_TRACK',
          percentComplete: 77,
          summary: '报送后立即查看本措施进度',
        },
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(
      answer.data!.submitProgressReport.measure.progress.percent,
      'the answer shows the state before the write',
    ).toBe(77);
  });

  it('equals a rebuild from nothing after every step of a random run of writes, revisions and clock moves', async () => {
    const rng = random(SEED);
    const structure = await admin.gql<{
      plan: {
        measures: { code: string; children: { code: string }[]; leadDepartments: { code: string }[] }[];
        indicators: { code: string; targetKind: string }[];
      };
    }>(
      `query($p: String!) { plan(code: $p) { measures { code children { code } leadDepartments { code } }
         indicators { code targetKind } } }`,
      { p: PLAN },
    );
    const leaves: Leaf[] = structure
      .data!.plan.measures.filter((m) => m.children.length === 0 && m.leadDepartments.length > 0)
      .map((m) => ({ code: m.code, lead: m.leadDepartments[0]!.code }));
    const indicators = structure.data!.plan.indicators.filter((i) => i.targetKind === 'NUMERIC').map((i) => i.code);
    expect(leaves.length).toBeGreaterThan(5);

    const reports: { id: string; version: number }[] = [];
    const done: string[] = [];
    const applied = new Map<string, number>();
    const refusals = new Set<string>();
    /** Runs a write; a refusal is fine (a withdrawn measure, a period not open) but never an internal error. */
    const write = async (kind: string, client: ApiClient, query: string, variables: Record<string, unknown>) => {
      const answer = await client.gql<Record<string, { id?: string; version?: number }>>(query, variables);
      const code = answer.errors?.[0]?.extensions?.code as string | undefined;
      expect(code, `${kind}: ${JSON.stringify(answer.errors)}`).not.toBe('INTERNAL_SERVER_ERROR');
      if (answer.errors) refusals.add(`${kind}:${code}`);
      else applied.set(kind, (applied.get(kind) ?? 0) + 1);
      return answer.data;
    };

    const steps: Record<string, () => Promise<unknown>> = {
      report: async () => {
        const leaf = rng.pick(leaves);
        const data = await write(
          'report',
          admin,
          `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id version } }`,
          {
            i: {
              planCode: PLAN,
              measureCode: leaf.code,
              departmentCode: leaf.lead,
              period: month(-rng.int(3)),
              status: rng.pick(['ON_TRACK', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED']),
              percentComplete: rng.int(101),
              summary: '随机序列中的进展报告',
            },
          },
        );
        const report = data?.submitProgressReport;
        if (report?.id) reports.push({ id: report.id, version: report.version ?? 1 });
      },
      withdraw: async () => {
        const report = reports.splice(rng.int(reports.length), 1)[0];
        if (!report) return;
        await write(
          'withdraw',
          admin,
          `mutation($id: ID!, $v: Int!) { withdrawProgressReport(id: $id, version: $v) { id } }`,
          { id: report.id, v: report.version },
        );
      },
      value: () =>
        write('value', admin, `mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }`, {
          i: { planCode: PLAN, indicatorCode: rng.pick(indicators), value: rng.int(5000), asOf: day() },
        }),
      cycle: () =>
        write('cycle', admin, `mutation($i: SetReportingCycleInput!) { setReportingCycle(input: $i) { cycle } }`, {
          i: { planCode: PLAN, measureCode: rng.pick(leaves).code, cycle: rng.pick(['MONTHLY', 'QUARTERLY']) },
        }),
      holiday: () => {
        const date = new Date(clock.now().getTime() + (1 + rng.int(10)) * 86_400_000).toISOString().slice(0, 10);
        return write('holiday', admin, `mutation($i: SetCalendarDayInput!) { setCalendarDay(input: $i) { date } }`, {
          i: { date, name: '随机假日', working: false },
        });
      },
      revision: () =>
        write('revision', office, `mutation($i: PlanRevisionInput!) { publishRevision(input: $i) { plan { code } } }`, {
          i: {
            planCode: PLAN,
            reason: '随机序列中的方案调整',
            effectiveOn: day(),
            changes: [{ withdrawMeasure: { measureCode: rng.pick(leaves).code, reason: '并入其他措施推进' } }],
          },
        }),
      clock: async () => {
        clock.set(new Date(clock.now().getTime() + (1 + rng.int(20)) * 86_400_000));
      },
    };
    const weighted = [
      ...Array(6).fill('report'),
      'withdraw',
      'withdraw',
      'value',
      'cycle',
      'holiday',
      'revision',
      ...Array(4).fill('clock'),
    ] as string[];

    await derived(); // the first read fills the cache
    for (let step = 0; step < STEPS; step++) {
      const kind = rng.pick(weighted);
      await steps[kind]!();
      done.push(kind);
      const kept = await derived();
      const keptAgain = await derived(); // at the same standing: served from what is kept
      app.server.derived.clear();
      const rebuilt = await derived();
      const context = `seed ${SEED}, after steps ${done.join(' → ')}`;
      expect(keptAgain, `${context}: a second read at the same standing differs`).toEqual(kept);
      expect(kept, `${context}: the kept state differs from a rebuild`).toEqual(rebuilt);
    }
    // The run did what it set out to: reports and the clock moved things, and the cache was used.
    expect(applied.get('report') ?? 0, `no report was accepted; refusals: ${[...refusals]}`).toBeGreaterThan(3);
    expect(done).toContain('clock');
    // …and the kept state was both shared at one standing and carried over a change of reported data.
    expect(app.server.derived.tally.shared).toBeGreaterThan(0);
    expect(app.server.derived.tally.carried, 'no change was carried over').toBeGreaterThan(0);
  }, 600_000); // some 100 reads of the whole plan's derived state: minutes on a loaded two-core machine

  it('counts each department on the server as its assignments, one by one, add up (the cockpit’s 部门情况)', async () => {
    const answer = await admin.gql<{
      plan: {
        departments: {
          code: string;
          standing: { atRisk: number; delayed: number; reportedThisPeriod: number };
          assignments: {
            role: string;
            measure: { id: string; kind: string; withdrawn: { on: string } | null };
            latestReport: { status: string } | null;
            reporting: { currentReported: boolean; overdue: { period: string }[] } | null;
          }[];
        }[];
      };
    }>(
      `query($p: String!) { plan(code: $p) { departments { code
         standing(planCode: $p) { leads participates measures owing reportedThisPeriod overdue atRisk delayed }
         assignments(planCode: $p, inherited: true) { role measure { id kind withdrawn { on } }
           latestReport { status } reporting { currentReported overdue { period } } } } } }`,
      { p: PLAN },
    );
    expect(answer.errors).toBeUndefined();
    const departments = answer.data!.plan.departments;
    expect(departments.some((d) => d.standing.atRisk + d.standing.delayed + d.standing.reportedThisPeriod > 0)).toBe(
      true,
    );
    for (const department of departments) {
      const byMeasure = new Map(
        department.assignments
          .filter((a) => a.measure.kind !== 'PROJECT' && !a.measure.withdrawn)
          .map((a) => [a.measure.id, a]),
      );
      const cells = [...byMeasure.values()];
      const owing = cells.filter((a) => a.role === 'LEAD' && a.reporting);
      expect(department.standing, department.code).toEqual({
        leads: cells.filter((a) => a.role === 'LEAD').length,
        participates: cells.filter((a) => a.role === 'PARTICIPANT').length,
        measures: cells.length,
        owing: owing.length,
        reportedThisPeriod: owing.filter((a) => a.reporting?.currentReported).length,
        overdue: owing.filter((a) => (a.reporting?.overdue.length ?? 0) > 0).length,
        atRisk: cells.filter((a) => a.latestReport?.status === 'AT_RISK').length,
        delayed: cells.filter((a) => a.latestReport?.status === 'DELAYED').length,
      });
    }
  });
});
