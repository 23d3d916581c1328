import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';

interface Entry {
  type: string;
  actor: { username: string } | null;
  department: { code: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
interface Page {
  auditTrail: { entries: Entry[]; nextCursor: string | null };
}

const AUDIT = /* GraphQL */ `
  query($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      entries { type actor { username } department { code } before after }
      nextCursor
    }
  }
`;

let app: TestApp;
let admin: ApiClient;
let leader: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as('admin');
  leader = await app.as('leader');
  for (const username of ['audit-a', 'audit-b', 'audit-c']) {
    await admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { username } }', {
      i: {
        username,
        displayName: '审计对象',
        role: 'REPORTER',
        departmentCode: 'commerce',
        password: 'a-good-password',
      },
    });
  }
  await admin.gql('mutation { disableUser(username: "audit-c") { active } }');
});
afterAll(() => app.close());

describe('the audit trail', () => {
  it('shows who changed what, with the record before and after, newest first', async () => {
    const result = await leader.gql<Page>(AUDIT, { filter: { username: 'admin' }, first: 10 });
    expect(result.errors).toBeUndefined();
    const [disabled, ...created] = result.data!.auditTrail.entries;
    expect(disabled).toMatchObject({
      type: 'USER_DISABLED',
      actor: { username: 'admin' },
      department: { code: 'commerce' },
      before: { username: 'audit-c', disabled: false },
      after: { username: 'audit-c', disabled: true },
    });
    expect(created.map((e) => [e.type, e.before, e.after?.username])).toEqual([
      ['USER_CREATED', null, 'audit-c'],
      ['USER_CREATED', null, 'audit-b'],
      ['USER_CREATED', null, 'audit-a'],
    ]);
    expect(JSON.stringify(result.data)).not.toContain('scrypt');
  });

  it('pages with a cursor, without repeating or skipping an entry', async () => {
    const first = await leader.gql<Page>(AUDIT, { filter: { types: ['USER_CREATED'] }, first: 2 });
    const cursor = first.data!.auditTrail.nextCursor;
    expect(cursor).toBeTruthy();
    const second = await leader.gql<Page>(AUDIT, { filter: { types: ['USER_CREATED'] }, first: 2, after: cursor });
    const users = [...first.data!.auditTrail.entries, ...second.data!.auditTrail.entries].map((e) => e.after?.username);
    expect(users).toEqual(['audit-c', 'audit-b', 'audit-a']);
    expect(second.data!.auditTrail.nextCursor).toBeNull();
  });

  it('filters by department', async () => {
    const result = await leader.gql<Page>(AUDIT, { filter: { departmentCode: 'commerce' } });
    expect(result.data!.auditTrail.entries).toHaveLength(4);
    const none = await leader.gql<Page>(AUDIT, { filter: { departmentCode: 'finance' } });
    expect(none.data!.auditTrail.entries).toHaveLength(0);
  });

  it('explains bad filters and page sizes', async () => {
    const tooMany = await leader.gql(AUDIT, { first: 201 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const measureAlone = await leader.gql(AUDIT, { filter: { measureCode: 'P1.1' } });
    expect(measureAlone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.planCode' });
    const badCursor = await leader.gql(AUDIT, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const unknownUser = await leader.gql(AUDIT, { filter: { username: 'nobody' } });
    expect(unknownUser.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.username' });
  });
});
