import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOSHAN_TEXT,
  makeDocx,
  makePng,
  makeScannedPdf,
  makeZip,
  nonEmptyLines,
} from '../server/src/modules/plan-import/plan-import.fixtures';
import { BOSHAN_PLAN_FILE } from '../server/src/seed';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { uploadPlanDocument, uploadPlanText } from './kit/plan-documents';
import { databaseFingerprint, sqlRows } from './kit/sql';

/**
 * The office boards a plan from its official document: an admin uploads the .docx, reviews what the importer read
 * (the header, the counts, every unit name against the register), resolves the names the register lacks, and gets
 * a draft whose items carry their 原文 and 待核对 flags; the office checks the flags and publishes. Every bad file
 * is refused with its reason, and nothing is kept.
 */
let app: TestApp;
let admin: ApiClient;
let office: ApiClient;
let viewer: ApiClient;

const fingerprint = () => databaseFingerprint(app.database.db, ['sessions']);

const upload = (client: ApiClient | null, bytes: Uint8Array, fileName: string) =>
  uploadPlanDocument(app, client, bytes, fileName);

async function ok<T>(client: ApiClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await client.gql<T>(query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data as T;
}

const PREVIEW = /* GraphQL */ `
  query($id: Int!) {
    planDocument(id: $id) {
      fileName format suggestedCode
      header { title issuer docNumber issuedOn startsOn endsOn }
      counts { goals indicators projects measures safeguards flagged }
      flags { code reason }
      units { name status matchedBy mentions department { code } proposedKind proposedCode
              suggestions { department { code } reason } }
      leadingGroups { code }
    }
  }
`;
interface PreviewUnit {
  name: string;
  status: string;
  matchedBy: string | null;
  department: { code: string } | null;
  proposedKind: string | null;
  proposedCode: string | null;
  suggestions: { department: { code: string }; reason: string }[];
}
interface Preview {
  planDocument: {
    header: Record<string, unknown>;
    counts: Record<string, number>;
    units: PreviewUnit[];
    leadingGroups: { code: string }[];
  };
}
const CREATE = 'mutation($i: CreatePlanFromDocumentInput!) { createPlanFromDocument(input: $i) { code lifecycle } }';
const DRAFT = /* GraphQL */ `
  query($p: String!) {
    plan(code: $p) {
      lifecycle importedFrom importFlags { code }
      goals { code title source importFlags { code reason } }
      measures { code kind title source importFlags { code reason }
                 parent { code } goal { code }
                 assignments { role department { code } } }
      indicators { code name target unit source importFlags { code } department { code } }
    }
  }
`;
type Draft = {
  plan: {
    lifecycle: string;
    importedFrom: string | null;
    importFlags: { code: string }[];
    goals: { code: string; title: string; source: string | null; importFlags: { code: string }[] }[];
    measures: {
      code: string;
      kind: string;
      title: string;
      source: string | null;
      importFlags: { code: string; reason: string }[];
      parent: { code: string } | null;
      goal: { code: string } | null;
      assignments: { role: string; department: { code: string } }[];
    }[];
    indicators: {
      code: string;
      name: string;
      target: number | null;
      source: string | null;
      importFlags: { code: string }[];
      department: { code: string };
    }[];
  };
};

beforeAll(async () => {
  app = await startTestApp();
  [admin, office, viewer] = await Promise.all([app.as('admin'), app.as('market-supervision'), app.as('viewer')]);
});
afterAll(() => app.close());

describe('boarding the Boshan plan from its Word document', () => {
  let documentId = 0;
  const boshan = JSON.parse(readFileSync(BOSHAN_PLAN_FILE, 'utf8')) as {
    title: string;
    docNumber: string;
    measures: { code: string; goalCode?: string; children?: { code: string }[] }[];
  };

  it('uploads the .docx and previews the plan it proposes, every unit found in the register', async () => {
    const docx = await makeDocx(nonEmptyLines(BOSHAN_TEXT));
    const uploaded = await upload(admin, docx, '博山区知识产权强区试点方案.docx');
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body.data?.planDocument).toMatchObject({
      format: 'docx',
      fileName: '博山区知识产权强区试点方案.docx',
    });
    documentId = uploaded.body.data!.planDocument.id;

    const { planDocument } = await ok<Preview>(admin, PREVIEW, { id: documentId });
    expect(planDocument.header).toMatchObject({
      title: boshan.title,
      docNumber: boshan.docNumber,
      startsOn: '2022-01-01',
      endsOn: '2025-12-31',
    });
    expect(planDocument.counts).toMatchObject({ goals: 5, safeguards: 3 });
    expect((planDocument.counts.projects ?? 0) + (planDocument.counts.measures ?? 0)).toBeGreaterThanOrEqual(21);
    // The register holds every unit the plan names (the seed): each matched, the town group as one unit.
    expect(planDocument.units.filter((u) => u.status !== 'MATCHED')).toEqual([]);
    expect(planDocument.units.map((u) => u.name)).toContain('各镇、街道');
    expect(planDocument.leadingGroups[0]?.code).toBe('leadership-group');
  });

  it('makes a draft with the tree, the units and the indicators, each item with its 原文', async () => {
    await ok(admin, CREATE, { i: { documentId, code: 'boshan-imported', leadingGroupCode: 'leadership-group' } });
    const { plan } = await ok<Draft>(office, DRAFT, { p: 'boshan-imported' });
    expect(plan.lifecycle).toBe('DRAFT');
    expect(plan.importedFrom).toBe('博山区知识产权强区试点方案.docx');
    expect(plan.goals).toHaveLength(5);
    // The data file's tree codes are the importer's: P1…, P1.1…, S1….
    const fileCodes = boshan.measures.flatMap((m) => [m.code, ...(m.children ?? []).map((c) => c.code)]);
    expect(plan.measures.map((m) => m.code).sort()).toEqual(fileCodes.sort());
    // Each project serves the goal its title names, as in the data file (flagged: a guess the office checks).
    for (const project of boshan.measures.filter((m) => m.goalCode)) {
      expect(plan.measures.find((m) => m.code === project.code)?.goal?.code, project.code).toBe(project.goalCode);
    }
    const p1 = plan.measures.find((m) => m.code === 'P1')!;
    expect(p1.importFlags.map((f) => f.code)).toContain('GOAL_LINK_GUESSED');
    expect(p1.assignments).toEqual(
      expect.arrayContaining([
        { role: 'LEAD', department: { code: 'market-supervision' } },
        { role: 'PARTICIPANT', department: { code: 'towns-subdistricts' } },
      ]),
    );
    expect(plan.measures.every((m) => m.source && m.source.length > 0)).toBe(true);
    expect(p1.source).toContain('责任部门');
    expect(plan.indicators.length).toBeGreaterThanOrEqual(5);
    expect(plan.indicators.find((i) => i.target === 9)?.source).toContain('每万人');
  });

  it('refuses to publish while flags are open, and publishes once the office has checked them', async () => {
    const publish = 'mutation($p: String!) { publishPlan(planCode: $p) { code lifecycle } }';
    const refused = await office.gql(publish, { p: 'boshan-imported' });
    const problems = (refused.errors?.[0]?.extensions?.problems ?? []) as {
      path: string;
      item: { kind: string; code: string };
    }[];
    const flagged = problems.filter((p) => p.path === 'importFlags');
    expect(flagged.length, JSON.stringify(refused)).toBeGreaterThan(0);

    // Confirming an item clears its flags; confirming it again is refused, naming why.
    const confirm =
      'mutation($p: String!, $k: DraftItemKind!, $c: String!) { confirmImportedItem(planCode: $p, kind: $k, code: $c) }';
    for (const { item } of flagged) await ok(office, confirm, { p: 'boshan-imported', k: item.kind, c: item.code });
    const again = await office.gql(confirm, {
      p: 'boshan-imported',
      k: flagged[0]!.item.kind,
      c: flagged[0]!.item.code,
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', detail: 'NOTHING_TO_CONFIRM' });

    const published = await ok<{ publishPlan: { lifecycle: string } }>(office, publish, { p: 'boshan-imported' });
    // Its term (2022–2025) is over by today: in force and ended, no longer a draft.
    expect(['ACTIVE', 'ENDED']).toContain(published.publishPlan.lifecycle);
  });
});

describe('names the register does not know', () => {
  const text = [
    '关于印发某区2026年知识产权工作要点的通知',
    '某知〔2026〕1号',
    '某区2026年知识产权工作要点',
    '一、主要目标',
    '到2026年底，有效发明专利拥有量达到500件。',
    '二、重点任务',
    '（一）加强专利导航。开展产业专利导航。（牵头单位：区市场监管局；配合单位：区退役军人事务局、各镇（街道））',
    '（二）优化服务。建设知识产权服务站。（责任单位：区财政局）',
  ].join('\n');

  it('offers an abbreviation as an alias, a group in other punctuation, and a new unit for the unknown', async () => {
    const id = await uploadPlanText(app, admin, text, '工作要点.txt');
    const { planDocument } = await ok<Preview>(admin, PREVIEW, { id });
    const unit = (name: string) => planDocument.units.find((u) => u.name === name)!;
    expect(unit('区市场监管局')).toMatchObject({ status: 'UNKNOWN' });
    expect(unit('区市场监管局').suggestions[0]).toMatchObject({
      department: { code: 'market-supervision' },
      reason: '疑为简称',
    });
    expect(unit('各镇（街道）')).toMatchObject({ status: 'MATCHED', department: { code: 'towns-subdistricts' } });
    expect(unit('区退役军人事务局')).toMatchObject({
      status: 'UNKNOWN',
      suggestions: [],
      proposedKind: 'GOVERNMENT_DEPARTMENT',
    });
    expect(unit('区财政局')).toMatchObject({ status: 'MATCHED', department: { code: 'finance' } });

    // Unresolved names: refused, naming them, and nothing written.
    const before = await fingerprint();
    const refused = await admin.gql(CREATE, {
      i: { documentId: id, code: 'ip-points-2026', leadingGroupCode: 'leadership-group', issuer: '某区人民政府' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      detail: 'UNITS_UNRESOLVED',
      field: 'input.units',
    });
    expect(refused.errors?.[0]?.extensions?.reason).toContain('区退役军人事务局');
    expect(await fingerprint()).toEqual(before);

    const veterans = unit('区退役军人事务局').proposedCode as string;
    await ok(admin, CREATE, {
      i: {
        documentId: id,
        code: 'ip-points-2026',
        leadingGroupCode: 'leadership-group',
        issuer: '某区人民政府',
        units: [
          { name: '区市场监管局', departmentCode: 'market-supervision', asAlias: true },
          { name: '区退役军人事务局', newDepartment: { code: veterans, kind: 'GOVERNMENT_DEPARTMENT' } },
        ],
      },
    });
    const [market] = await sqlRows<{ aliases: string[] }>(
      app.database.db,
      sql`select aliases from departments where code = 'market-supervision'`,
    );
    expect(market?.aliases).toContain('区市场监管局');
    const { plan } = await ok<Draft>(admin, DRAFT, { p: 'ip-points-2026' });
    const p1 = plan.measures.find((m) => m.code === 'P1')!;
    expect(p1.assignments.map((a) => `${a.role}:${a.department.code}`)).toEqual([
      'LEAD:market-supervision',
      `PARTICIPANT:${veterans}`,
      'PARTICIPANT:towns-subdistricts',
    ]);
    // The next document naming 区市场监管局 finds it by its alias.
    const next = await uploadPlanText(app, admin, text, '工作要点（修订）.txt');
    const again = await ok<Preview>(admin, PREVIEW, { id: next });
    expect(again.planDocument.units.find((u) => u.name === '区市场监管局')).toMatchObject({
      status: 'MATCHED',
      matchedBy: 'ALIAS',
    });
  });
});

describe('bad files are refused with their reason, and nothing is kept', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string, string][] = [
    ['an empty file', () => new Uint8Array(), 'empty.docx', 'EMPTY_DOCUMENT'],
    ['an image', () => makePng(), 'scan.png', 'UNSUPPORTED_FORMAT'],
    ['a scanned PDF with no text layer', () => makeScannedPdf(), 'scan.pdf', 'NO_TEXT_LAYER'],
    [
      'a damaged .docx',
      async () => (await makeDocx(['一、总体要求'])).slice(0, 600),
      'broken.docx',
      'DAMAGED_DOCUMENT',
    ],
    [
      'a zip that is no Word file',
      () => makeZip({ 'hello.txt': 'not a word document' }),
      'files.zip',
      'UNSUPPORTED_FORMAT',
    ],
    [
      'a notice that is no plan',
      () => new TextEncoder().encode('关于做好春节期间安全生产工作的通知\n各单位要高度重视。'),
      'notice.txt',
      'NOT_A_PLAN',
    ],
  ];
  for (const [what, make, name, detail] of cases) {
    it(`refuses ${what} (${detail})`, async () => {
      const before = await fingerprint();
      const uploaded = await upload(admin, await make(), name);
      expect(uploaded.status).toBe(400);
      expect(uploaded.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', detail });
      expect(String(uploaded.body.errors?.[0]?.extensions.reason)).toMatch(/[\u4e00-\u9fff]/);
      expect(await fingerprint()).toEqual(before);
    });
  }

  it('refuses a file over 20 MB before reading it (413, as every body over its limit)', async () => {
    const uploaded = await upload(admin, new Uint8Array(20 * 1024 * 1024 + 1), 'huge.pdf');
    expect(uploaded.status).toBe(413);
    expect(uploaded.body.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    expect(String(uploaded.body.errors?.[0]?.extensions.reason)).toContain('20 MB');
  });

  it('takes a document by POST only, and says so', async () => {
    const res = await fetch(app.url.replace('/graphql', '/api/plan-documents'));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('lets nobody in who does not belong: no login, a viewer, and another user’s document', async () => {
    const bytes = new TextEncoder().encode(BOSHAN_TEXT);
    expect((await upload(null, bytes, 'a.txt')).status).toBe(401);
    expect((await upload(viewer, bytes, 'a.txt')).status).toBe(403);
    const mine = await upload(office, bytes, 'office.txt');
    expect(mine.status).toBe(201);
    const id = mine.body.data!.planDocument.id;
    const theirs = await upload(admin, bytes, 'admin.txt');
    const other = await office.gql(PREVIEW, { id: theirs.body.data!.planDocument.id });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', detail: 'PLAN_DOCUMENT_NOT_FOUND' });
    // A clerk may read their own upload, but only an admin makes a plan of it.
    expect((await office.gql(PREVIEW, { id })).errors).toBeUndefined();
    const made = await office.gql(CREATE, {
      i: { documentId: id, code: 'office-plan', leadingGroupCode: 'leadership-group' },
    });
    expect(made.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('hostile text gets a draft or a reason, never an internal error', () => {
  it('reads impossible dates as not given, keeps empty and overlong headings, and writes a draft', async () => {
    const text = [
      '某区关于印发工作方案的通知',
      '二〇二二年二月三十日',
      '某区工作方案（2022—2025年）',
      '一、主要目标',
      `到2025年，${'很长的指标名称'.repeat(120)}达到9件。`,
      '二、重点任务',
      `（一）${'超长标题'.repeat(200)}。（牵头单位：区财政局）`,
      '（二）。（牵头单位：区财政局）',
    ].join('\n');
    const id = await uploadPlanText(app, admin, text, 'hostile.txt');
    const preview = await admin.gql<Preview>(PREVIEW, { id });
    expect(preview.errors, JSON.stringify(preview.errors)).toBeUndefined();
    expect(preview.data?.planDocument.header.issuedOn).toBeNull();
    const made = await admin.gql(CREATE, {
      i: {
        documentId: id,
        code: 'hostile-2022',
        leadingGroupCode: 'leadership-group',
        issuer: '某区人民政府',
        startsOn: '2022-01-01',
        endsOn: '2025-12-31',
      },
    });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const { plan } = await ok<Draft>(admin, DRAFT, { p: 'hostile-2022' });
    expect(plan.measures.every((m) => m.title.length > 0 && m.title.length <= 500)).toBe(true);
  });
});

describe('the preview counts what the draft will ask the office to check', () => {
  it('counts the flagged items of a document without a period as the draft made from it flags them', async () => {
    const text = [
      '某区知识产权工作方案',
      '一、主要目标',
      '有效发明专利拥有量达到500件。',
      '二、重点任务',
      '（一）加强专利导航。开展产业专利导航。（牵头单位：区财政局）',
      '（二）优化服务。建设知识产权服务站。（牵头单位：区财政局；配合单位：各镇、街道）',
    ].join('\n');
    const id = await uploadPlanText(app, admin, text, '无期限方案.txt');
    const { planDocument } = await ok<Preview>(admin, PREVIEW, { id });
    expect(planDocument.header).toMatchObject({ startsOn: null, endsOn: null });
    expect(planDocument.counts.indicators).toBe(1);

    await ok(admin, CREATE, {
      i: {
        documentId: id,
        code: 'no-period-2026',
        leadingGroupCode: 'leadership-group',
        issuer: '某区人民政府',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      },
    });
    const { plan } = await ok<Draft>(admin, DRAFT, { p: 'no-period-2026' });
    const flaggedInDraft = [...plan.goals, ...plan.measures, ...plan.indicators].filter(
      (item) => item.importFlags.length > 0,
    );
    expect(plan.indicators[0]?.importFlags.map((f) => f.code)).toContain('TARGET_DATE_GUESSED');
    expect(planDocument.counts.flagged).toBe(flaggedInDraft.length);
  });
});
