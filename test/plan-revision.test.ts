import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { subscribeLive } from './kit/live';
import { addSmallPlan } from './kit/plans';
import { databaseFingerprint, sqlRows } from './kit/sql';

/**
 * 方案调整: two years into the Boshan plan, after 机构改革, the plan office (区市场监督管理局) publishes one revision
 * with a reason and a document number: a new measure with its lead and an indicator, a safeguard's lead handed to
 * another bureau, a target raised, and a measure that already has reports withdrawn. Everything is one event; the
 * history reads it line by line, and the plan can be seen as it stood before and after. Every refusal names the
 * change at fault and writes nothing.
 */
const BOSHAN = 'boshan-ip-2022-2025';
const DRAFT = 'revision-draft-plan';
const ARCHIVED = 'revision-archived-plan';
const FISCAL = 'fiscal-reform-plan';
const clock = new ManualClock('2024-06-03T09:00:00+08:00');
const EFFECTIVE = '2024-06-01';

let app: TestApp;
let office: ApiClient;
let admin: ApiClient;
let leader: ApiClient;
let finance: ApiClient;

type Errors = GraphQLResponse['errors'];
const first = (errors: Errors) => errors?.[0]?.extensions as Record<string, unknown> | undefined;

async function ok<T>(client: ApiClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await client.gql<T>(query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data as T;
}

const LINE = 'kind itemCode itemTitle summary fields { label before after }';
const PUBLISH = /* GraphQL */ `
  mutation($i: PlanRevisionInput!) {
    publishRevision(input: $i) {
      plan { code }
      revision { number reason docNumber effectiveOn publishedBy { displayName departmentName } }
      changes { ${LINE} }
    }
  }
`;
interface Line {
  kind: string;
  itemCode: string;
  itemTitle: string;
  summary: string;
  fields: { label: string; before: string | null; after: string | null }[];
}
interface Published {
  publishRevision: {
    plan: { code: string };
    revision: { number: number; reason: string; docNumber: string | null; effectiveOn: string } | null;
    changes: Line[];
  };
}

const REVISION = {
  planCode: BOSHAN,
  reason: '区机构改革后，按新的职能分工调整部分措施、责任单位和指标',
  docNumber: '博知强区办〔2024〕3号',
  effectiveOn: EFFECTIVE,
  changes: [
    {
      addMeasure: {
        code: 'P3.6',
        parentCode: 'P3',
        title: '开展知识产权数据资源开发利用',
        leadCode: 'science-technology',
        participantCodes: ['industry-it'],
      },
    },
    {
      addIndicator: {
        code: 'ip-data-products',
        goalCode: 'G1',
        measureCode: 'P3.6',
        departmentCode: 'science-technology',
        name: '知识产权数据产品数量',
        unit: '个',
        target: 5,
        targetDate: '2025-12-31',
        targetKind: 'NUMERIC',
        targetText: '开发知识产权数据产品5个',
      },
    },
    { setAssignments: { measureCode: 'S1', leadCode: 'science-technology', participantCodes: ['towns-subdistricts'] } },
    {
      updateIndicator: {
        indicatorCode: 'valid-trademarks',
        target: 9000,
        targetText: '有效商标注册量累计达到9000件',
      },
    },
    { withdrawMeasure: { measureCode: 'P1.2', reason: '相关政策已并入P1.1统一推进' } },
  ],
};

const fingerprint = () => databaseFingerprint(app.database.db, ['sessions']);
const counts = async () =>
  (
    await sqlRows<{ revisions: number; events: number }>(
      app.database.db,
      sql`select (select count(*)::int from plan_revisions) as revisions,
                 (select count(*)::int from events where type = 'PLAN_REVISED') as events`,
    )
  )[0];

/** A revision that must be refused: its code, detail and field, and nothing written (no revision, no event). */
async function refused(
  client: ApiClient,
  input: Record<string, unknown>,
  expected: { code: string; detail?: string; field?: string; names?: string },
): Promise<void> {
  const [before, tally] = [await fingerprint(), await counts()];
  const result = await client.gql(PUBLISH, { i: input });
  const extensions = first(result.errors);
  expect(extensions, JSON.stringify(result)).toMatchObject({
    code: expected.code,
    ...(expected.detail && { detail: expected.detail }),
    ...(expected.field && { field: expected.field }),
  });
  if (expected.names) expect(String(extensions?.reason)).toContain(expected.names);
  expect(await counts()).toEqual(tally);
  expect(await fingerprint()).toEqual(before);
}

/** One change on the Boshan plan, as of the effective date. */
const one = (change: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({
  planCode: BOSHAN,
  reason: '调整',
  effectiveOn: EFFECTIVE,
  changes: [change],
  ...rest,
});

beforeAll(async () => {
  app = await startTestApp({ clock });
  [office, admin, leader, finance] = await Promise.all([
    app.as('market-supervision'),
    app.as('admin'),
    app.as('leader'),
    app.as('finance'),
  ]);
  await addSmallPlan(app.database.db, {
    code: DRAFT,
    title: '草稿方案',
    startsOn: '2024-01-01',
    endsOn: '2024-12-31',
    lead: 'finance',
    state: 'DRAFT',
  });
  // 区财政局 hosts the office of another leading group, which keeps a plan of its own: not this one.
  await addSmallPlan(app.database.db, {
    code: FISCAL,
    title: '财政改革方案',
    startsOn: '2024-01-01',
    endsOn: '2024-12-31',
    lead: 'finance',
  });
  await app.database.db.execute(sql`
    insert into departments (code, name, kind, office_department_id, position)
    select 'fiscal-group', '财政改革领导小组', 'LEADING_GROUP', id, 99 from departments where code = 'finance'`);
  await app.database.db.execute(sql`
    update plans set leading_group_id = (select id from departments where code = 'fiscal-group')
    where code = ${FISCAL}`);
  await addSmallPlan(app.database.db, {
    code: ARCHIVED,
    title: '已归档方案',
    startsOn: '2023-01-01',
    endsOn: '2023-12-31',
    lead: 'finance',
    state: 'ARCHIVED',
  });
  // P1.2 (led through project P1 by 区市场监督管理局) already has a report: it can be withdrawn, never deleted.
  await ok(office, 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }', {
    i: {
      planCode: BOSHAN,
      measureCode: 'P1.2',
      departmentCode: 'market-supervision',
      period: '2024-05',
      status: 'ON_TRACK',
      percentComplete: 40,
      summary: '已出台专利资助办法',
    },
  });
});
afterAll(() => app.close());

