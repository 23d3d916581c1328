import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../server/src/realtime/event-cursor';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';
import { until } from './kit/wait';

const PLAN = 'boshan-ip-2022-2025';
const CHANGES = /* GraphQL */ `
  subscription($plan: String!, $after: String) {
    planEvents(planCode: $plan, after: $after, filter: { types: [WARNING_CHANGED], measureCode: "P1.1" }) {
      type actor { username } measure { code } goal { code }
      warningChange { level reason previousLevel previousReason asOf }
    }
  }
`;

interface Change {
  planEvents: {
    type: string;
    actor: null;
    measure: { code: string };
    goal: { code: string } | null;
    warningChange: {
      level: string;
      reason: string;
      previousLevel: string | null;
      previousReason: string | null;
      asOf: string;
    };
  };
}

const clock = new ManualClock('2025-11-05T09:00:00+08:00');
let app: TestApp;
let office: ApiClient;
let leader: ApiClient;
let changesBefore = 0;

const report = (period: string) =>
  office.gql('mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { id } }', {
    input: {
      planCode: PLAN,
      measureCode: 'P1.1',
      departmentCode: 'market-supervision',
      period,
      status: 'ON_TRACK',
      percentComplete: 95,
      summary: '按计划推进',
    },
  });

/** Subscribes to P1.1's warning changes and resolves with the next one, once the subscription is live. */
async function nextChange(): Promise<{ change: Promise<GraphQLResponse<Change>> }> {
  // The previous subscription ends as its first event arrives: let it go first.
  await until(() => app.server.stats().streamSubscribers === 0, {
    timeout: 10_000,
    message: () =>
      `the previous subscription never left the event stream (${app.server.stats().streamSubscribers} left)`,
  });
  const before = app.server.stats().streamSubscribers;
  // From the newest event committed so far: a live-only start is at the commit horizon, which a shared PostgreSQL
  // server can hold back, so an older change could still arrive as if new.
  const [newest] = await sqlRows<{ txid: string; id: string }>(
    app.database.db,
    sql`select transaction_id::text as txid, id from events order by transaction_id desc, id desc limit 1`,
  );
  const after = newest ? encodeCursor({ transactionId: BigInt(newest.txid), id: Number(newest.id) }) : null;
  const next = leader.ws<Change>(CHANGES, { plan: PLAN, after });
  await until(() => app.server.stats().streamSubscribers > before, {
    timeout: 10_000,
    message: 'the server never registered the warning-change subscription on its event stream',
  });
  expect(app.server.stats().streamSubscribers).toBeGreaterThan(before);
  // Wrapped: an async function returning the promise itself would wait for the change.
  return { change: next };
}

async function recordedChanges(): Promise<number> {
  const [row] = await sqlRows<{ n: string }>(
    app.database.db,
    sql`select count(*) as n from events e join measures m on m.id = e.measure_id
        where e.type = 'WARNING_CHANGED' and m.code = 'P1.1'`,
  );
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  app = await startTestApp({ clock, superviseEveryMs: 50 });
  office = await app.as('market-supervision');
  leader = await app.as('leader');
  expect((await report('2025-10')).errors).toBeUndefined();
  // The first sweep records every level without an event: nothing has changed yet.
  await app.server.supervisor!.sweepNow();
  // Whether the timer's first sweep saw P1.1 before or after that report, its changes are counted from here.
  changesBefore = await recordedChanges();
});
afterAll(() => app.close());

describe('warnings change live, by the clock alone and after reports', () => {
  it('records a plan’s first levels without events: there is no change to report', async () => {
    const [first] = await sqlRows<{ n: number | string }>(
      app.database.db,
      sql`select count(*) as n from events where type = 'WARNING_CHANGED' and payload->'before' = 'null'::jsonb`,
    );
    expect(Number(first?.n)).toBe(0);
    const [state] = await sqlRows<{ level: string }>(
      app.database.db,
      sql`select w.level from warning_states w join measures m on m.id = w.measure_id where m.code = 'P1.1'`,
    );
    expect(state?.level).toBe('GREEN');
  });

  it('turns a measure blue when its deadline comes within three working days, with nobody posting', async () => {
    const { change } = await nextChange();
    clock.set('2025-12-04T09:00:00+08:00');
    const { data } = await change;
    expect(data?.planEvents).toMatchObject({
      type: 'WARNING_CHANGED',
      actor: null,
      measure: { code: 'P1.1' },
      warningChange: {
        level: 'BLUE',
        previousLevel: 'GREEN',
        reason: '2025-11 进展 1 个工作日后截止（2025-12-05），尚未报送',
        asOf: '2025-12-04',
      },
    });
  });

  it('turns it red the first working day after the deadline passes', async () => {
    const { change } = await nextChange();
    clock.set('2025-12-08T09:00:00+08:00');
    const { data } = await change;
    expect(data?.planEvents.warningChange).toMatchObject({
      level: 'RED',
      previousLevel: 'BLUE',
      reason: '2025-11 进展逾期未报，已过截止日 1 个工作日（截止 2025-12-05）',
      asOf: '2025-12-08',
    });
  });

  it('turns it green again after the late report, on the sweep that follows the write', async () => {
    const { change } = await nextChange();
    expect((await report('2025-11')).errors).toBeUndefined();
    const { data } = await change;
    expect(data?.planEvents.warningChange).toMatchObject({ level: 'GREEN', previousLevel: 'RED' });
  });

  it('records each change once, however many sweeps run', async () => {
    await app.server.supervisor!.sweepNow();
    await app.server.supervisor!.sweepNow();
    expect((await recordedChanges()) - changesBefore).toBe(3);
  });
});
