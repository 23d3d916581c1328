import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boshanIpPlanSeed, importPlan, registerDepartments } from '../server/src/seed';
import { scalePlanSeed } from '../server/src/seed/synthetic-plan';
import { graphql } from './gql';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { office } from './kit/office';
import { addSmallPlan } from './kit/plans';
import { PLAN_GRAPH_QUERY } from './kit/queries';

const SEEDED = 'boshan-ip-2022-2025';
const SAFEGUARD_TITLES = graphql(`
  query SafeguardTitles($code: String!) {
    plan(code: $code) { measures(kind: SAFEGUARD) { title } }
  }
`);
let app: TestApp;
let leader: ApiClient;
const large = scalePlanSeed(boshanIpPlanSeed, 100);
let catalogChanges = 0;

beforeAll(async () => {
  app = await startTestApp();
  leader = await app.as('leader');
  await importPlan(app.database.db, large);
});
afterAll(() => app.close());

async function statementsFor(code: string) {
  let measures = 0;
  const statements = await app.countStatements(async () => {
    const result = await leader.gql(PLAN_GRAPH_QUERY, { code });
    expect(result.errors).toBeUndefined();
    measures = result.data?.plan?.measures.length ?? 0;
  });
  return { statements, measures };
}

/** A real catalog write: registering a department moves the catalog version on, as any catalog write does. */
async function changeTheCatalog() {
  catalogChanges += 1;
  await registerDepartments(app.database.db, [
    { code: `test-unit-${catalogChanges}`, name: `测试单位${catalogChanges}`, kind: 'GOVERNMENT_DEPARTMENT' },
  ]);
}

describe('loading the whole plan graph', () => {
  it('after a catalog change, takes the same small number of SQL statements for the seeded plan and one 100 times its size', async () => {
    await changeTheCatalog();
    const seeded = await statementsFor(SEEDED);
    await changeTheCatalog();
    const hundredfold = await statementsFor(large.code);
    expect(seeded.measures).toBe(29);
    expect(hundredfold.measures).toBe(2900);
    expect(hundredfold.statements).toBe(seeded.statements);
    // The viewer's session; the catalog version; the plan; its goals, measures, assignments and indicators; the
    // department register and its groups; the departments' own assignments and indicators.
    expect(seeded.statements).toBeLessThanOrEqual(11);
  });

  it('while the catalog is unchanged, takes two statements: checking the session, reading the catalog version', async () => {
    await statementsFor(SEEDED);
    await statementsFor(large.code);
    expect((await statementsFor(SEEDED)).statements).toBe(2);
    expect((await statementsFor(large.code)).statements).toBe(2);
  });

  it('sees a write to the catalog on the very next read, even one made behind the API’s back', async () => {
    const title = async () => (await leader.gql(SAFEGUARD_TITLES, { code: SEEDED })).data?.plan?.measures[0]?.title;
    expect(await title()).toBe('加强组织领导');
    await app.database.db.execute(sql`update measures set title = '加强组织领导（修订）' where code = 'S1'`);
    expect(await title()).toBe('加强组织领导（修订）');
    await app.database.db.execute(sql`update measures set title = '加强组织领导' where code = 'S1'`);
    expect(await title()).toBe('加强组织领导');
  });
});

/**
 * The home page's list as the web asks it (PlanListPage): every plan the viewer may see, with the cockpit's
 * headline figures, what the viewer may do to each, and what it may do at all (新建方案).
 */
const PLAN_LIST = `{ plans { id code title docNumber issuer startsOn endsOn lifecycle
  progress { percent reported total }
  overview { overdue scope verdictCounts { red yellow blue green grey total } }
  viewerCan { archive edit } }
  viewerCan { createPlan manageDepartments } }`;

/** The editor's read of a plan as the web asks it (usePlanEditor): the whole tree and the department register. */
const EDITOR_TREE = `query($plan: String!) { plan(code: $plan) {
  id code title issuer docNumber issuedOn startsOn endsOn summary lifecycle reportingCycle dueWorkingDay
  today leadingGroup { code name } viewerCan { edit revise }
  goals { id code title description }
  measures { id code kind title description parent { id code } goal { id code }
    assignments { role inherited department { code name } } }
  indicators { id code name unit baseline baselineYear target targetDate direction targetKind targetText
    goal { id code } measure { id code } department { code name } } }
  departments { code name kind } }`;

