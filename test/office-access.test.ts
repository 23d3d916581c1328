import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRows } from '../server/src/db/client';
import { OFFICE_ROUTES } from '../server/src/modules/office-document';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { office } from './kit/office';
import { uploadPlanDocument } from './kit/plan-documents';

/**
 * Who may download or upload what (issue 16): every office route (README's table, OFFICE_ROUTES) for nobody signed in
 * and for each kind of account, over plain HTTP with the reader's own token. A route missing from this table fails
 * the first test, so no download or upload goes unchecked. An upload's body here is not a workbook: whoever passes
 * the access check gets 400 for the file, and nothing is written either way.
 */
const PLAN = 'boshan-ip-2022-2025';
const WHO = ['anonymous', 'viewer', 'finance', 'market-supervision', 'leader', 'admin'] as const;
type Who = (typeof WHO)[number];

/** The status each account gets: 401 nobody, 403 refused, 200 a file, 400 an upload let in (its file refused). */
const MATRIX: Record<string, Record<Who, number>> = {
  'GET /api/plans/:planCode/ledger.xlsx': {
    anonymous: 401,
    viewer: 200,
    finance: 200,
    'market-supervision': 200,
    leader: 200,
    admin: 200,
  },
  // A clerk reads its own department's ledger only (finance's is asked here).
  'GET /api/plans/:planCode/departments/:departmentCode/ledger.xlsx': {
    anonymous: 401,
    viewer: 200,
    finance: 200,
    'market-supervision': 403,
    leader: 200,
    admin: 200,
  },
  'GET /api/plans/:planCode/indicator-ledger.xlsx': {
    anonymous: 401,
    viewer: 200,
    finance: 200,
    'market-supervision': 200,
    leader: 200,
    admin: 200,
  },
  // A clerk's brief holds only its own department's part (office-word.test.ts), so every account may have one.
  'GET /api/plans/:planCode/meeting-brief.docx': {
    anonymous: 401,
    viewer: 200,
    finance: 200,
    'market-supervision': 200,
    leader: 200,
    admin: 200,
  },
  // The circular ranks every department: for those who see every row of 考核.
  'GET /api/plans/:planCode/circular.docx': {
    anonymous: 401,
    viewer: 200,
    finance: 403,
    'market-supervision': 403,
    leader: 200,
    admin: 200,
  },
  // A notice is read by whoever reads its plan, as on the 督办 page (getNoticeForReader): here it goes to finance on
  // P1.1, which market-supervision leads.
  'GET /api/urge-notices/:id/notice.docx': {
    anonymous: 401,
    viewer: 200,
    finance: 200,
    'market-supervision': 200,
    leader: 200,
    admin: 200,
  },
  // Indicator values are recorded by the reporting departments (and the admin), never by a read-only or leader login.
  'GET /api/plans/:planCode/indicator-values-template.xlsx': {
    anonymous: 401,
    viewer: 403,
    finance: 200,
    'market-supervision': 200,
    leader: 403,
    admin: 200,
  },
  'POST /api/plans/:planCode/indicator-values.xlsx': {
    anonymous: 401,
    viewer: 403,
    finance: 400,
    'market-supervision': 400,
    leader: 403,
    admin: 400,
  },
  // finance's template: finance itself, and the plan office (办公室补录) for any department.
  'GET /api/plans/:planCode/progress-template.xlsx': {
    anonymous: 401,
    viewer: 403,
    finance: 200,
    'market-supervision': 403,
    leader: 200,
    admin: 200,
  },
  'POST /api/plans/:planCode/progress.xlsx': {
    anonymous: 401,
    viewer: 403,
    finance: 400,
    'market-supervision': 400,
    leader: 400,
    admin: 400,
  },
  // plan.import: an admin boarding a plan, or a clerk of a plan office with a revised document (its draft or
  // proposal then needs plan.create or plan.edit); a leader or a read-only login uploads none.
  'POST /api/plan-documents': {
    anonymous: 401,
    viewer: 403,
    finance: 400,
    'market-supervision': 400,
    leader: 403,
    admin: 400,
  },
};

let app: TestApp;
const clients = new Map<Who, ApiClient | null>();
let noticeId = '';

beforeAll(async () => {
  app = await startTestApp({ clock: new ManualClock('2025-12-08T09:00:00+08:00') });
  clients.set('anonymous', null);
  for (const who of WHO.filter((w) => w !== 'anonymous')) clients.set(who, await app.as(who));
  const issued = await clients
    .get('leader')!
    .gql<{ issueUrgeNotice: { id: string } }>(
      `mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }`,
      {
        i: {
          planCode: PLAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          level: 'CHASE',
          text: '请落实专项资金并反馈',
          dueOn: '2025-12-10',
        },
      },
    );
  expect(issued.errors).toBeUndefined();
  noticeId = issued.data!.issueUrgeNotice.id;
}, 120_000);
afterAll(() => app?.close());

/** The path asked for a route: the Boshan plan, finance's department, the notice issued above. */
function pathOf(route: string): string {
  const path = route.split(' ')[1]!;
  const filled = path.replace(':planCode', PLAN).replace(':departmentCode', 'finance').replace(':id', noticeId);
  if (filled.endsWith('/circular.docx')) return `${filled}?period=2025`;
  if (filled.endsWith('/progress-template.xlsx')) return `${filled}?departmentCode=finance`;
  return filled;
}

/** What the database holds that an upload could add to. */
async function written(): Promise<string> {
  const [row] = await executeRows<{ reports: number; observations: number; documents: number; events: number }>(
    app.database.db,
    sql`select (select count(*) from progress_reports)::int as reports,
               (select count(*) from indicator_observations)::int as observations,
               (select count(*) from plan_documents)::int as documents,
               (select count(*) from events)::int as events`,
  );
  return JSON.stringify(row);
}

describe('the office routes', () => {
  it('each has its row in this table', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(OFFICE_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  for (const route of Object.keys(MATRIX)) {
    it(`${route}: each account gets what its role and department allow`, async () => {
      const before = await written();
      const upload = route.startsWith('POST');
      const got: Record<string, number> = {};
      for (const who of WHO) {
        const client = clients.get(who) ?? null;
        const garbage = new TextEncoder().encode('这不是一个表格文件');
        if (route === 'POST /api/plan-documents') {
          got[who] = (await uploadPlanDocument(app, client, garbage, '方案.bin')).status;
        } else {
          got[who] = (await office(app, client, pathOf(route), upload ? garbage : undefined)).status;
        }
      }
      expect(got).toEqual(MATRIX[route]);
      if (upload) expect(await written(), 'an upload refused or let in with a bad file writes nothing').toBe(before);
    }, 240_000);
  }
});
