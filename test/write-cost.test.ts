import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { uploadPlanText } from './kit/plan-documents';

const PLAN = 'boshan-ip-2022-2025';
const BOSHAN_TEXT_FILE = path.join(import.meta.dirname, '../server/src/seed/boshan-ip-plan-2022-2025.txt');
const clock = new ManualClock('2025-12-08T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let finance: ApiClient;
let office: ApiClient;
let admin: ApiClient;

/** Runs one write and returns its first field's data and how many statements it took. */
async function cost(client: ApiClient, query: string, variables: Record<string, unknown> = {}) {
  let data: Record<string, { id?: string; version?: number }> | null | undefined;
  const statements = await app.countStatements(async () => {
    const result = await client.gql<Record<string, { id?: string; version?: number }>>(query, variables);
    expect(result.errors).toBeUndefined();
    data = result.data;
  });
  return { row: Object.values(data ?? {})[0] ?? {}, statements };
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  leader = await app.as('leader');
  finance = await app.as('finance');
  office = await app.as('market-supervision');
  admin = await app.as('admin');
});
afterAll(() => app.close());

/**
 * Statements per write, as measured when the writes moved into repositories and versionedUpdate (each includes the
 * session check, the catalog version and the write's own look-ups). A write may get cheaper, never dearer.
 * A write that tells someone (issue 19: a notice issued, an extension decided, an instruction) costs two more: its
 * messages and deliveries queued in one statement, and their MESSAGES_QUEUED event; an instruction on a measure one
 * more, to find the departments it is addressed to and the leader's name.
 */
const MOST: Record<string, number> = {
  submit: 4,
  edit: 6,
  accept: 7,
  withdraw: 6,
  recordValue: 5,
  issueUrge: 6,
  acknowledge: 6,
  requestExtension: 7,
  approveExtension: 11,
  refuseExtension: 10,
  respond: 7,
  returnUrge: 6,
  closeUrge: 6,
  issueInstruction: 7,
  markRead: 5,
  createUser: 4,
  resetPassword: 5,
  disableUser: 5,
};

/**
 * A revision with one change, as measured when revisions came: the session and catalog checks; in its transaction
 * the lock, the next number, the content (4 statements), the change, the content again (4) and the publish checks
 * (7: the plan as a plan file), the revision row and the event; then the publisher and the register it names.
 */
const REVISION_MOST = 27;

describe('the cost of writes', () => {
  it('each write of reports, notices, extensions, instructions and accounts takes no more statements than before', async () => {
    const out: Record<string, number> = {};
    const report = {
      planCode: PLAN,
      measureCode: 'P1.1',
      departmentCode: 'finance',
      period: '2025-11',
      status: 'ON_TRACK',
      percentComplete: 60,
      summary: '落实知识产权专项资金 120 万元',
    };
    // The first write warms the catalog cache; the ones measured find it warm.
    await finance.gql('mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }', {
      i: { ...report, period: '2025-10' },
    });
    const submitted = await cost(
      finance,
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id version } }',
      { i: report },
    );
    out.submit = submitted.statements;
    const id = submitted.row.id;
    const { planCode: _p, measureCode: _m, departmentCode: _d, period: _q, ...changes } = report;
    const edited = await cost(
      finance,
      'mutation($i: EditProgressReportInput!) { editProgressReport(input: $i) { id version } }',
      { i: { ...changes, id, version: 1, percentComplete: 70 } },
    );
    out.edit = edited.statements;
    out.accept = (
      await cost(leader, 'mutation($id: ID!, $v: Int!) { acceptProgressReport(id: $id, version: $v) { id } }', {
        id,
        v: 2,
      })
    ).statements;
    out.withdraw = (
      await cost(finance, 'mutation($id: ID!, $v: Int!) { withdrawProgressReport(id: $id, version: $v) { id } }', {
        id,
        v: 3,
      })
    ).statements;
    out.recordValue = (
      await cost(office, 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }', {
        i: { planCode: PLAN, indicatorCode: 'invention-patents-per-10k', value: 7.6, asOf: '2024-12-31' },
      })
    ).statements;
    const issued = await cost(leader, 'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }', {
      i: {
        planCode: PLAN,
        measureCode: 'P1.1',
        departmentCode: 'finance',
        level: 'SUPERVISE',
        text: '请报送',
        dueOn: '2025-12-10',
      },
    });
    out.issueUrge = issued.statements;
    const urge = issued.row.id;
    out.acknowledge = (
      await cost(finance, 'mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { id } }', { id: urge })
    ).statements;
    const asked = await cost(finance, 'mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { id } }', {
      i: { urgeNoticeId: urge, dueOn: '2025-12-20', reason: '需要时间' },
    });
    out.requestExtension = asked.statements;
    out.approveExtension = (
      await cost(leader, 'mutation($id: ID!) { approveExtension(id: $id) { id } }', { id: asked.row.id })
    ).statements;
    const asked2 = await cost(finance, 'mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { id } }', {
      i: { urgeNoticeId: urge, dueOn: '2025-12-28', reason: '需要时间' },
    });
    out.refuseExtension = (
      await cost(leader, 'mutation($id: ID!, $r: String!) { refuseExtension(id: $id, reason: $r) { id } }', {
        id: asked2.row.id,
        r: '不行',
      })
    ).statements;
    out.respond = (
      await cost(finance, 'mutation($id: ID!, $r: String!) { respondToUrgeNotice(id: $id, response: $r) { id } }', {
        id: urge,
        r: '已办',
      })
    ).statements;
    out.returnUrge = (
      await cost(
        leader,
        'mutation($id: ID!, $r: String!) { returnUrgeNoticeForRevision(id: $id, reason: $r) { id } }',
        { id: urge, r: '再说' },
      )
    ).statements;
    await finance.gql('mutation($id: ID!, $r: String!) { respondToUrgeNotice(id: $id, response: $r) { id } }', {
      id: urge,
      r: '已办好',
    });
    out.closeUrge = (
      await cost(leader, 'mutation($id: ID!) { closeUrgeNotice(id: $id) { id } }', { id: urge })
    ).statements;
    const instructed = await cost(
      leader,
      'mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }',
      { i: { planCode: PLAN, subject: 'MEASURE', measureCode: 'P1.1', text: '请加快' } },
    );
    out.issueInstruction = instructed.statements;
    out.markRead = (
      await cost(finance, 'mutation($id: ID!) { markInstructionRead(id: $id) { id } }', { id: instructed.row.id })
    ).statements;
    out.createUser = (
      await cost(admin, 'mutation($i: CreateUserInput!) { createUser(input: $i) { username } }', {
        i: { username: 'probe', displayName: '探针', role: 'VIEWER', password: 'Correct-Horse-9-Battery' },
      })
    ).statements;
    out.resetPassword = (
      await cost(
        admin,
        'mutation { resetPassword(username: "probe", password: "Another-Horse-8-Battery") { username } }',
      )
    ).statements;
    out.disableUser = (await cost(admin, 'mutation { disableUser(username: "probe") { username } }')).statements;
    for (const [write, most] of Object.entries(MOST)) {
      expect(out[write], write).toBeLessThanOrEqual(most);
    }
  });
});