let preview: Line[] = [];

describe('the plan office revises the plan in force', () => {
  it('offers the revision to its office only, on a plan in force', async () => {
    const can = async (client: ApiClient, code = BOSHAN) =>
      (
        await ok<{ plan: { viewerCan: { revise: boolean } } }>(
          client,
          'query($c: String!) { plan(code: $c) { viewerCan { revise } } }',
          {
            c: code,
          },
        )
      ).plan.viewerCan.revise;
    expect(await can(office)).toBe(true);
    expect(await can(admin)).toBe(true);
    expect(await can(leader)).toBe(false);
    expect(await can(finance)).toBe(false);
    expect(await can(finance, FISCAL)).toBe(true);
    expect(await can(office, DRAFT)).toBe(false);
    expect(await can(office, ARCHIVED)).toBe(false);
  });

  it('previews it (dryRun): the lines it would publish, and nothing written', async () => {
    const [before, tally] = [await fingerprint(), await counts()];
    const dry = await ok<Published>(office, PUBLISH, { i: { ...REVISION, dryRun: true } });
    expect(dry.publishRevision.revision).toBeNull();
    preview = dry.publishRevision.changes;
    expect(preview.map((l) => l.kind)).toEqual([
      'MEASURE_ADDED',
      'ASSIGNMENTS_SET',
      'INDICATOR_ADDED',
      'ASSIGNMENTS_SET',
      'INDICATOR_UPDATED',
      'MEASURE_WITHDRAWN',
    ]);
    expect(await counts()).toEqual(tally);
    expect(await fingerprint()).toEqual(before);
  });

  it('publishes it: one revision, one PLAN_REVISED, live to the plan’s subscribers, the same lines as the preview', async () => {
    const live = await subscribeLive<{ planEvents: { type: string } }>({
      server: app.server,
      wsUrl: app.wsUrl,
      token: leader.token,
      query: 'subscription($plan: String!) { planEvents(planCode: $plan) { type } }',
      variables: { plan: BOSHAN },
    });
    try {
      const done = await ok<Published>(office, PUBLISH, { i: REVISION });
      expect(done.publishRevision.revision).toMatchObject({
        number: 1,
        reason: REVISION.reason,
        docNumber: REVISION.docNumber,
        effectiveOn: EFFECTIVE,
        publishedBy: { departmentName: '区市场监督管理局' },
      });
      expect(done.publishRevision.changes).toEqual(preview);
      await live.untilSome((e) => e.planEvents.type === 'PLAN_REVISED', 'PLAN_REVISED on the live stream');
    } finally {
      await live.close();
    }
    expect(await counts()).toEqual({ revisions: 1, events: 1 });
  });

  it('reads in the history (版本历史) line by line, with department names', async () => {
    const { plan } = await ok<{ plan: { revisions: { number: number; reason: string; changes: Line[] }[] } }>(
      leader,
      `query($c: String!) { plan(code: $c) { revisions { number reason changes { ${LINE} } } } }`,
      { c: BOSHAN },
    );
    expect(plan.revisions.map((r) => r.number)).toEqual([1]);
    const lines = plan.revisions[0]?.changes ?? [];
    expect(lines).toEqual(preview);
    const summaries = lines.map((l) => l.summary);
    expect(summaries[0]).toContain('新增措施 P3.6 开展知识产权数据资源开发利用');
    expect(summaries[1]).toContain('牵头单位 （无） → 区科学技术局');
    expect(summaries[3]).toContain('牵头单位 区市场监督管理局 → 区科学技术局');
    expect(summaries[4]).toContain('目标值 8000件 → 9000件');
    expect(summaries[5]).toBe('撤销措施 P1.2：相关政策已并入P1.1统一推进');
    expect(lines[3]).toMatchObject({ kind: 'ASSIGNMENTS_SET', itemCode: 'S1', itemTitle: '加强组织领导' });
    expect(lines[3]?.fields).toEqual([{ label: '牵头单位', before: '区市场监督管理局', after: '区科学技术局' }]);
    expect(lines[4]?.fields).toEqual([
      { label: '目标值', before: '8000件', after: '9000件' },
      { label: '目标原文', before: '有效商标注册量累计达到8000件', after: '有效商标注册量累计达到9000件' },
    ]);
    // A department the plan assigns reads it too.
    const seen = await finance.gql(`query($c: String!) { plan(code: $c) { revisions { number } } }`, { c: BOSHAN });
    expect(seen.errors).toBeUndefined();
  });

  it('is in the audit trail', async () => {
    const { auditTrail } = await ok<{ auditTrail: { entries: { type: string; actor: { username: string } }[] } }>(
      leader,
      'query($f: AuditFilter) { auditTrail(filter: $f, first: 5) { entries { type actor { username } } } }',
      { f: { planCode: BOSHAN, types: ['PLAN_REVISED'] } },
    );
    expect(auditTrail.entries).toEqual([{ type: 'PLAN_REVISED', actor: { username: 'market-supervision' } }]);
  });

  it('keeps the withdrawn measure’s reports, the old lead’s span and the old target', async () => {
    const { plan } = await ok<{
      plan: { measures: { code: string; reports: { summary: string }[] }[] };
    }>(leader, 'query($c: String!) { plan(code: $c) { measures { code reports { summary } } } }', { c: BOSHAN });
    expect(plan.measures.find((m) => m.code === 'P1.2')?.reports.map((r) => r.summary)).toEqual(['已出台专利资助办法']);
    const withdrawn = await sqlRows<{ withdrawn_on: string; withdrawn_reason: string }>(
      app.database.db,
      sql`select withdrawn_on::text, withdrawn_reason from measures m join plans p on p.id = m.plan_id
          where p.code = ${BOSHAN} and m.code = 'P1.2'`,
    );
    expect(withdrawn).toEqual([{ withdrawn_on: EFFECTIVE, withdrawn_reason: '相关政策已并入P1.1统一推进' }]);
    const ended = await sqlRows<Record<string, unknown>>(
      app.database.db,
      sql`select d.code as department, e.role, e.since::text as since, e.until::text as until, r.number
          from ended_assignments e join departments d on d.id = e.department_id
          join measures m on m.id = e.measure_id join plan_revisions r on r.id = e.revision_id where m.code = 'S1'`,
    );
    expect(ended).toEqual([
      { department: 'market-supervision', role: 'LEAD', since: null, until: '2024-05-31', number: 1 },
    ]);
    const duties = await sqlRows<Record<string, unknown>>(
      app.database.db,
      sql`select d.code as department, a.role, a.since::text as since from assignments a
          join departments d on d.id = a.department_id join measures m on m.id = a.measure_id
          where m.code = 'S1' order by a.role, d.code`,
    );
    expect(duties).toEqual([
      { department: 'science-technology', role: 'LEAD', since: EFFECTIVE },
      // Unchanged: its row untouched, in force from the plan's start.
      { department: 'towns-subdistricts', role: 'PARTICIPANT', since: null },
    ]);
    const history = await sqlRows<{ target: number; target_history: unknown }>(
      app.database.db,
      sql`select target::float as target, target_history from indicators where code = 'valid-trademarks'`,
    );
    expect(history).toEqual([
      {
        target: 9000,
        target_history: [
          {
            target: 8000,
            targetText: '有效商标注册量累计达到8000件',
            targetDate: '2025-12-31',
            until: '2024-05-31',
            revisionNumber: 1,
          },
        ],
      },
    ]);
  });

  it('shows the plan as published (version 0) and as revised (version 1)', async () => {
    const VERSION = /* GraphQL */ `
      query($c: String!, $n: Int!) {
        plan(code: $c) {
          version(revision: $n) {
            revision
            measures { code parentCode withdrawn leadName participantNames }
            indicators { code target targetText }
          }
        }
      }
    `;
    type Version = {
      measures: {
        code: string;
        parentCode: string | null;
        withdrawn: boolean;
        leadName: string | null;
        participantNames: string[];
      }[];
      indicators: { code: string; target: number | null; targetText: string }[];
    };
    const at = async (n: number) =>
      (await ok<{ plan: { version: Version } }>(leader, VERSION, { c: BOSHAN, n })).plan.version;
    const [v0, v1] = [await at(0), await at(1)];
    const measure = (v: Version, code: string) => v.measures.find((m) => m.code === code);
    const indicator = (v: Version, code: string) => v.indicators.find((i) => i.code === code);
    expect(measure(v0, 'P3.6')).toBeUndefined();
    expect(measure(v1, 'P3.6')).toEqual({
      code: 'P3.6',
      parentCode: 'P3',
      withdrawn: false,
      leadName: '区科学技术局',
      participantNames: ['区工业和信息化局'],
    });
    expect(measure(v0, 'P1.2')?.withdrawn).toBe(false);
    expect(measure(v1, 'P1.2')?.withdrawn).toBe(true);
    expect(measure(v0, 'S1')).toMatchObject({ leadName: '区市场监督管理局', participantNames: ['各镇、街道'] });
    expect(measure(v1, 'S1')).toMatchObject({ leadName: '区科学技术局', participantNames: ['各镇、街道'] });
    expect(indicator(v0, 'valid-trademarks')).toMatchObject({ target: 8000 });
    expect(indicator(v1, 'valid-trademarks')).toMatchObject({ target: 9000 });
    expect(indicator(v0, 'ip-data-products')).toBeUndefined();
    expect(indicator(v1, 'ip-data-products')).toMatchObject({ target: 5 });
    expect(v0.measures.map((m) => m.code)).toEqual(v1.measures.map((m) => m.code).filter((c) => c !== 'P3.6'));
    const missing = await leader.gql(VERSION, { c: BOSHAN, n: 2 });
    expect(first(missing.errors)).toMatchObject({ code: 'NOT_FOUND', detail: 'REVISION_NOT_FOUND' });
  });
});

