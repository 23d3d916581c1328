import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { openRawSocket, type RawSocket, within } from './kit/raw-socket';
import { sqlRows } from './kit/sql';

/**
 * Signing in and staying signed in: logins, lock-out, logout, expiry, sockets that lose their login, and the
 * accounts an administrator manages. Every answer is checked by its error code, never by how long it took.
 */

const LOGIN = /* GraphQL */ `
  mutation Login($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      token
      expiresAt
      user { username displayName role active department { code } }
    }
  }
`;
const ME = '{ me { username role department { code } } }';
const PLANS = '{ plans { code } }';
const PLAN_CODE = 'boshan-ip-2022-2025';
const CREATE_USER = /* GraphQL */ `
  mutation Create($input: CreateUserInput!) {
    createUser(input: $input) { username displayName role active department { code } }
  }
`;

interface LoginData {
  login: {
    token: string;
    expiresAt: string;
    user: { username: string; displayName: string; role: string; active: boolean; department: { code: string } | null };
  };
}
interface MeData {
  me: { username: string; role: string; department: { code: string } | null } | null;
}

const login = (app: TestApp, username: string, password: string) =>
  app.anonymous.gql<LoginData>(LOGIN, { u: username, p: password });

/** The one error of a response. */
function onlyError(response: GraphQLResponse<unknown>) {
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  return response.errors![0]!;
}

/** The response failed with UNAUTHENTICATED and this detail. */
function expectUnauthenticated(response: GraphQLResponse<unknown>, detail: string) {
  expect(onlyError(response).extensions).toMatchObject({ code: 'UNAUTHENTICATED', detail });
}

/** The plans query was refused because nobody (valid) is signed in. */
function expectLoginRequired(response: GraphQLResponse<unknown>) {
  expectUnauthenticated(response, 'LOGIN_REQUIRED');
  expect(response.data ?? null).toBeNull();
}

/** A socket signed in with `token` and acknowledged by the server. */
async function signedInSocket(app: TestApp, token: string | null): Promise<RawSocket> {
  const socket = await openRawSocket(app.wsUrl);
  await socket.init({ authorization: `Bearer ${token}` });
  return socket;
}

