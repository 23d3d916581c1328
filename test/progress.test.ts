import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

const PLAN = 'boshan-ip-2022-2025';
const SUBMIT = /* GraphQL */ `
  mutation($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) {
      id version period status percentComplete summary problems evidence { title url }
      measure { code } department { code } submittedBy { username } withdrawn
    }
  }
`;
const RECORD = /* GraphQL */ `
  mutation($input: RecordIndicatorValueInput!) {
    recordIndicatorValue(input: $input) { id value asOf note submittedBy { username } }
  }
`;

interface Report {
  id: string;
  version: number;
  status: string;
  percentComplete: number;
  summary: string;
  measure: { code: string };
  department: { code: string };
}

let app: TestApp;
let finance: ApiClient;
let town: ApiClient;
let office: ApiClient;
let keys = 0;

const report = (overrides: Record<string, unknown> = {}) => ({
  planCode: PLAN,
  measureCode: 'P1.1',
  departmentCode: 'finance',
  period: '2025-06',
  status: 'ON_TRACK',
  percentComplete: 60,
  summary: '落实知识产权专项资金 120 万元',
  problems: '需区市场监督管理局提供企业名单',
  evidence: [{ title: '资金拨付文件', url: 'https://intranet.example/doc/1' }],
  ...overrides,
});

async function counts() {
  const [row] = await sqlRows<{ reports: string; events: string; observations: string }>(
    app.database.db,
    sql`select (select count(*) from progress_reports) as reports, (select count(*) from events) as events,
               (select count(*) from indicator_observations) as observations`,
  );
  return row;
}

/** Submits, expects the error, and checks that nothing was written. */
async function rejected(client: ApiClient, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const before = await counts();
  const result: GraphQLResponse = await client.gql(SUBMIT, { input });
  expect(result.data?.submitProgressReport ?? null).toBeNull();
  expect(await counts()).toEqual(before);
  return result.errors?.[0]?.extensions ?? {};
}

beforeAll(async () => {
  app = await startTestApp();
  finance = await app.as('finance');
  town = await app.as('yucheng-town');
  office = await app.as('market-supervision');
});
afterAll(() => app.close());

describe('a department posts progress', () => {
  it('finance reports on P1.1, a measure it takes part in through its project', async () => {
    const before = await counts();
    const result = await finance.gql<{ submitProgressReport: Report }>(SUBMIT, { input: report() });
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitProgressReport).toMatchObject({
      version: 1,
      status: 'ON_TRACK',
      percentComplete: 60,
      measure: { code: 'P1.1' },
      department: { code: 'finance' },
      submittedBy: { username: 'finance' },
      withdrawn: false,
    });
    const after = await counts();
    expect(Number(after?.reports)).toBe(Number(before?.reports) + 1);
    expect(Number(after?.events)).toBe(Number(before?.events) + 1);
    const [event] = await sqlRows<{ type: string; department_code: string; measure_code: string }>(
      app.database.db,
      sql`select e.type, d.code as department_code, m.code as measure_code from events e
          join departments d on d.id = e.department_id join measures m on m.id = e.measure_id order by e.id desc limit 1`,
    );
    expect(event).toEqual({ type: 'PROGRESS_REPORTED', department_code: 'finance', measure_code: 'P1.1' });
  });

  it('a town reports on a measure assigned to 各镇、街道', async () => {
    const result = await town.gql(SUBMIT, { input: report({ departmentCode: 'yucheng-town', measureCode: 'P4.2' }) });
    expect(result.errors).toBeUndefined();
  });

  it('a retry with the same idempotency key and payload returns the original, once', async () => {
    const input = report({ idempotencyKey: `retry-key-${++keys}` });
    const first = await finance.gql<{ submitProgressReport: Report }>(SUBMIT, { input });
    const before = await counts();
    const second = await finance.gql<{ submitProgressReport: Report }>(SUBMIT, { input });
    expect(second.data?.submitProgressReport.id).toBe(first.data?.submitProgressReport.id);
    expect(await counts()).toEqual(before);
  });

  it('the same key with another payload is a CONFLICT and writes nothing', async () => {
    const key = `retry-key-${++keys}`;
    await finance.gql(SUBMIT, { input: report({ idempotencyKey: key }) });
    expect(await rejected(finance, report({ idempotencyKey: key, percentComplete: 70 }))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.idempotencyKey',
      detail: 'IDEMPOTENCY_KEY_REUSED',
    });
  });
});