describe('a revision that breaks a rule is refused, naming the change, and writes nothing', () => {
  it('a) a withdrawn measure is not withdrawn again, edited, or deleted (its reports stay)', async () => {
    await refused(office, one({ withdrawMeasure: { measureCode: 'P1.2', reason: '再撤' } }), {
      code: 'CONFLICT',
      detail: 'MEASURE_WITHDRAWN',
      field: 'input.changes[0].withdrawMeasure.measureCode',
    });
    await refused(office, one({ updateMeasure: { measureCode: 'P1.2', title: '新名称' } }), {
      code: 'CONFLICT',
      detail: 'MEASURE_WITHDRAWN',
      field: 'input.changes[0].updateMeasure.measureCode',
    });
    await refused(office, one({ removeMeasure: { measureCode: 'P1.2' } }), {
      code: 'CONFLICT',
      detail: 'MEASURE_HAS_REPORTS',
      field: 'input.changes[0].removeMeasure.measureCode',
      names: '撤销',
    });
  });

  it('b) the units of a change name their field', async () => {
    await refused(
      office,
      one({ setAssignments: { measureCode: 'P2.1', leadCode: 'no-such-unit', participantCodes: [] } }),
      {
        code: 'NOT_FOUND',
        detail: 'DEPARTMENT_NOT_FOUND',
        field: 'input.changes[0].setAssignments.leadCode',
      },
    );
  });

  it('c) a revised target is checked like any target', async () => {
    await refused(office, one({ updateIndicator: { indicatorCode: 'valid-trademarks', target: null } }), {
      code: 'BAD_USER_INPUT',
      detail: 'INDICATOR_TARGET_REQUIRED',
      field: 'input.changes[0].updateIndicator.target',
    });
  });

  it('d) a revision that leaves a measure without a lead is refused as a whole, naming the measure', async () => {
    await refused(
      office,
      {
        ...one({ addMeasure: { code: 'P2.5', parentCode: 'P2', title: '新措施' } }),
        changes: [
          { addMeasure: { code: 'P6', title: '新工程', kind: 'PROJECT' } },
          { addMeasure: { code: 'P6.1', parentCode: 'P6', title: '无人牵头的措施' } },
        ],
      },
      { code: 'BAD_USER_INPUT', detail: 'REVISION_INCOMPLETE', field: 'input.changes', names: 'P6.1' },
    );
  });

  it('e) a revision that changes nothing is refused', async () => {
    await refused(office, one({ updateMeasure: { measureCode: 'P1.1', title: '提升知识产权管理综合效能' } }), {
      code: 'BAD_USER_INPUT',
      detail: 'REVISION_EMPTY',
    });
  });

  it('refuses bad inputs, each naming its field', async () => {
    await refused(office, one({ updateGoal: { goalCode: 'G1', title: '新标题' } }, { reason: ' ' }), {
      code: 'BAD_USER_INPUT',
      detail: 'REQUIRED',
      field: 'input.reason',
    });
    await refused(office, one({ updateGoal: { goalCode: 'G1', title: '新标题' } }, { effectiveOn: '2024-07-01' }), {
      code: 'BAD_USER_INPUT',
      detail: 'EFFECTIVE_IN_FUTURE',
      field: 'input.effectiveOn',
      names: '晚于今天',
    });
    await refused(office, one({ updateGoal: { goalCode: 'G1', title: '新标题' } }, { effectiveOn: '2021-12-31' }), {
      code: 'BAD_USER_INPUT',
      detail: 'EFFECTIVE_BEFORE_START',
      field: 'input.effectiveOn',
    });
    await refused(office, one({ updateMeasure: { measureCode: 'P9.9', title: '不存在' } }), {
      code: 'NOT_FOUND',
      detail: 'MEASURE_NOT_FOUND',
      field: 'input.changes[0].updateMeasure.measureCode',
    });
    await refused(
      office,
      one({ updateGoal: { goalCode: 'G1', title: '新标题' }, withdrawMeasure: { measureCode: 'P1.1', reason: '撤' } }),
      { code: 'BAD_USER_INPUT', detail: 'ONE_CHANGE_PER_ITEM', field: 'input.changes[0]' },
    );
    // A later change fails: the earlier ones are rolled back with it.
    await refused(
      office,
      {
        ...one({}),
        changes: [
          { updateGoal: { goalCode: 'G1', title: '新标题' } },
          { setAssignments: { measureCode: 'P2.1', leadCode: 'finance', participantCodes: ['finance'] } },
        ],
      },
      {
        code: 'BAD_USER_INPUT',
        detail: 'DUPLICATE_UNIT',
        field: 'input.changes[1].setAssignments.participantCodes[0]',
      },
    );
  });

  it('refuses a draft (edited directly), an archived plan, and anyone but the plan’s office', async () => {
    await refused(office, one({ updateGoal: { goalCode: 'G1', title: '新标题' } }, { planCode: DRAFT }), {
      code: 'CONFLICT',
      detail: 'PLAN_IS_DRAFT',
      names: '草稿可直接修改',
    });
    await refused(
      office,
      one({ updateGoal: { goalCode: 'G1', title: '新标题' } }, { planCode: ARCHIVED, effectiveOn: '2023-06-01' }),
      { code: 'CONFLICT', detail: 'PLAN_ARCHIVED' },
    );
    // 区财政局 keeps another plan (its office), not this one; a leader oversees but does not revise.
    await refused(finance, one({ updateGoal: { goalCode: 'G1', title: '新标题' } }), {
      code: 'FORBIDDEN',
      names: '只有本方案的领导小组办公室可以调整方案',
    });
    await refused(leader, one({ updateGoal: { goalCode: 'G1', title: '新标题' } }), { code: 'FORBIDDEN' });
  });
});