const countUsers = async (app: TestApp) =>
  (await sqlRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from users`))[0]!.n;

// One app for signing in, staying signed in and managing accounts (each test uses its own accounts); the sockets
// that lose their login get an app of their own, which re-checks logins every 200 ms.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ settings: { loginMaxFailures: 3 } });
});
afterAll(() => app.close());

describe('signing in', () => {
  it('gives the right password a token, its expiry and the user, whom `me` then names', async () => {
    const before = Date.now();
    const result = await login(app, 'finance', 'demo');
    expect(result.errors).toBeUndefined();
    const { token, expiresAt, user } = result.data!.login;
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // Twelve hours by default; checked as a date in the future, not as a duration.
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(before + app.settings.sessionTtlMs - 60_000);
    expect(user).toEqual({
      username: 'finance',
      displayName: '区财政局填报员',
      role: 'REPORTER',
      active: true,
      department: { code: 'finance' },
    });

    const signedIn = await app.as('leader');
    expect((await signedIn.gql<MeData>(ME)).data?.me).toEqual({ username: 'leader', role: 'LEADER', department: null });
    const reporter = await app.as('market-supervision');
    expect((await reporter.gql<MeData>(ME)).data?.me).toEqual({
      username: 'market-supervision',
      role: 'REPORTER',
      department: { code: 'market-supervision' },
    });
  });

  it('answers `me` with null, not an error, when nobody is signed in', async () => {
    expect(await app.anonymous.gql<MeData>(ME)).toEqual({ data: { me: null } });
  });

  it('takes the username in any case and with spaces around it', async () => {
    const result = await login(app, '  Leader ', 'demo');
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.user.username).toBe('leader');
  });

  it('refuses a wrong password as UNAUTHENTICATED, BAD_CREDENTIALS, on the password field', async () => {
    const result = await login(app, 'viewer', 'not-the-password');
    expect(result.data ?? null).toBeNull();
    expect(onlyError(result).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'BAD_CREDENTIALS',
      field: 'password',
    });
    expect(result.errors![0]!.message).not.toBe('');
  });

  it('answers an unknown username exactly like a wrong password, so names cannot be probed', async () => {
    const unknown = await login(app, 'no-such-person', 'not-the-password');
    const wrong = await login(app, 'commerce', 'not-the-password');
    expect(onlyError(unknown).extensions).toEqual(onlyError(wrong).extensions);
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(onlyError(unknown).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'BAD_CREDENTIALS',
      field: 'password',
    });
  });

  it('locks a username after three failures, refusing even the right password, while other names sign in', async () => {
    const name = 'culture-tourism';
    for (let attempt = 1; attempt < 3; attempt++) {
      expectUnauthenticated(await login(app, name, 'wrong-password'), 'BAD_CREDENTIALS');
    }
    // The third failure is the one that locks.
    expect(onlyError(await login(app, name, 'wrong-password')).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'ACCOUNT_LOCKED',
      field: 'username',
    });
    expectUnauthenticated(await login(app, name, 'demo'), 'ACCOUNT_LOCKED');
    expectUnauthenticated(await login(app, name.toUpperCase(), 'demo'), 'ACCOUNT_LOCKED');

    const throttles = await sqlRows<{ failures: number; locked: boolean }>(
      app.database.db,
      sql`select failures, locked_until > now() as locked from login_throttles where username = ${name}`,
    );
    expect(throttles).toEqual([{ failures: 3, locked: true }]);

    // Someone else is not affected by the lock.
    const other = await login(app, 'court', 'demo');
    expect(other.errors).toBeUndefined();
    expect(other.data?.login.user.username).toBe('court');
  });

  it('locks an unknown username the same way, so a lock reveals nothing either', async () => {
    const name = 'nobody-by-this-name';
    for (let attempt = 1; attempt < 3; attempt++) {
      expectUnauthenticated(await login(app, name, 'guess'), 'BAD_CREDENTIALS');
    }
    expectUnauthenticated(await login(app, name, 'guess'), 'ACCOUNT_LOCKED');
    const throttles = await sqlRows<{ failures: number }>(
      app.database.db,
      sql`select failures from login_throttles where username = ${name}`,
    );
    expect(throttles).toEqual([{ failures: 3 }]);
  });

  it('counts a burst of parallel guesses one by one, so the burst cannot get past the lock-out', async () => {
    const name = 'justice';
    const answers = await Promise.all(Array.from({ length: 8 }, () => login(app, name, 'parallel-guess')));
    const details = answers.map((answer) => onlyError(answer).extensions?.detail);
    // Only the attempts before the limit were answered "wrong password"; all others found the name locked.
    expect(details.filter((d) => d === 'BAD_CREDENTIALS')).toHaveLength(2);
    expect(details.filter((d) => d === 'ACCOUNT_LOCKED')).toHaveLength(6);
    expectUnauthenticated(await login(app, name, 'demo'), 'ACCOUNT_LOCKED');
  });

  it('clears the failures of a name once its right password is given before the limit', async () => {
    const name = 'publicity';
    expectUnauthenticated(await login(app, name, 'wrong-password'), 'BAD_CREDENTIALS');
    expectUnauthenticated(await login(app, name, 'wrong-password'), 'BAD_CREDENTIALS');
    expect((await login(app, name, 'demo')).errors).toBeUndefined();
    const throttles = await sqlRows(app.database.db, sql`select * from login_throttles where username = ${name}`);
    expect(throttles).toEqual([]);
    // Two more failures are again answered as wrong passwords, not as a lock.
    expectUnauthenticated(await login(app, name, 'wrong-password'), 'BAD_CREDENTIALS');
    expectUnauthenticated(await login(app, name, 'wrong-password'), 'BAD_CREDENTIALS');
  });
});

describe('staying signed in, and being signed out', () => {
  it('refuses an anonymous read of the plans over HTTP with LOGIN_REQUIRED', async () => {
    expectLoginRequired(await app.anonymous.gql(PLANS));
  });

  it('closes a socket that signs in without a token, or with a bogus one, with 4403', async () => {
    await expect(app.anonymous.ws(PLANS)).rejects.toMatchObject({ code: 4403 });

    for (const payload of [{}, { authorization: 'Bearer this-token-was-never-issued-by-duban' }, { token: 42 }]) {
      const socket = await openRawSocket(app.wsUrl);
      socket.send({ type: 'connection_init', payload });
      expect(await within(socket.closed, 'closing an unauthenticated socket')).toMatchObject({ code: 4403 });
      expect(socket.received.map((m) => m.type)).not.toContain('connection_ack');
    }
  });

  it('ends the token at logout: HTTP and an already open socket get LOGIN_REQUIRED, a new socket is refused', async () => {
    const leader = await app.as('leader');
    const socket = await signedInSocket(app, leader.token);
    expect((await socket.run(PLANS)).results).toEqual([{ data: { plans: [{ code: PLAN_CODE }] } }]);
    expect((await leader.gql(PLANS)).errors).toBeUndefined();

    expect(await leader.gql('mutation { logout }')).toEqual({ data: { logout: true } });

    expectLoginRequired(await leader.gql(PLANS));
    expect((await leader.gql<MeData>(ME)).data).toEqual({ me: null });
    const onOpenSocket = await socket.run(PLANS);
    expect(onOpenSocket.results).toHaveLength(1);
    expectLoginRequired(onOpenSocket.results[0] as GraphQLResponse);
    await expect(leader.ws(PLANS)).rejects.toMatchObject({ code: 4403 });
    // A second logout with the dead token is refused rather than pretending to succeed.
    expectUnauthenticated(await leader.gql('mutation { logout }'), 'LOGIN_REQUIRED');
    socket.close();
  });

  it('ends only the login that logs out: another login of the same user keeps working', async () => {
    const first = await app.as('viewer');
    const second = await app.as('viewer');
    await first.gql('mutation { logout }');
    expectLoginRequired(await first.gql(PLANS));
    expect((await second.gql(PLANS)).data).toEqual({ plans: [{ code: PLAN_CODE }] });
    expect((await second.ws(PLANS)).data).toEqual({ plans: [{ code: PLAN_CODE }] });
  });

  it('refuses a token whose login has expired, over HTTP and for a new socket', async () => {
    const reporter = await app.as('financial-supervision');
    expect((await reporter.gql(PLANS)).errors).toBeUndefined();

    await app.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 minute'
          where user_id = (select id from users where username = 'financial-supervision')`,
    );

    expectLoginRequired(await reporter.gql(PLANS));
    expect((await reporter.gql<MeData>(ME)).data).toEqual({ me: null });
    await expect(reporter.ws(PLANS)).rejects.toMatchObject({ code: 4403 });
    // A fresh login works again.
    expect((await (await app.as('financial-supervision')).gql(PLANS)).errors).toBeUndefined();
  });

  it('accepts the token over WebSocket under `token` as well as under `authorization`', async () => {
    const leader = await app.as('leader');
    const socket = await openRawSocket(app.wsUrl);
    await socket.init({ token: leader.token });
    expect((await socket.run(PLANS)).results).toEqual([{ data: { plans: [{ code: PLAN_CODE }] } }]);
    socket.close();
  });
});

