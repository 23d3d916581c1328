import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { subscribeLive } from './kit/live';

/**
 * Issue 18, goal 4: a live event costs what it changed. A report on one measure carries the duties it can have
 * moved (the measure's and its project's, also as each town lists its group's), not every duty of the departments
 * concerned; and each carried duty is exactly what a desk reads for it, under the same key, so every list showing
 * it follows.
 */
const PLAN = 'boshan-ip-2022-2025';
const clock = new ManualClock('2025-12-09T09:00:00+08:00');
const DUTY = `key role owesReports measure { code } department { code } heldThrough { code }
  latestReport { id } warning { level reason dueOn } reporting { filingPeriods }`;

interface Duty {
  key: string;
  role: string;
  measure: { code: string };
  department: { code: string };
  heldThrough: { code: string } | null;
}

let app: TestApp;
let office: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ clock });
  office = await app.as('market-supervision');
}, 120_000);
afterAll(async () => {
  await app?.close();
});

async function desk(department: string): Promise<Duty[]> {
  const result = await office.gql<{ department: { assignments: Duty[] } }>(
    `query($plan: String!, $d: String!) { department(code: $d) { assignments(planCode: $plan, inherited: true) { ${DUTY} } } }`,
    { plan: PLAN, d: department },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.department.assignments;
}

describe('a live event carries the duties it moved, keyed as the desks read them', () => {
  it('a report on a project’s measure carries that measure’s and the project’s duties, the towns’ too, and nothing else', async () => {
    const shape = await office.gql<{
      plan: { measures: { code: string; parent: { code: string } | null; assignments: Duty[] }[] };
    }>(`query($plan: String!) { plan(code: $plan) { measures { code parent { code } assignments { ${DUTY} } } } }`, {
      plan: PLAN,
    });
    expect(shape.errors).toBeUndefined();
    const measure = shape.data!.plan.measures.find((m) => m.code === 'P1.1')!;
    const lead = measure.assignments.find((a) => a.role === 'LEAD')!.department.code;
    const project = measure.parent!.code;

    const live = await subscribeLive<{ planEvents: { type: string; assignments: Duty[] } }>({
      server: app.server,
      wsUrl: app.wsUrl,
      token: office.token,
      query: `subscription($plan: String!) { planEvents(planCode: $plan) { type assignments { ${DUTY} } } }`,
      variables: { plan: PLAN },
    });
    const leader = await app.as(lead);
    const posted = await leader.gql(
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
      {
        i: {
          planCode: PLAN,
          measureCode: 'P1.1',
          departmentCode: lead,
          period: '2025-11',
          status: 'ON_TRACK',
          percentComplete: 40,
          summary: '完成产业专利导航报告初稿',
        },
      },
    );
    expect(posted.errors).toBeUndefined();
    await live.untilSome((r) => r.planEvents.type === 'PROGRESS_REPORTED', 'the report never came live');
    await live.close();
    const carried = live.received.find((r) => r.planEvents.type === 'PROGRESS_REPORTED')!.planEvents.assignments;

    // Only the measure and the project above it.
    expect(new Set(carried.map((a) => a.measure.code))).toEqual(new Set(['P1.1', project]));
    // Far fewer than the lead department holds in the plan.
    const leadDesk = await desk(lead);
    expect(carried.filter((a) => a.department.code === lead).length).toBeLessThan(leadDesk.length);

    // Each carried duty is what the desks read under its key: the lead's, and a town's through 各镇、街道.
    const townDesk = await desk('yucheng-town');
    const heldByTown = carried.filter((a) => a.heldThrough !== null);
    for (const list of [leadDesk, townDesk]) {
      const byKey = new Map(list.map((a) => [a.key, a]));
      const shown = carried.filter((a) => byKey.has(a.key));
      expect(shown.length).toBeGreaterThan(0);
      for (const duty of shown) expect(duty).toEqual(byKey.get(duty.key));
    }
    // Each town lists the group's duties on the measure as its own: they came along, one per town.
    if (townDesk.some((a) => a.measure.code === 'P1.1')) expect(heldByTown.length).toBeGreaterThan(0);
    // And keys are one per listing.
    expect(new Set(carried.map((a) => a.key)).size).toBe(carried.length);
  });
});
