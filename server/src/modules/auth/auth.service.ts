import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../db/client';
import { requireViewer } from '../../shared/access';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import type { Viewer } from '../../shared/viewer';
import { UNKNOWN_USER_HASH, type UserRow, verifyPassword } from '../user';
import {
  clearThrottle,
  countLoginAttempt,
  findAccount,
  findLiveSession,
  findThrottle,
  insertSession,
  revokeSession,
} from './auth.repository';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Reads a bearer token from an Authorization header value or a bare token. */
export function tokenFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const token = value.startsWith('Bearer ') ? value.slice('Bearer '.length) : value;
  return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

/** The viewer a token stands for, or null when it is unknown, expired, revoked or its user disabled. */
export async function resolveViewer(db: Db, token: string | null): Promise<Viewer | null> {
  if (!token) return null;
  const row = await findLiveSession(db, hashToken(token));
  return row && { ...row, role: row.role };
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

/**
 * Signs a user in. Attempts are counted per username, each failure answered more slowly; after the limit the
 * name is locked for a while, whatever password is sent. Unknown names are treated like wrong passwords.
 */
export async function login(scope: RequestScope, rawUsername: string, password: string): Promise<LoginResult> {
  const { db, settings } = scope;
  const username = rawUsername.trim().toLowerCase();
  const now = Date.now();
  const throttle = await findThrottle(db, username);
  if (throttle?.lockedUntil && throttle.lockedUntil.getTime() > now) throw lockedError(throttle.lockedUntil);

  // The attempt is counted before the password is checked (a success clears the count again), so parallel
  // guesses cannot each see the same count and together try more passwords than the limit allows.
  const attempt = await countLoginAttempt(db, username, new Date(now), settings.loginMaxFailures, settings.loginLockMs);
  if (attempt.failures > settings.loginMaxFailures && attempt.lockedUntil) throw lockedError(attempt.lockedUntil);

  const user = await findAccount(db, username);
  const matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !matches || user.disabledAt) {
    await sleep(Math.min(settings.loginFailureDelayMs * attempt.failures, 5_000));
    if (attempt.lockedUntil) throw lockedError(attempt.lockedUntil);
    throw new DomainError('UNAUTHENTICATED', {
      field: 'password',
      reason: `用户名或密码错误（再失败 ${settings.loginMaxFailures - attempt.failures} 次将锁定账户）`,
      detail: 'BAD_CREDENTIALS',
    });
  }

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + settings.sessionTtlMs);
  await db.transaction(async (tx) => {
    await clearThrottle(tx, username);
    await insertSession(tx, { userId: user.id, tokenHash: hashToken(token), expiresAt });
  });
  return { token, expiresAt, user };
}

function lockedError(until: Date): DomainError {
  const time = until.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
  return new DomainError('UNAUTHENTICATED', {
    field: 'username',
    reason: `登录失败次数过多，账户已锁定至 ${time}`,
    detail: 'ACCOUNT_LOCKED',
  });
}

/** Ends the viewer's session: its token stops working at once, over HTTP and on open sockets. */
export async function logout(scope: RequestScope): Promise<boolean> {
  const viewer = requireViewer(scope);
  await revokeSession(scope.db, viewer.sessionId);
  return true;
}