describe('a measure that answered through its project gets a lead of its own', () => {
  it('ends the inherited duty on that measure from the effective date, and the history says it was 随上级', async () => {
    const { publishRevision } = await ok<Published>(office, PUBLISH, {
      i: one(
        { setAssignments: { measureCode: 'P3.3', leadCode: 'commerce', participantCodes: [] } },
        { reason: '质押融资工作划转区商务局' },
      ),
    });
    const line = publishRevision.changes.find((l) => l.itemCode === 'P3.3');
    expect(line?.fields).toContainEqual({ label: '牵头单位', before: '区市场监督管理局（随上级）', after: '区商务局' });
    // The project's lead answered for P3.3 until the day before: those periods stay its own.
    const ended = await sqlRows<Record<string, unknown>>(
      app.database.db,
      sql`select d.code as department, e.role, e.until::text as until
          from ended_assignments e join departments d on d.id = e.department_id
          join measures m on m.id = e.measure_id where m.code = 'P3.3' order by e.role, d.code`,
    );
    expect(ended).toContainEqual({ department: 'market-supervision', role: 'LEAD', until: '2024-05-31' });
  });
});

describe('a measure a revision added', () => {
  it('owes no report due before its units took it on: it is not late for the periods before the revision', async () => {
    type Read = {
      code: string;
      reporting: { overdue: { period: string; dueOn: string }[] };
      warning: { level: string };
    };
    const { plan } = await ok<{ plan: { measures: Read[] } }>(
      leader,
      'query($p: String!) { plan(code: $p) { measures { code reporting { overdue { period dueOn } } warning { level } } } }',
      { p: BOSHAN },
    );
    const measure = plan.measures.find((m) => m.code === 'P3.6');
    if (!measure) throw new Error('the plan has no measure P3.6 after the revision');
    expect(measure.reporting.overdue.filter((o) => o.dueOn < EFFECTIVE)).toEqual([]);
    expect(measure.warning.level).not.toBe('RED');
  });
});