describe('reading the plan list', () => {
  async function listCost(client: ApiClient) {
    let plans = 0;
    await changeTheCatalog();
    const statements = await app.countStatements(async () => {
      const result = await client.gql<{ plans: unknown[] }>(PLAN_LIST);
      expect(result.errors).toBeUndefined();
      plans = result.data?.plans.length ?? 0;
    });
    return { statements, plans };
  }

  async function editorCost(client: ApiClient, plan: string) {
    await changeTheCatalog();
    return app.countStatements(async () => {
      const result = await client.gql<{ plan: { measures: unknown[] } }>(EDITOR_TREE, { plan });
      expect(result.errors).toBeUndefined();
      expect(result.data?.plan.measures.length).toBeGreaterThan(0);
    });
  }

  it('takes the same number of statements with one plan more or four, for a leader, a department, the office and an admin; so does the editor’s tree', async () => {
    const finance = await app.as('finance');
    const town = await app.as('yucheng-town');
    const office = await app.as('market-supervision');
    const admin = await app.as('admin');
    await addSmallPlan(app.database.db, {
      code: 'editor-draft',
      title: '编辑中的草稿',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      lead: 'finance',
      state: 'DRAFT',
    });
    const before = {
      leader: await listCost(leader),
      finance: await listCost(finance),
      town: await listCost(town),
      office: await listCost(office),
      admin: await listCost(admin),
    };
    const editorBefore = await editorCost(office, 'editor-draft');
    for (const n of [1, 2, 3, 4]) {
      await addSmallPlan(app.database.db, {
        code: `work-points-${n}`,
        title: `年度工作要点 ${n}`,
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
        lead: n % 2 === 0 ? 'finance' : 'towns-subdistricts',
        state: n === 4 ? 'DRAFT' : 'ACTIVE',
      });
    }
    const after = {
      leader: await listCost(leader),
      finance: await listCost(finance),
      town: await listCost(town),
      office: await listCost(office),
      admin: await listCost(admin),
    };
    const editorAfter = await editorCost(office, 'editor-draft');
    console.log('plan list statements', JSON.stringify({ before, after, editorBefore, editorAfter }));
    // The leader sees the three published plans added, finance the one it leads, a town the two of 各镇、街道.
    expect([after.leader.plans, after.finance.plans, after.town.plans]).toEqual([
      before.leader.plans + 3,
      before.finance.plans + 1,
      before.town.plans + 2,
    ]);
    expect(after.leader.statements).toBe(before.leader.statements);
    expect(after.finance.statements).toBe(before.finance.statements);
    expect(after.town.statements).toBe(before.town.statements);
    // The office and an admin also see the new draft.
    expect([after.office.plans, after.admin.plans]).toEqual([before.office.plans + 4, before.admin.plans + 4]);
    expect(after.office.statements).toBe(before.office.statements);
    expect(after.admin.statements).toBe(before.admin.statements);
    expect(editorAfter).toBe(editorBefore);
  });
});

/** The cockpit's counts and 考核 over a plan a revision changed: withdrawn measures, duties ended and begun. */
const REVISED_READS = `query($code: String!) {
  plan(code: $code) { overview { overdue verdictCounts { total } statusCounts { total } } warningCounts { total } }
  departmentAssessment(planCode: $code) { rows { department { code } score reporting { owed late missing } } }
}`;

describe('reading a plan a revision changed', () => {
  async function revisedCost() {
    await changeTheCatalog();
    return app.countStatements(async () => {
      const result = await leader.gql(REVISED_READS, { code: large.code });
      expect(result.errors).toBeUndefined();
    });
  }

  it('takes the same number of statements however many duties a revision ended or measures it withdrew', async () => {
    const before = await revisedCost();
    // What publishRevision leaves, written directly: every lead of the 2900-measure plan handed over on 2023-07-01
    // (the old duty kept in ended_assignments), and every tenth measure withdrawn.
    const { db } = app.database;
    await db.execute(sql`
      insert into ended_assignments (plan_id, measure_id, department_id, role, since, until, revision_id)
      select a.plan_id, a.measure_id, a.department_id, a.role, null, '2023-06-30', 1
      from assignments a join plans p on p.id = a.plan_id
      where p.code = ${large.code} and a.role = 'LEAD'`);
    await db.execute(sql`
      update assignments set since = '2023-07-01'
      where role = 'LEAD' and plan_id = (select id from plans where code = ${large.code})`);
    await db.execute(sql`
      update measures set withdrawn_on = '2024-01-01', withdrawn_reason = '测试撤销'
      where plan_id = (select id from plans where code = ${large.code}) and id % 10 = 0 and kind <> 'PROJECT'`);
    expect(await revisedCost()).toBe(before);
  });
});