describe('bad input gets its specific error and writes nothing', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'percent 150',
      { percentComplete: 150 },
      { code: 'BAD_USER_INPUT', field: 'input.percentComplete', detail: 'PERCENT_RANGE' },
    ],
    [
      'completed at 80 %',
      { status: 'COMPLETED', percentComplete: 80 },
      { code: 'BAD_USER_INPUT', field: 'input.percentComplete' },
    ],
    [
      'an unknown measure',
      { measureCode: 'P9.9' },
      { code: 'NOT_FOUND', field: 'input.measureCode', detail: 'MEASURE_NOT_FOUND' },
    ],
    ['an unknown plan', { planCode: 'no-such-plan' }, { code: 'NOT_FOUND', field: 'input.planCode' }],
    [
      'a measure finance is not assigned to',
      { measureCode: 'P4.1' },
      { code: 'BAD_USER_INPUT', field: 'input.departmentCode', detail: 'DEPARTMENT_NOT_ASSIGNED' },
    ],
    [
      'a project (工程) rather than one of its measures',
      { measureCode: 'P1' },
      { code: 'BAD_USER_INPUT', field: 'input.measureCode', detail: 'MEASURE_NOT_LEAF' },
    ],
    ['an empty summary', { summary: '   ' }, { code: 'BAD_USER_INPUT', field: 'input.summary', detail: 'REQUIRED' }],
    [
      'a 100 000-character summary',
      { summary: '长'.repeat(100_000) },
      { code: 'BAD_USER_INPUT', field: 'input.summary', detail: 'TOO_LONG' },
    ],
    [
      'a period before the plan',
      { period: '2021-06' },
      { code: 'BAD_USER_INPUT', field: 'input.period', detail: 'OUTSIDE_REPORTING_WINDOW' },
    ],
    [
      'a period after the window',
      { period: '2027-06' },
      { code: 'BAD_USER_INPUT', field: 'input.period', detail: 'OUTSIDE_REPORTING_WINDOW' },
    ],
    [
      'a malformed period',
      { period: '2025/06' },
      { code: 'BAD_USER_INPUT', field: 'input.period', detail: 'PERIOD_FORMAT' },
    ],
    [
      'evidence that is not a link',
      { evidence: [{ title: '照片', url: 'javascript:alert(1)' }] },
      { code: 'BAD_USER_INPUT', field: 'input.evidence.0.url' },
    ],
    ['a malformed idempotency key', { idempotencyKey: 'x' }, { code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' }],
  ];
  for (const [name, overrides, expected] of cases) {
    it(`${name}`, async () => {
      expect(await rejected(finance, report(overrides))).toMatchObject(expected);
    });
  }

  it('a reporter writing as another department is FORBIDDEN', async () => {
    expect(await rejected(finance, report({ departmentCode: 'commerce', measureCode: 'P2.1' }))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.departmentCode',
      detail: 'OTHER_DEPARTMENT',
    });
  });
});

describe('editing and withdrawing with optimistic concurrency', () => {
  const EDIT = /* GraphQL */ `
    mutation($input: EditProgressReportInput!) { editProgressReport(input: $input) { id version percentComplete } }
  `;
  const WITHDRAW =
    'mutation($id: ID!, $v: Int!) { withdrawProgressReport(id: $id, version: $v) { version withdrawn } }';

  it('an edit at the current version moves it on; a stale one is a CONFLICT that changes nothing', async () => {
    const created = await finance.gql<{ submitProgressReport: Report }>(SUBMIT, { input: report() });
    const id = created.data!.submitProgressReport.id;
    const edit = (version: number, percentComplete: number) =>
      finance.gql<{ editProgressReport: { version: number; percentComplete: number } }>(EDIT, {
        input: { id, version, status: 'ON_TRACK', percentComplete, summary: '更新后的进展' },
      });
    expect((await edit(1, 70)).data?.editProgressReport).toMatchObject({ version: 2, percentComplete: 70 });
    const before = await counts();
    const stale = await edit(1, 90);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.version',
      detail: 'STALE_VERSION',
    });
    expect(await counts()).toEqual(before);
    const withdrawn = await finance.gql<{ withdrawProgressReport: { version: number; withdrawn: boolean } }>(WITHDRAW, {
      id,
      v: 2,
    });
    expect(withdrawn.data?.withdrawProgressReport).toEqual({ version: 3, withdrawn: true });
    const again = await finance.gql(WITHDRAW, { id, v: 3 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', detail: 'REPORT_WITHDRAWN' });
    const events = await sqlRows<{ type: string; goal: string; before: number; after: number }>(
      app.database.db,
      sql`select e.type, g.code as goal, (e.payload->'before'->>'version')::int as before,
                 (e.payload->'after'->>'version')::int as after
          from events e join goals g on g.id = e.goal_id
          where e.payload->>'reportId' = ${id} order by e.id`,
    );
    expect(events).toEqual([
      { type: 'PROGRESS_REPORTED', goal: 'G4', before: null, after: 1 },
      { type: 'PROGRESS_REPORT_EDITED', goal: 'G4', before: 1, after: 2 },
      { type: 'PROGRESS_REPORT_WITHDRAWN', goal: 'G4', before: 2, after: 3 },
    ]);
  });

  it('another department cannot edit the report', async () => {
    const created = await finance.gql<{ submitProgressReport: Report }>(SUBMIT, { input: report() });
    const result = await office.gql(EDIT, {
      input: {
        id: created.data!.submitProgressReport.id,
        version: 1,
        status: 'DELAYED',
        percentComplete: 10,
        summary: '改',
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('indicator values', () => {
  const value = (overrides: Record<string, unknown> = {}) => ({
    planCode: PLAN,
    indicatorCode: 'invention-patents-per-10k',
    value: 7.6,
    asOf: '2024-12-31',
    note: '区市场监督管理局年度统计',
    ...overrides,
  });

  it('the reporting department records a value', async () => {
    const result = await office.gql<{ recordIndicatorValue: { value: number; asOf: string } }>(RECORD, {
      input: value(),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordIndicatorValue).toMatchObject({ value: 7.6, asOf: '2024-12-31' });
  });

  it('refuses a number for a qualitative indicator, a future date, and another department', async () => {
    const before = await counts();
    const qualitative = await office.gql(RECORD, { input: value({ indicatorCode: 'protection-pattern' }) });
    expect(qualitative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      detail: 'QUALITATIVE_INDICATOR',
    });
    const future = await office.gql(RECORD, { input: value({ asOf: '2099-01-01' }) });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.asOf' });
    const other = await finance.gql(RECORD, { input: value() });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.indicatorCode' });
    expect(await counts()).toEqual(before);
  });
});