describe('open sockets that lose their login', () => {
  let rechecking: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    rechecking = await startTestApp({ settings: { wsAuthRecheckMs: 200, wsConnectionInitTimeoutMs: 300 } });
    admin = await rechecking.as('admin');
  });
  afterAll(() => rechecking.close());

  it('closes an open socket with 4403 once its login is logged out over HTTP, and leaves other sockets open', async () => {
    const leader = await rechecking.as('leader');
    const viewer = await rechecking.as('viewer');
    const leaving = await signedInSocket(rechecking, leader.token);
    const staying = await signedInSocket(rechecking, viewer.token);
    expect((await leaving.run(PLANS)).results).toEqual([{ data: { plans: [{ code: PLAN_CODE }] } }]);

    await leader.gql('mutation { logout }');

    expect(await within(leaving.closed, 'closing the logged-out socket')).toMatchObject({ code: 4403 });
    // The re-check that closed the first socket has run, and left the live one open and answering.
    expect(staying.closeEvent()).toBeNull();
    expect((await staying.run(PLANS)).results).toEqual([{ data: { plans: [{ code: PLAN_CODE }] } }]);
    staying.close();
  });

  it('closes an open socket with 4403 once an admin disables its user', async () => {
    const reporter = await rechecking.as('finance');
    const socket = await signedInSocket(rechecking, reporter.token);
    expect((await socket.run(ME)).results).toHaveLength(1);

    const disabled = await admin.gql<{ disableUser: { username: string; active: boolean } }>(
      'mutation { disableUser(username: "finance") { username active } }',
    );
    expect(disabled.data).toEqual({ disableUser: { username: 'finance', active: false } });

    expect(await within(socket.closed, 'closing the disabled user’s socket')).toMatchObject({ code: 4403 });
  });

  it('closes an open socket with 4403 once its login expires', async () => {
    const reporter = await rechecking.as('court');
    const socket = await signedInSocket(rechecking, reporter.token);
    await rechecking.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 minute'
          where user_id = (select id from users where username = 'court')`,
    );
    expect(await within(socket.closed, 'closing the expired socket')).toMatchObject({ code: 4403 });
  });

  it('closes a socket that never sends connection_init with 4408', async () => {
    const socket = await openRawSocket(rechecking.wsUrl);
    expect(await within(socket.closed, 'closing the silent socket')).toMatchObject({
      code: 4408,
      reason: 'Connection initialisation timeout',
    });
    expect(socket.received).toEqual([]);
  });
});

describe('accounts, managed by an administrator', () => {
  let admin: ApiClient;
  beforeAll(async () => {
    admin = await app.as('admin');
  });

  it('lets an admin create a reporter for a department, who can then sign in as that department', async () => {
    const created = await admin.gql(CREATE_USER, {
      input: {
        username: 'zhang.wei',
        displayName: '张伟',
        role: 'REPORTER',
        departmentCode: 'finance',
        password: 'a-long-password',
      },
    });
    expect(created).toEqual({
      data: {
        createUser: {
          username: 'zhang.wei',
          displayName: '张伟',
          role: 'REPORTER',
          active: true,
          department: { code: 'finance' },
        },
      },
    });

    const signedIn = await login(app, 'zhang.wei', 'a-long-password');
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.login.user).toMatchObject({ role: 'REPORTER', department: { code: 'finance' } });
    expectUnauthenticated(await login(app, 'zhang.wei', 'demo'), 'BAD_CREDENTIALS');
  });

  it('refuses a reporter without a department as BAD_USER_INPUT on input.departmentCode, writing nothing', async () => {
    const before = await countUsers(app);
    const result = await admin.gql(CREATE_USER, {
      input: { username: 'li.na', displayName: '李娜', role: 'REPORTER', password: 'a-long-password' },
    });
    expect(onlyError(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.departmentCode' });
    expect(await countUsers(app)).toBe(before);
    expectUnauthenticated(await login(app, 'li.na', 'a-long-password'), 'BAD_CREDENTIALS');
  });

  it('refuses a username that is taken, whatever its case, as CONFLICT', async () => {
    const before = await countUsers(app);
    for (const username of ['leader', 'LEADER']) {
      const result = await admin.gql(CREATE_USER, {
        input: { username, displayName: '另一位领导', role: 'LEADER', password: 'a-long-password' },
      });
      expect(onlyError(result).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.username' });
    }
    expect(await countUsers(app)).toBe(before);
    // The existing account still has its own password.
    expect((await login(app, 'leader', 'demo')).errors).toBeUndefined();
  });

  it('forbids a leader to create users, and no user row is written', async () => {
    const leader = await app.as('leader');
    const before = await countUsers(app);
    const result = await leader.gql(CREATE_USER, {
      input: { username: 'wang.fang', displayName: '王芳', role: 'ADMIN', password: 'a-long-password' },
    });
    expect(onlyError(result).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(result.data ?? null).toBeNull();
    expect(await countUsers(app)).toBe(before);
    expect(await sqlRows(app.database.db, sql`select username from users where username = 'wang.fang'`)).toHaveLength(
      0,
    );
  });

  it('forbids a reporter, and an anonymous caller, to reset passwords or disable users', async () => {
    const reporter = await app.as('human-resources');
    const reset = 'mutation { resetPassword(username: "leader", password: "taken-over-1") { username } }';
    const disable = 'mutation { disableUser(username: "leader") { username } }';
    expect(onlyError(await reporter.gql(reset)).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(onlyError(await reporter.gql(disable)).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expectUnauthenticated(await app.anonymous.gql(reset), 'LOGIN_REQUIRED');
    expectUnauthenticated(await app.anonymous.gql(disable), 'LOGIN_REQUIRED');
    expect((await login(app, 'leader', 'demo')).errors).toBeUndefined();
  });

  it('ends the user’s existing logins when an admin resets the password; only the new password works', async () => {
    const reporter = await app.as('science-technology');
    expect((await reporter.gql(PLANS)).errors).toBeUndefined();

    const reset = await admin.gql<{ resetPassword: { username: string } }>(
      'mutation { resetPassword(username: "science-technology", password: "new-screen-password") { username } }',
    );
    expect(reset.data).toEqual({ resetPassword: { username: 'science-technology' } });

    expectLoginRequired(await reporter.gql(PLANS));
    await expect(reporter.ws(PLANS)).rejects.toMatchObject({ code: 4403 });
    expectUnauthenticated(await login(app, 'science-technology', 'demo'), 'BAD_CREDENTIALS');
    expect((await login(app, 'science-technology', 'new-screen-password')).errors).toBeUndefined();
    // The admin's own login was not touched.
    expect((await admin.gql(PLANS)).errors).toBeUndefined();
  });

  it('stops a disabled user from signing in, and ends the token they hold', async () => {
    const reporter = await app.as('industry-it');
    const disabled = await admin.gql('mutation { disableUser(username: "industry-it") { username active } }');
    expect(disabled.data).toEqual({ disableUser: { username: 'industry-it', active: false } });

    expectLoginRequired(await reporter.gql(PLANS));
    // Answered like a wrong password: a disabled account is not revealed as such.
    expectUnauthenticated(await login(app, 'industry-it', 'demo'), 'BAD_CREDENTIALS');
    const listed = await admin.gql<{ users: { username: string; active: boolean }[] }>('{ users { username active } }');
    expect(listed.data?.users.find((u) => u.username === 'industry-it')).toEqual({
      username: 'industry-it',
      active: false,
    });
  });

  it('does not let an admin disable their own account', async () => {
    const result = await admin.gql('mutation { disableUser(username: "admin") { username } }');
    expect(onlyError(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', detail: 'CANNOT_DISABLE_SELF' });
    expect((await admin.gql(PLANS)).errors).toBeUndefined();
  });
});
