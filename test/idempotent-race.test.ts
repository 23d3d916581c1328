import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

/**
 * A flaky network makes clients resend. Fifty identical requests with one idempotency key, all at once: the
 * database's unique key decides the race, so every one gets the same answer, one row is written and one event is
 * logged, on PGlite and on a PostgreSQL server alike.
 */

const PLAN = 'boshan-ip-2022-2025';
const COPIES = 50;

let app: TestApp;
let finance: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  finance = await app.as('finance');
  admin = await app.as('admin');
});
afterAll(() => app.close());

/** Sends the same request `COPIES` times at once and returns the answers. */
function all(client: ApiClient, query: string, variables: Record<string, unknown>) {
  return Promise.all(Array.from({ length: COPIES }, () => client.gql(query, variables)));
}

describe('fifty identical requests with one idempotency key, at once', { timeout: 180_000 }, () => {
  it('submitProgressReport: fifty identical answers, one report, one event', async () => {
    const answers = await all(
      finance,
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id version period summary submittedAt } }',
      {
        i: {
          planCode: PLAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          period: '2025-06',
          status: 'ON_TRACK',
          percentComplete: 50,
          summary: '并发重试的同一份报告',
          idempotencyKey: 'race-report-0001',
        },
      },
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.errors).toBeUndefined();
    const rows = await sqlRows<{ reports: number; events: number }>(
      app.database.db,
      sql`select (select count(*)::int from progress_reports where idempotency_key = 'race-report-0001') as reports,
                 (select count(*)::int from events where type = 'PROGRESS_REPORTED'
                    and payload->>'reportId' = ${String((answers[0]?.data as { submitProgressReport: { id: string } }).submitProgressReport.id)}) as events`,
    );
    expect(rows[0]).toEqual({ reports: 1, events: 1 });
  });

  it('recordIndicatorValue: fifty identical answers, one observation, one event', async () => {
    const answers = await all(
      admin,
      'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id value asOf } }',
      {
        i: {
          planCode: PLAN,
          indicatorCode: 'valid-trademarks',
          value: 6500,
          asOf: '2024-12-31',
          idempotencyKey: 'race-value-0001',
        },
      },
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.errors).toBeUndefined();
    const rows = await sqlRows<{ observations: number; events: number }>(
      app.database.db,
      sql`select (select count(*)::int from indicator_observations where idempotency_key = 'race-value-0001') as observations,
                 (select count(*)::int from events where type = 'INDICATOR_VALUE_RECORDED'
                    and payload->>'observationId' = ${String((answers[0]?.data as { recordIndicatorValue: { id: string } }).recordIndicatorValue.id)}) as events`,
    );
    expect(rows[0]).toEqual({ observations: 1, events: 1 });
  });

  it('the same key with another content is still a CONFLICT, not a second report', async () => {
    const answer = await finance.gql(
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
      {
        i: {
          planCode: PLAN,
          measureCode: 'P1.1',
          departmentCode: 'finance',
          period: '2025-06',
          status: 'ON_TRACK',
          percentComplete: 60,
          summary: '换了内容',
          idempotencyKey: 'race-report-0001',
        },
      },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', detail: 'IDEMPOTENCY_KEY_REUSED' });
  });
});
