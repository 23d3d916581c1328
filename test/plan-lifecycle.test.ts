import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../server/src/app/build-schema';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { subscribeLive } from './kit/live';
import { addSmallPlan } from './kit/plans';
import { databaseFingerprint, sqlRows } from './kit/sql';

const BOSHAN = 'boshan-ip-2022-2025';
/** 2026 年度工作要点: led by 各镇、街道 with 区商务局, not finance. */
const POINTS = 'ip-work-points-2026';
/** The successor, still a draft: it assigns finance, which must not see it yet. */
const DRAFT = 'ip-plan-2026-2028';
const clock = new ManualClock('2025-12-08T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let viewer: ApiClient;
let admin: ApiClient;
let finance: ApiClient;
let town: ApiClient;
let office: ApiClient;

const PLANS = '{ plans { code lifecycle } }';
const PLAN = `query($code: String!) { plan(code: $code) { code lifecycle viewerCan { archive edit issueUrgeNotice backfillProgressReport setReportingCycle } } }`;
const ARCHIVE = 'mutation($code: String!) { archivePlan(planCode: $code) { code lifecycle } }';

async function listed(client: ApiClient): Promise<string[]> {
  const result = await client.gql<{ plans: { code: string }[] }>(PLANS);
  expect(result.errors).toBeUndefined();
  return result.data!.plans.map((plan) => plan.code);
}

const errorOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions;

beforeAll(async () => {
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  await addSmallPlan(app.database.db, {
    code: POINTS,
    title: '2026年博山区知识产权工作要点',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    lead: 'towns-subdistricts',
    participants: ['commerce'],
  });
  await addSmallPlan(app.database.db, {
    code: DRAFT,
    title: '博山区知识产权强区建设工作方案（2026—2028年）',
    startsOn: '2026-01-01',
    endsOn: '2028-12-31',
    lead: 'finance',
    state: 'DRAFT',
  });
  leader = await app.as('leader');
  viewer = await app.as('viewer');
  admin = await app.as('admin');
  finance = await app.as('finance');
  town = await app.as('yucheng-town');
  office = await app.as('market-supervision');
});
afterAll(() => app.close());

describe('who sees which plan', () => {
  it('leaders and viewers see every published plan, never a draft; admins and the plan office see the draft too', async () => {
    expect(await listed(leader)).toEqual([BOSHAN, POINTS]);
    expect(await listed(viewer)).toEqual([BOSHAN, POINTS]);
    expect((await listed(admin)).sort()).toEqual([BOSHAN, DRAFT, POINTS].sort());
    // 区市场监督管理局 hosts the leading group's office: it keeps every plan of the group, drafts included.
    expect((await listed(office)).sort()).toEqual([BOSHAN, DRAFT, POINTS].sort());
    const draft = await office.gql<{ plan: { lifecycle: string; viewerCan: { edit: boolean } } }>(PLAN, {
      code: DRAFT,
    });
    expect(draft.data?.plan).toMatchObject({ lifecycle: 'DRAFT', viewerCan: { edit: true } });
  });

  it('a department sees the plans that assign it anything (a town through 各镇、街道), and a draft is NOT_FOUND even when it names it', async () => {
    expect(await listed(finance)).toEqual([BOSHAN]);
    expect(await listed(town)).toEqual([BOSHAN, POINTS]);
    for (const code of [DRAFT, POINTS]) {
      const hidden = await finance.gql(PLAN, { code });
      expect(hidden.data?.plan).toBeNull();
      expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND', detail: 'PLAN_NOT_FOUND', field: 'code' });
    }
    // The same answer as for a plan that does not exist: a hidden plan's existence is not given away.
    const missing = await finance.gql(PLAN, { code: 'no-such-plan' });
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', detail: 'PLAN_NOT_FOUND' });
    // A leader does not see the draft either.
    expect(errorOf(await leader.gql(PLAN, { code: DRAFT }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a hidden plan hides its children: the department’s assignments, the feed and the evaluation by its code are NOT_FOUND', async () => {
    const reads = [
      `{ department(code: "finance") { assignments(planCode: "${DRAFT}") { measure { code } } } }`,
      `{ recentEvents(planCode: "${DRAFT}", first: 5) { events { type } } }`,
      `{ planEvaluation(planCode: "${POINTS}") { final } }`,
      `{ department(code: "finance") { indicators(planCode: "${POINTS}") { code } } }`,
    ];
    for (const query of reads) {
      const result = await finance.gql(query);
      expect(errorOf(result), query).toMatchObject({ code: 'NOT_FOUND', detail: 'PLAN_NOT_FOUND', field: 'planCode' });
    }
    // The plan's own office reads them.
    const own = await office.gql(reads[0]!);
    expect(own.errors).toBeUndefined();
  });

  it('no work is done on a draft, not even by an admin: PLAN_NOT_PUBLISHED, nothing written', async () => {
    const before = await databaseFingerprint(app.database.db, ['sessions']);
    const refused = await admin.gql(
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
      {
        i: {
          planCode: DRAFT,
          measureCode: 'M1',
          departmentCode: 'finance',
          period: '2025-11',
          status: 'ON_TRACK',
          percentComplete: 10,
          summary: '草稿方案不应接受报送',
        },
      },
    );
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', detail: 'PLAN_NOT_PUBLISHED', field: 'input.planCode' });
    expect(await databaseFingerprint(app.database.db, ['sessions'])).toEqual(before);
  });
});

/** Report, notice, extension request and instruction ids made on the Boshan plan before it is archived. */
const made: Record<'report' | 'notice' | 'request' | 'instruction' | 'acknowledged', string> = {
  report: '',
  notice: '',
  request: '',
  instruction: '',
  acknowledged: '',
};

async function ok<T>(client: ApiClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await client.gql<T>(query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data as T;
}

describe('an ended plan, then archived', () => {
  it('after its end date the Boshan plan is 已结束, still listed for its departments, and still takes late reports and final values', async () => {
    clock.set('2026-01-15T09:00:00+08:00');
    expect(await listed(finance)).toEqual([BOSHAN]);
    const plan = await ok<{ plan: { lifecycle: string } }>(finance, PLAN, { code: BOSHAN });
    expect(plan.plan.lifecycle).toBe('ENDED');
    const report = await ok<{ submitProgressReport: { id: string } }>(
      finance,
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
      {
        i: {
          planCode: BOSHAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          period: '2025-12',
          status: 'ON_TRACK',
          percentComplete: 100,
          summary: '专项资金全年落实到位',
        },
      },
    );
    made.report = report.submitProgressReport.id;
    await ok(office, 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }', {
      i: { planCode: BOSHAN, indicatorCode: 'invention-patents-per-10k', value: 9.2, asOf: '2025-12-31' },
    });
    const notice = (code: string) =>
      ok<{ issueUrgeNotice: { id: string } }>(
        leader,
        'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
        {
          i: {
            planCode: BOSHAN,
            measureCode: 'P1.1',
            departmentCode: code,
            level: 'REMIND',
            text: '请补报终期评估材料',
            dueOn: '2026-01-16',
          },
        },
      );
    made.notice = (await notice('finance')).issueUrgeNotice.id;
    made.acknowledged = (await notice('market-supervision')).issueUrgeNotice.id;
    await ok(office, 'mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { state } }', { id: made.acknowledged });
    await ok(office, 'mutation($id: ID!) { respondToUrgeNotice(id: $id, response: "已补报") { state } }', {
      id: made.acknowledged,
    });
    const request = await ok<{ requestExtension: { id: string } }>(
      finance,
      'mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { id } }',
      { i: { urgeNoticeId: made.notice, dueOn: '2026-01-30', reason: '需会同审计' } },
    );
    made.request = request.requestExtension.id;
    const instruction = await ok<{ issueInstruction: { id: string } }>(
      leader,
      'mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }',
      { i: { planCode: BOSHAN, subject: 'MEASURE', measureCode: 'P1.1', text: '请做好终期评估' } },
    );
    made.instruction = instruction.issueInstruction.id;
  });

  it('only the plan office (or an admin) may archive, and only an ended plan: an active one is refused, naming its state', async () => {
    const before = await databaseFingerprint(app.database.db, ['sessions']);
    const can = async (client: ApiClient, code: string) =>
      (await ok<{ plan: { viewerCan: { archive: boolean } } }>(client, PLAN, { code })).plan.viewerCan.archive;
    expect(await can(office, BOSHAN)).toBe(true);
    expect(await can(admin, BOSHAN)).toBe(true);
    expect(await can(leader, BOSHAN)).toBe(false);
    expect(await can(finance, BOSHAN)).toBe(false);
    expect(await can(office, POINTS)).toBe(false);

    expect(errorOf(await leader.gql(ARCHIVE, { code: BOSHAN }))).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'ROLE_NOT_ALLOWED',
    });
    expect(errorOf(await finance.gql(ARCHIVE, { code: BOSHAN }))).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'OTHER_DEPARTMENT',
      reason: '只有本方案的领导小组办公室可以归档方案',
    });
    const active = await office.gql(ARCHIVE, { code: POINTS });
    expect(errorOf(active)).toMatchObject({ code: 'CONFLICT', detail: 'PLAN_NOT_ENDED', field: 'planCode' });
    expect(active.errors?.[0]?.message).toContain('方案当前为「实施中」');
    const draft = await office.gql(ARCHIVE, { code: DRAFT });
    expect(draft.errors?.[0]?.message).toContain('方案当前为「草稿」');
    expect(await databaseFingerprint(app.database.db, ['sessions'])).toEqual(before);
  });

  it('the office archives the ended plan: one event, live to its subscribers, and the plan reads 已归档', async () => {
    const live = await subscribeLive<{ planEvents: { type: string; actor: { username: string } | null } }>({
      server: app.server,
      wsUrl: app.wsUrl,
      token: leader.token,
      query: 'subscription($plan: String!) { planEvents(planCode: $plan) { type actor { username } } }',
      variables: { plan: BOSHAN },
    });
    try {
      const archived = await ok<{ archivePlan: { lifecycle: string } }>(office, ARCHIVE, { code: BOSHAN });
      expect(archived.archivePlan.lifecycle).toBe('ARCHIVED');
      await live.untilSome((e) => e.planEvents.type === 'PLAN_ARCHIVED', 'PLAN_ARCHIVED on the live stream');
      expect(live.received.at(-1)?.planEvents).toEqual({
        type: 'PLAN_ARCHIVED',
        actor: { username: 'market-supervision' },
      });
    } finally {
      await live.close();
    }
    // Still listed for its departments, for their records; nothing on it may be done any more.
    expect(await listed(finance)).toEqual([BOSHAN]);
    const plan = await ok<{ plan: { lifecycle: string; viewerCan: Record<string, boolean> } }>(admin, PLAN, {
      code: BOSHAN,
    });
    expect(plan.plan).toEqual({
      code: BOSHAN,
      lifecycle: 'ARCHIVED',
      viewerCan: {
        archive: false,
        // The editor changes drafts only; a published plan changes by revision, and an archived one not at all.
        edit: false,
        issueUrgeNotice: false,
        backfillProgressReport: false,
        setReportingCycle: false,
      },
    });
    const again = await office.gql(ARCHIVE, { code: BOSHAN });
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', detail: 'PLAN_ARCHIVED' });
  });

  /** Every write on a plan, as the one who could make it on an active plan. */
  const WRITES: Record<string, { client: () => ApiClient; query: string; variables: () => Record<string, unknown> }> = {
    submitProgressReport: {
      client: () => finance,
      query: 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
      variables: () => ({
        i: {
          planCode: BOSHAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          period: '2025-11',
          status: 'ON_TRACK',
          percentComplete: 90,
          summary: '补报十一月进展',
        },
      }),
    },
    backfillProgressReport: {
      client: () => leader,
      query: 'mutation($i: BackfillProgressReportInput!) { backfillProgressReport(input: $i) { id } }',
      variables: () => ({
        i: {
          planCode: BOSHAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          period: '2025-10',
          status: 'ON_TRACK',
          percentComplete: 80,
          summary: '台账补录',
          reportedOn: '2025-11-05',
        },
      }),
    },
    editProgressReport: {
      client: () => finance,
      query: 'mutation($i: EditProgressReportInput!) { editProgressReport(input: $i) { id } }',
      variables: () => ({
        i: { id: made.report, version: 1, status: 'COMPLETED', percentComplete: 100, summary: '改' },
      }),
    },
    withdrawProgressReport: {
      client: () => finance,
      query: 'mutation($id: ID!) { withdrawProgressReport(id: $id, version: 1) { id } }',
      variables: () => ({ id: made.report }),
    },
    acceptProgressReport: {
      client: () => leader,
      query: 'mutation($id: ID!) { acceptProgressReport(id: $id, version: 1) { id } }',
      variables: () => ({ id: made.report }),
    },
    returnProgressReportForRevision: {
      client: () => leader,
      query: 'mutation($id: ID!) { returnProgressReportForRevision(id: $id, version: 1, reason: "补材料") { id } }',
      variables: () => ({ id: made.report }),
    },
    recordIndicatorValue: {
      client: () => office,
      query: 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }',
      variables: () => ({
        i: { planCode: BOSHAN, indicatorCode: 'invention-patents-per-10k', value: 9.4, asOf: '2025-12-30' },
      }),
    },
    issueUrgeNotice: {
      client: () => leader,
      query: 'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
      variables: () => ({
        i: {
          planCode: BOSHAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          level: 'CHASE',
          text: '请报送',
          dueOn: '2026-02-01',
        },
      }),
    },
    acknowledgeUrgeNotice: {
      client: () => finance,
      query: 'mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { id } }',
      variables: () => ({ id: made.notice }),
    },
    respondToUrgeNotice: {
      client: () => office,
      query: 'mutation($id: ID!) { respondToUrgeNotice(id: $id, response: "再答") { id } }',
      variables: () => ({ id: made.acknowledged }),
    },
    closeUrgeNotice: {
      client: () => leader,
      query: 'mutation($id: ID!) { closeUrgeNotice(id: $id) { id } }',
      variables: () => ({ id: made.acknowledged }),
    },
    returnUrgeNoticeForRevision: {
      client: () => leader,
      query: 'mutation($id: ID!) { returnUrgeNoticeForRevision(id: $id, reason: "不全") { id } }',
      variables: () => ({ id: made.acknowledged }),
    },
    requestExtension: {
      client: () => finance,
      query: 'mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { id } }',
      variables: () => ({ i: { urgeNoticeId: made.notice, dueOn: '2026-02-28', reason: '再延' } }),
    },
    approveExtension: {
      client: () => leader,
      query: 'mutation($id: ID!) { approveExtension(id: $id) { id } }',
      variables: () => ({ id: made.request }),
    },
    refuseExtension: {
      client: () => leader,
      query: 'mutation($id: ID!) { refuseExtension(id: $id, reason: "不行") { id } }',
      variables: () => ({ id: made.request }),
    },
    issueInstruction: {
      client: () => leader,
      query: 'mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }',
      variables: () => ({ i: { planCode: BOSHAN, subject: 'MEASURE', measureCode: 'P1.1', text: '再批' } }),
    },
    markInstructionRead: {
      client: () => finance,
      query: 'mutation($id: ID!) { markInstructionRead(id: $id) { id } }',
      variables: () => ({ id: made.instruction }),
    },
    setAssessmentWeights: {
      client: () => leader,
      query: 'mutation($i: SetAssessmentWeightsInput!) { setAssessmentWeights(input: $i) { timeliness } }',
      variables: () => ({ i: { planCode: BOSHAN, timeliness: 40, completion: 30, indicators: 20, notices: 10 } }),
    },
    // 方案调整: an archived plan is not revised either (a draft is edited directly, an active plan revised).
    publishRevision: {
      client: () => office,
      query: 'mutation($i: PlanRevisionInput!) { publishRevision(input: $i) { revision { number } } }',
      variables: () => ({
        i: {
          planCode: BOSHAN,
          reason: '调整',
          effectiveOn: '2025-12-01',
          changes: [{ updateGoal: { goalCode: 'G1', title: '新的目标表述' } }],
        },
      }),
    },
    setReportingCycle: {
      client: () => leader,
      query: 'mutation($i: SetReportingCycleInput!) { setReportingCycle(input: $i) { cycle } }',
      variables: () => ({ i: { planCode: BOSHAN, measureCode: 'P2.1', cycle: 'QUARTERLY' } }),
    },
    setReminderSettings: {
      client: () => leader,
      query:
        'mutation($p: String!) { setReminderSettings(planCode: $p, input: { leadDays: 5, weeklyDigest: false }) { leadDays } }',
      variables: () => ({ p: BOSHAN }),
    },
  };
  /** Mutations that are not a write on a plan's work or settings. */
  const NOT_ON_A_PLAN = [
    'login',
    'logout',
    // A person's own messages, contacts and preferences, and the office's delivery log: not a plan's.
    'markMessagesRead',
    'setMessagePreferences',
    'addContact',
    'updateContact',
    'removeContact',
    'retryDelivery',
    'createUser',
    'resetPassword',
    'disableUser',
    'setCalendarDay',
    'clearCalendarDay',
    'archivePlan',
    // Writes a new draft; on the ended (or archived) plan it only records PLAN_SUCCEEDED (test/plan-successor.test.ts).
    'startSuccessorPlan',
    // A new plan (from a form or from a document), and the department register, which all plans share.
    'createPlan',
    'createPlanFromDocument',
    'createDepartment',
    'renameDepartment',
    'mergeDepartment',
    'retireDepartment',
    'setDepartmentMembers',
    'setDepartmentAliases',
    // The draft editor's: refused on any published plan, archived ones included, with PLAN_NOT_DRAFT
    // (test/plan-editor.test.ts, 'is no longer edited directly').
    'updateDraftPlan',
    'saveDraftGoal',
    'removeDraftGoal',
    'saveDraftMeasure',
    'moveDraftMeasure',
    'removeDraftMeasure',
    'setDraftAssignments',
    'saveDraftIndicator',
    'removeDraftIndicator',
    'confirmImportedItem',
    'publishPlan',
  ];

  it('names every mutation: each is a write on a plan (tested below) or says why it is not', async () => {
    const schema = await getSchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect([...Object.keys(WRITES), ...NOT_ON_A_PLAN].sort()).toEqual(mutations);
  });

  it('an archived plan is frozen: every write on it is refused with PLAN_ARCHIVED (方案已归档，只读), and nothing is written', async () => {
    // The sweep below records the other (active) plan's first warnings: the archived plan's rows are counted apart.
    const boshanWarnings = async () =>
      (
        await sqlRows<{ n: number }>(
          app.database.db,
          sql`select count(*)::int as n from warning_states w join plans p on p.id = w.plan_id where p.code = ${BOSHAN}`,
        )
      )[0]?.n;
    const warnings = await boshanWarnings();
    const before = await databaseFingerprint(app.database.db, ['sessions', 'warning_states']);
    for (const [name, write] of Object.entries(WRITES)) {
      const result = await write.client().gql(write.query, write.variables());
      expect(errorOf(result), name).toMatchObject({
        code: 'CONFLICT',
        detail: 'PLAN_ARCHIVED',
        reason: '方案已归档，只读',
      });
    }
    // The notice left unanswered is overdue, but an archived plan is not swept: it does not escalate.
    clock.set('2026-01-26T09:00:00+08:00');
    await app.server.supervisor!.sweepNow();
    expect(await databaseFingerprint(app.database.db, ['sessions', 'warning_states'])).toEqual(before);
    expect(await boshanWarnings()).toBe(warnings);
  });

  it('what the screen offers on the archived plan agrees: no step on its notices, reports or instructions', async () => {
    const read = await ok<{
      plan: {
        urgeNotices: { viewerCan: Record<string, boolean> }[];
        instructions: { viewerCan: { markRead: boolean } }[];
        measures: { reports: { viewerCan: Record<string, boolean> }[] }[];
      };
    }>(
      finance,
      `{ plan(code: "${BOSHAN}") {
        urgeNotices { viewerCan { acknowledge respond requestExtension } }
        instructions(first: 10) { viewerCan { markRead } }
        measures(kind: MEASURE) { reports { viewerCan { edit withdraw } } }
      } }`,
    );
    const flags = [
      ...read.plan.urgeNotices.flatMap((n) => Object.values(n.viewerCan)),
      ...read.plan.instructions.map((i) => i.viewerCan.markRead),
      ...read.plan.measures.flatMap((m) => m.reports.flatMap((r) => Object.values(r.viewerCan))),
    ];
    expect(flags.length).toBeGreaterThan(5);
    expect(flags.every((flag) => flag === false)).toBe(true);
  });

  it('reading the archived plan stays as it was: its cockpit figures and its evaluation answer', async () => {
    const result = await ok<{ plan: { overview: { statusCounts: { total: number } } } }>(
      finance,
      `{ plan(code: "${BOSHAN}") { overview { statusCounts { total } } } }`,
    );
    expect(result.plan.overview.statusCounts.total).toBe(24);
    const evaluation = await ok<{ planEvaluation: { final: boolean } }>(
      leader,
      `{ planEvaluation(planCode: "${BOSHAN}") { final } }`,
    );
    expect(evaluation.planEvaluation.final).toBe(true);
  });
});
