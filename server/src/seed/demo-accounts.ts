import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { departments } from '../modules/department';
import { hashPassword, type NewUserRow, UserRole, users } from '../modules/user';

export const DEMO_PASSWORD = 'demo';

/**
 * The demo accounts of the embedded start: `admin`, `leader`, `viewer`, and a reporter per department whose
 * username is the department code. All have the password `demo` and are marked demo, so that production
 * refuses to start while any exists. Existing accounts are left alone. Returns the usernames created.
 */
export async function seedDemoAccounts(db: Db): Promise<string[]> {
  const units = await db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments);
  const marketSupervision = units.find((d) => d.code === 'market-supervision');
  const accounts: Omit<NewUserRow, 'passwordHash'>[] = [
    { username: 'admin', displayName: '系统管理员', role: UserRole.ADMIN, departmentId: marketSupervision?.id ?? null },
    { username: 'leader', displayName: '领导小组成员', role: UserRole.LEADER, departmentId: null },
    { username: 'viewer', displayName: '会议室大屏', role: UserRole.VIEWER, departmentId: null },
    ...units
      .filter((d) => d.code !== 'leadership-group')
      .map((d) => ({ username: d.code, displayName: `${d.name}填报员`, role: UserRole.REPORTER, departmentId: d.id })),
  ].map((account) => ({ ...account, demo: true }));
  const existing = new Set(
    (
      await db
        .select({ username: users.username })
        .from(users)
        .where(
          inArray(
            users.username,
            accounts.map((a) => a.username),
          ),
        )
    ).map((row) => row.username),
  );
  const fresh = accounts.filter((a) => !existing.has(a.username));
  if (fresh.length === 0) return [];
  // Demo accounts share one hash of the public password "demo": there is no secret to protect. Hashed only when an
  // account is missing: scrypt costs about half a second, which a warm start need not pay.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.insert(users).values(fresh.map((account) => ({ ...account, passwordHash })));
  return fresh.map((a) => a.username);
}

/** The usernames of demo accounts, which must not exist in production. */
export async function findDemoAccounts(db: Db): Promise<string[]> {
  return (await db.select({ username: users.username }).from(users).where(eq(users.demo, true))).map((r) => r.username);
}