describe('the cost of a revision (方案调整)', () => {
  it('a one-change revision takes a fixed number of statements', async () => {
    const revise = (title: string) =>
      cost(
        office,
        'mutation($i: PlanRevisionInput!) { publishRevision(input: $i) { revision { number } changes { summary } } }',
        {
          i: {
            planCode: PLAN,
            reason: '调整目标表述',
            effectiveOn: '2025-12-01',
            changes: [{ updateGoal: { goalCode: 'G1', title } }],
          },
        },
      );
    await revise('知识产权创造质量提升（一）'); // warms the catalog cache
    const { statements } = await revise('知识产权创造质量提升（二）');
    console.log('one-change revision statements', statements);
    expect(statements).toBeLessThanOrEqual(REVISION_MOST);
  });
});

/**
 * Making a draft from a document, as measured when it came: the session, the document and the register; in its
 * transaction the plan lock, the draft, its goals, one insert per level of the tree, the units, the indicators and
 * the two events. It does not grow with the document: the Boshan plan and the same plan three times over (every
 * item three times, so three times the rows) cost the same.
 */
const IMPORT_MOST = 13;

describe('the cost of making a draft from a document', () => {
  const uploaded = (text: string) => uploadPlanText(app, admin, text, 'plan.txt');
  const make = (documentId: number, code: string) =>
    cost(admin, 'mutation($i: CreatePlanFromDocumentInput!) { createPlanFromDocument(input: $i) { code } }', {
      i: { documentId, code, leadingGroupCode: 'leadership-group' },
    });

  it('takes a fixed number of statements, whatever the size of the plan', async () => {
    const text = readFileSync(BOSHAN_TEXT_FILE, 'utf8');
    // Three times each task part's items: the same tree depth, three times the rows.
    const tripled = text.replace(
      /([（(][一二三四五][）)][^\n]*\n(?:(?![（(][一二三四五六][）)]|[一二三四五六]、)[^\n]*\n)*)/g,
      '$1$1$1',
    );
    await make(await uploaded(text), 'cost-warm-up'); // warms the catalog cache
    const small = await make(await uploaded(text), 'cost-boshan');
    const large = await make(await uploaded(tripled), 'cost-boshan-tripled');
    console.log('draft from a document: statements', small.statements, 'and, three times as large,', large.statements);
    const measures = async (code: string) =>
      (await admin.gql<{ plan: { measures: unknown[] } }>(`{ plan(code: "${code}") { measures { id } } }`)).data?.plan
        .measures.length ?? 0;
    expect(await measures('cost-boshan-tripled')).toBeGreaterThanOrEqual(2.5 * (await measures('cost-boshan')));
    expect(small.statements).toBeLessThanOrEqual(IMPORT_MOST);
    expect(large.statements).toBe(small.statements);
  });
});
