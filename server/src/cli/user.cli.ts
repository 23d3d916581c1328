// Command line for accounts, for production where no demo account exists:
//   pnpm user:create --username zhang --name 张三 --role REPORTER --department finance [--password-stdin]
//   pnpm user:reset-password --username zhang [--password-stdin]
// Without --password-stdin a strong password is generated and printed once.
// With the embedded database, stop the app first: only one process may open its data directory.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, readEnv, resolveFromRoot } from '../config/env';
import { DatabaseError, openDatabase } from '../db/client';
import { createAccount, resetAccountPassword, UserRole } from '../modules/user';
import { DomainError } from '../shared/errors';

const USAGE = `用法:
  pnpm user:create --username 用户名 --name 姓名 --role ADMIN|LEADER|REPORTER|VIEWER [--department 部门编码] [--password-stdin]
  pnpm user:reset-password --username 用户名 [--password-stdin]`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      department: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  if ((command !== 'create' && command !== 'reset-password') || !values.username) throw new UsageError(USAGE);
  const generated = !values['password-stdin'];
  const password = generated ? randomBytes(12).toString('base64url') : await readStdin();

  const env = readEnv();
  const database = await openDatabase(
    env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: 1 }
      : { kind: 'pglite', dataDir: resolveFromRoot(env.DATA_DIR) },
  );
  try {
    if (command === 'create') {
      const role = values.role?.toUpperCase();
      if (!role || !(role in UserRole)) throw new UsageError(`--role 须为 ADMIN、LEADER、REPORTER 或 VIEWER\n${USAGE}`);
      const user = await createAccount(
        database.db,
        {
          username: values.username,
          displayName: values.name ?? values.username,
          role: role as UserRole,
          departmentCode: values.department ?? null,
          password,
        },
        null,
      );
      console.log(`已创建用户 ${user.username} (${user.role})`);
    } else {
      const user = await resetAccountPassword(database.db, values.username, password, null);
      console.log(`已重置用户 ${user.username} 的密码，其现有登录已全部失效`);
    }
    if (generated) console.log(`初始密码 (仅显示一次): ${password}`);
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof DomainError) {
    const field = error.extensions.field ? ` [${String(error.extensions.field)}]` : '';
    console.error(`失败${field}: ${error.message}`);
  } else if (error instanceof UsageError || error instanceof ConfigError || error instanceof DatabaseError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
