import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { sqlRows } from './kit/sql';

const SET = /* GraphQL */ `
  mutation($i: SetCalendarDayInput!) { setCalendarDay(input: $i) { date working name source } }
`;
const YEAR = /* GraphQL */ `
  query($year: Int!) { workingCalendar(year: $year) { date working name source } }
`;

interface Day {
  date: string;
  working: boolean;
  name: string;
  source: string;
}

let app: TestApp;
let leader: ApiClient;
let viewer: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  leader = await app.as('leader');
  viewer = await app.as('viewer');
});
afterAll(() => app.close());

const calendarEvents = async () =>
  (await sqlRows<{ n: string }>(app.database.db, sql`select count(*) as n from events where type like 'CALENDAR_%'`))[0]
    ?.n;

describe('the working-day calendar over the API', () => {
  it('lists a year’s holidays and make-up workdays from the State Council notice', async () => {
    const result = await viewer.gql<{ workingCalendar: Day[] }>(YEAR, { year: 2025 });
    expect(result.errors).toBeUndefined();
    const days = result.data!.workingCalendar;
    expect(days.find((d) => d.date === '2025-01-28')).toEqual({
      date: '2025-01-28',
      working: false,
      name: '春节',
      source: 'BUILT_IN',
    });
    expect(days.find((d) => d.date === '2025-02-08')).toMatchObject({ working: true, source: 'BUILT_IN' });
    expect(days.filter((d) => d.working).map((d) => d.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
  });

  it('lets the plan office make a day off, records it as an event, and clears it again', async () => {
    const before = await calendarEvents();
    const set = await leader.gql<{ setCalendarDay: Day }>(SET, {
      i: { date: '2025-12-05', working: false, name: ' 临时停工 ' },
    });
    expect(set.data?.setCalendarDay).toEqual({
      date: '2025-12-05',
      working: false,
      name: '临时停工',
      source: 'OFFICE',
    });
    const year = await viewer.gql<{ workingCalendar: Day[] }>(YEAR, { year: 2025 });
    expect(year.data?.workingCalendar.find((d) => d.date === '2025-12-05')?.source).toBe('OFFICE');
    const cleared = await leader.gql<{ clearCalendarDay: boolean }>(
      'mutation { clearCalendarDay(date: "2025-12-05") }',
    );
    expect(cleared.data?.clearCalendarDay).toBe(true);
    const again = await leader.gql<{ clearCalendarDay: boolean }>('mutation { clearCalendarDay(date: "2025-12-05") }');
    expect(again.data?.clearCalendarDay).toBe(false);
    expect(Number(await calendarEvents())).toBe(Number(before) + 2);
  });

  it('refuses an empty name and a date out of range, writing nothing', async () => {
    const before = await calendarEvents();
    const empty = await leader.gql(SET, { i: { date: '2025-12-05', working: false, name: '  ' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const far = await leader.gql(SET, { i: { date: '1999-12-31', working: false, name: '太早' } });
    expect(far.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const year = await viewer.gql(YEAR, { year: 1900 });
    expect(year.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await calendarEvents()).toBe(before);
  });
});
