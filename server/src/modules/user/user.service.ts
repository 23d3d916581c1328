import type { Db } from '../../db/client';
import { DomainError, notFound } from '../../shared/errors';
import { passwordProblem } from '../../shared/input-rules';
import type { RequestScope } from '../../shared/request-scope';
import { UserRole } from '../../shared/viewer';
import { findDepartmentByCode, retiredProblem } from '../department';
import { EventType, recordChange } from '../event';
import { authorize } from '../policy';
import { hashPassword } from './password';
import type { CreateUserInput } from './user.input';
import { userLoaders } from './user.loader';
import {
  findUserById,
  findUserByUsername,
  insertUser,
  listAllUsers,
  markDisabled,
  revokeSessionsOf,
  updateUser,
  usernameTaken,
} from './user.repository';
import type { UserRow } from './user.table';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** What the audit trail records of an account: never its password hash. */
function snapshot(user: UserRow) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    disabled: user.disabledAt !== null,
  };
}

/** The rules of a new password (shared/input-rules), for the command line, which does not pass the API's gate. */
function checkPassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError('BAD_USER_INPUT', { field, ...problem });
}

/** The signed-in user. */
export async function getMe(scope: RequestScope): Promise<UserRow | null> {
  if (!scope.viewer) return null;
  return findUserById(scope.db, scope.viewer.userId);
}

/** Every account (ADMIN). */
export async function listUsers(scope: RequestScope): Promise<UserRow[]> {
  authorize(scope, 'user.list');
  return listAllUsers(scope.db);
}

const userNotFound = (username: string) => notFound('USER_NOT_FOUND', 'username', '用户', username);

async function findUser(db: Db, username: string): Promise<UserRow> {
  const user = await findUserByUsername(db, username.trim().toLowerCase());
  if (!user) throw userNotFound(username);
  return user;
}

/** Creates an account (ADMIN). A REPORTER must belong to a department; other roles may. */
export async function createUser(scope: RequestScope, input: CreateUserInput): Promise<UserRow> {
  const viewer = authorize(scope, 'user.create');
  return createAccount(scope.db, input, viewer.userId);
}

/**
 * The rules of a new account, for the API (after its access check) and the command line (run by whoever holds
 * the server, acting as the system: `actorUserId` null).
 */
export async function createAccount(db: Db, input: CreateUserInput, actorUserId: number | null): Promise<UserRow> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.username',
      reason: '用户名须为 2 至 63 位小写字母、数字或 . _ -，以字母或数字开头',
      detail: 'USERNAME_FORMAT',
    });
  }
  const displayName = input.displayName.trim();
  if (displayName.length === 0 || displayName.length > 100) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.displayName',
      reason: '姓名不能为空，且不超过 100 个字符',
    });
  }
  checkPassword(input.password, 'input.password');
  let departmentId: number | null = null;
  if (input.departmentCode) {
    const department = await findDepartmentByCode(db, input.departmentCode);
    if (!department) throw notFound('DEPARTMENT_NOT_FOUND', 'input.departmentCode', '部门', input.departmentCode);
    const retired = retiredProblem(department);
    if (retired) throw new DomainError('CONFLICT', { field: 'input.departmentCode', ...retired });
    departmentId = department.id;
  }
  if (input.role === UserRole.REPORTER && departmentId === null) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.departmentCode',
      reason: '填报员必须属于一个部门',
      detail: 'REPORTER_NEEDS_DEPARTMENT',
    });
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await usernameTaken(tx, username)) {
      throw new DomainError('CONFLICT', {
        field: 'input.username',
        reason: `用户名「${username}」已存在`,
        detail: 'USERNAME_TAKEN',
      });
    }
    const values = { username, displayName, role: input.role, departmentId, passwordHash };
    return recordChange(tx, insertUser(tx, values), ({ after }) => ({
      type: EventType.USER_CREATED,
      actorUserId,
      departmentId: after.departmentId,
      payload: { before: null, after: snapshot(after) },
    }));
  });
}

/** Sets a new password (ADMIN) and ends the user's sessions. */
export async function resetPassword(scope: RequestScope, username: string, password: string): Promise<UserRow> {
  const viewer = authorize(scope, 'user.resetPassword');
  return resetAccountPassword(scope.db, username, password, viewer.userId);
}

/** The rules of a password reset, for the API and the command line. Ends the user's sessions. */
export async function resetAccountPassword(
  db: Db,
  username: string,
  password: string,
  actorUserId: number | null,
): Promise<UserRow> {
  checkPassword(password, 'password');
  const user = await findUser(db, username);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const change = await updateUser(tx, user, { passwordHash, demo: false });
    if (!change) throw userNotFound(username);
    await revokeSessionsOf(tx, user.id);
    return recordChange(tx, change, ({ before, after }) => ({
      type: EventType.USER_PASSWORD_RESET,
      actorUserId,
      departmentId: after.departmentId,
      payload: { before: snapshot(before), after: snapshot(after) },
    }));
  });
}

/** Disables an account (ADMIN): it can no longer sign in, and its open sessions end. */
export async function disableUser(scope: RequestScope, username: string): Promise<UserRow> {
  const viewer = authorize(scope, 'user.disable');
  const user = await findUser(scope.db, username);
  if (user.id === viewer.userId) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'username',
      reason: '不能停用自己的账户',
      detail: 'CANNOT_DISABLE_SELF',
    });
  }
  return scope.db.transaction(async (tx) => {
    const change = await markDisabled(tx, user);
    if (!change) throw userNotFound(username);
    await revokeSessionsOf(tx, user.id);
    return recordChange(tx, change, ({ before, after }) => ({
      type: EventType.USER_DISABLED,
      actorUserId: viewer.userId,
      departmentId: before.departmentId,
      payload: { before: snapshot(before), after: snapshot(after) },
    }));
  });
}

/** An account by id, batched per request (for audit entries and report authors). */
export function getUserById(scope: RequestScope, id: number): Promise<UserRow | null> {
  return scope.get(userLoaders).byId.load(id);
}