/** 版本历史: a plan's revisions, each with its readable lines and who published it. */
const HISTORY = `query($code: String!) { plan(code: $code) { revisions {
  number reason docNumber effectiveOn publishedAt publishedBy { displayName departmentName }
  changes { kind itemCode itemTitle summary fields { label before after } } } } }`;

describe('reading a plan’s revision history', () => {
  /** Revisions written behind the API's back (the read is what is counted): each renames every goal. */
  async function addRevisions(code: string, count: number) {
    await app.database.db.execute(sql`
      insert into plan_revisions (plan_id, number, reason, effective_on, published_by, changes)
      select p.id, coalesce((select max(number) from plan_revisions r where r.plan_id = p.id), 0) + n,
             '机构改革后调整', '2024-06-01', (select id from users where username = 'market-supervision'),
             (select jsonb_agg(jsonb_build_object(
                'kind', 'GOAL_UPDATED',
                'before', jsonb_build_object('id', g.id, 'planId', g.plan_id, 'code', g.code, 'title', g.title,
                                             'description', g.description, 'position', g.position),
                'after', jsonb_build_object('id', g.id, 'planId', g.plan_id, 'code', g.code, 'title', g.title || '（调整）',
                                            'description', g.description, 'position', g.position)))
              from goals g where g.plan_id = p.id)
      from plans p, generate_series(1, ${count}) as n where p.code = ${code}`);
  }

  async function historyCost() {
    let revisions = 0;
    const statements = await app.countStatements(async () => {
      const result = await leader.gql<{ plan: { revisions: { changes: unknown[] }[] } }>(HISTORY, { code: SEEDED });
      expect(result.errors).toBeUndefined();
      revisions = result.data?.plan.revisions.length ?? 0;
    });
    return { statements, revisions };
  }

  it('takes the same number of statements with one revision or six', async () => {
    await addRevisions(SEEDED, 1);
    await historyCost(); // warms the catalog cache
    const one = await historyCost();
    await addRevisions(SEEDED, 5);
    const six = await historyCost();
    expect([one.revisions, six.revisions]).toEqual([1, 6]);
    expect(six.statements).toBe(one.statements);
    // The session and the catalog version; the revisions with their publishers; the plan's goal and measure codes.
    expect(one.statements).toBeLessThanOrEqual(5);
  });
});

describe('downloading the office documents', () => {
  let admin: ApiClient | undefined;
  /** Every GET of the office routes (README's table), as an admin reads them (the templates are not a leader's). */
  const documents = (plan: string) => [
    `/api/plans/${plan}/ledger.xlsx`,
    `/api/plans/${plan}/departments/finance/ledger.xlsx`,
    `/api/plans/${plan}/indicator-ledger.xlsx`,
    `/api/plans/${plan}/meeting-brief.docx`,
    `/api/plans/${plan}/circular.docx`,
    `/api/plans/${plan}/indicator-values-template.xlsx`,
    `/api/plans/${plan}/progress-template.xlsx?departmentCode=finance`,
  ];

  async function documentCost(path: string) {
    let status = 0;
    admin ??= await app.as('admin');
    const reader = admin;
    const statements = await app.countStatements(async () => {
      status = (await office(app, reader, path)).status;
    });
    return { path, status, statements };
  }

  it('each takes the same number of statements for the seeded plan and one 100 times its size', async () => {
    const seeded: Awaited<ReturnType<typeof documentCost>>[] = [];
    const hundredfold: Awaited<ReturnType<typeof documentCost>>[] = [];
    // Warms the catalog cache with each plan's tree and assignments (read once per plan and catalog version).
    await documentCost(documents(SEEDED)[0]!);
    await documentCost(documents(large.code)[0]!);
    for (const path of documents(SEEDED)) seeded.push(await documentCost(path));
    for (const path of documents(large.code)) hundredfold.push(await documentCost(path));
    expect(seeded.map((d) => d.status)).toEqual(seeded.map(() => 200));
    expect(hundredfold.map((d) => d.status)).toEqual(hundredfold.map(() => 200));
    // Some statements each (the session, the plan, its reports, cycles, notices...), never one per measure or
    // indicator: the 100× plan's 2 900 measures cost no more than the seeded plan's 29 (a few fewer where it has no
    // values yet to read).
    for (const [i, d] of hundredfold.entries()) expect(d.statements, d.path).toBeLessThanOrEqual(seeded[i]!.statements);
    for (const d of seeded) expect(d.statements, d.path).toBeGreaterThan(0);
    for (const d of seeded) expect(d.statements, d.path).toBeLessThanOrEqual(40);
  }, 300_000);
});
