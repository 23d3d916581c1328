// Backup and restore from the command line:
//   pnpm backup [FILE]             one file: a PGlite data-directory dump, or pg_dump's archive with DATABASE_URL
//   pnpm restore FILE [--force]    rebuilds the database from it (same or older schema; older is migrated forward)
// With the embedded database both need the app stopped (only one process may open its data directory); the running
// app backs itself up every night when BACKUP_DIR is set. README, "Backup and restore".
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  BackupError,
  BackupFileError,
  backupFileName,
  type Fingerprint,
  openPgliteForBackup,
  PgToolError,
  restoreBackup,
  takeBackup,
} from '../backup';
import { ConfigError, clockFrom, readEnv, resolveFromRoot } from '../config/env';
import { DatabaseError } from '../db/client';
import { DataDirLockedError } from '../db/data-dir-lock';

const USAGE = `用法:
  pnpm backup [文件]              备份数据库到一个文件 (默认: BACKUP_DIR 或 ./backups 下的 duban-日期-时间.backup)
  pnpm restore 文件 [--force]     从备份文件重建数据库 (嵌入式数据库须先停止督办)`;

class UsageError extends Error {}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const env = readEnv();
  const clock = clockFrom(env);
  // A relative file means relative to where pnpm was started, not to the server package.
  const callerDir = env.INIT_CWD ?? process.cwd();
  const dataDir = resolveFromRoot(env.DATA_DIR);

  if (command === 'backup') {
    if (positionals.length > 1) throw new UsageError(USAGE);
    const file = positionals[0]
      ? path.resolve(callerDir, positionals[0])
      : path.join(
          env.BACKUP_DIR ? resolveFromRoot(env.BACKUP_DIR) : path.resolve(callerDir, 'backups'),
          backupFileName(clock.now()),
        );
    let header: Awaited<ReturnType<typeof takeBackup>>;
    if (env.DATABASE_URL) {
      header = await takeBackup({ kind: 'postgres', url: env.DATABASE_URL }, file, clock);
    } else {
      const opened = await openPgliteForBackup(dataDir);
      try {
        header = await takeBackup(opened.source, file, clock);
      } finally {
        await opened.close();
      }
    }
    console.log(`已备份到 ${file}`);
    console.log(`  数据库: ${header.kind === 'pglite' ? `嵌入式 PGlite (${dataDir})` : 'PostgreSQL'}`);
    console.log(`  结构版本: ${header.schema.tag}  时间: ${header.takenAt}  大小: ${header.payload.bytes} 字节`);
    console.log(`  ${summary(header.fingerprint)}`);
    return;
  }

  if (command === 'restore') {
    if (positionals.length !== 1) throw new UsageError(USAGE);
    const file = path.resolve(callerDir, positionals[0]!);
    const report = await restoreBackup(
      env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir },
      file,
      { clock, force: values.force },
    );
    console.log(`已从 ${file} 恢复数据库 (备份时间 ${report.header.takenAt})`);
    if (report.migratedFrom) {
      console.log(`  备份的结构版本 ${report.migratedFrom.tag} 较旧，已迁移到 ${report.migratedTo.tag}`);
    } else {
      console.log(`  结构版本: ${report.migratedTo.tag}`);
    }
    if (report.movedAside) console.log(`  原数据目录已移到 ${report.movedAside} (确认无误后可删除)`);
    console.log(`  ${summary(report.fingerprint)}`);
    if (report.differences.length === 0) {
      console.log('  核对: 各表行数与事件日志均与备份时一致');
    } else {
      console.log('  核对: 与备份时记录的不同 (备份进行中仍有写入时可能出现):');
      for (const line of report.differences) console.log(`    ${line}`);
    }
    return;
  }
  throw new UsageError(USAGE);
}

function summary(fingerprint: Fingerprint): string {
  const total = Object.values(fingerprint.rows).reduce((a, b) => a + b, 0);
  return `${Object.keys(fingerprint.rows).length} 张表共 ${total} 行，事件 ${fingerprint.events.count} 条 (校验 ${fingerprint.events.md5.slice(0, 12)})`;
}

main().catch((error: unknown) => {
  const known = [
    UsageError,
    ConfigError,
    DatabaseError,
    DataDirLockedError,
    BackupError,
    BackupFileError,
    PgToolError,
  ].some((type) => error instanceof type);
  if (error instanceof DataDirLockedError && process.argv[2] === 'backup') {
    console.error(`失败: ${error.message}。运行中的督办设置 BACKUP_DIR 后会每晚自动备份`);
  } else if (known) {
    console.error(`失败: ${(error as Error).message}`);
  } else {
    console.error('失败:', error);
  }
  process.exit(1);
});
