import os from 'node:os';
import 'reflect-metadata';
import net from 'node:net';
import { getSchema } from './app/build-schema';
import { createServer } from './app/create-server';
import { type BackupScheduler, startBackupSchedule } from './backup';
import {
  ConfigError,
  clockFrom,
  logSettings,
  metricsAccess,
  readEnv,
  resolveFromRoot,
  securitySettings,
} from './config/env';
import { type Database, DatabaseError, openDatabase } from './db/client';
import { ChannelSet, channelSettings } from './modules/message';
import { DEMO_PASSWORD, findDemoAccounts, seedBoshanPlan, seedDemoAccounts } from './seed';
import { componentLog, configureLogger } from './shared/logger';

const log = componentLog('main');

/** Process entry: read config, open the database, seed, serve, and shut down cleanly on a signal. */
/** The machine's first non-internal IPv4 address: what a phone on the same intranet reaches it at. */
function intranetAddress(): string | null {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return null;
}

async function main(): Promise<void> {
  // Since the process began: Node's own start and loading this bundle (or, under tsx, compiling the sources).
  const timings = new StartupTimings();
  const env = readEnv();
  configureLogger(logSettings(env));
  // Fail before touching the database when the port is taken, rather than after migrating and seeding.
  await assertPortFree(env.PORT, env.HOST);
  const opening = openDatabase(
    env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: resolveFromRoot(env.DATA_DIR) },
  );
  // The schema is built (once per process) while the database opens: PGlite compiles its wasm and reads its files
  // off the main thread meanwhile. A failure shows where createServer awaits the same promise.
  getSchema().catch(() => {});
  const database: Database = await opening;
  if (database.opened.fromTemplate) log.info('新数据库由构建时迁移好的模板创建 (server/dist/pglite-template)');
  timings.add(database.kind === 'pglite' ? 'PGlite' : '连接', database.opened.connectMs);
  timings.add('迁移', database.opened.migrateMs);
  timings.lap();
  let closing = false;
  let backups: BackupScheduler | null = null;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, `收到 ${signal}，正在关闭…`);
    await backups?.stop();
    await server?.close().catch((error: unknown) => log.error({ err: error }, '关闭服务时出错'));
    await database.close();
    log.info('已关闭');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const settings = securitySettings(env);
  if (env.SEED_PLANS && (await seedBoshanPlan(database.db))) {
    log.info('已导入博山区知识产权强区试点方案 (boshan-ip-2022-2025)');
  }
  if (settings.production) {
    const demo = await findDemoAccounts(database.db);
    if (demo.length > 0) {
      await database.close();
      throw new StartupError(
        `生产模式下不允许存在演示账户 (${demo.slice(0, 5).join(', ')}${demo.length > 5 ? ' …' : ''})：请用 pnpm user:create 建立正式账户，并停用或删除演示账户`,
      );
    }
  } else {
    const created = await seedDemoAccounts(database.db);
    if (created.length > 0) log.info(`已创建演示账户 ${created.length} 个`);
    log.info(
      `演示账户 (密码均为 ${DEMO_PASSWORD}): admin 管理员, leader 领导, viewer 大屏只读, 各部门填报员用户名为部门编码 (如 finance)`,
    );
  }

  timings.lap('种子');

  let server: Awaited<ReturnType<typeof createServer>> | undefined;
  const clock = clockFrom(env);
  let port = env.PORT;
  server = await createServer({
    db: database.db,
    listen: database.listen,
    settings,
    clock,
    superviseEveryMs: env.SUPERVISE_INTERVAL_SECONDS * 1000 || undefined,
    database,
    metrics: metricsAccess(env),
    messages: {
      channels: ChannelSet.fromSettings(channelSettings(env)),
      publicUrl: () => env.PUBLIC_URL ?? `http://${intranetAddress() ?? '127.0.0.1'}:${port}`,
    },
  });
  try {
    port = await server.listen(env.PORT, env.HOST);
  } catch (error) {
    await database.close();
    throw portError(error as NodeJS.ErrnoException, env.PORT);
  }
  timings.lap('接口');
  backups = startBackupSchedule(env, database, clock);
  const where = database.kind === 'pglite' ? `嵌入式 PGlite (${resolveFromRoot(env.DATA_DIR)})` : 'PostgreSQL';
  log.info(
    { port, database: database.kind },
    `督办已启动: http://localhost:${port}  GraphQL: http://localhost:${port}/graphql  数据库: ${where}`,
  );
  log.info(timings.line());
}

/**
 * Where the start went, printed once listening (`pnpm bench:start` reads it): 导入 is everything before main()
 * (Node's start and loading the code), then the database's parts, the seed check, and 接口 (schema, services, listen).
 */
class StartupTimings {
  private readonly parts: [string, number][] = [['导入', performance.now()]];
  private mark = performance.now();
  add(name: string, ms: number): void {
    this.parts.push([name, ms]);
  }
  /** Closes a part that began at the last lap (without a name: only moves the mark). */
  lap(name?: string): void {
    const now = performance.now();
    if (name) this.parts.push([name, now - this.mark]);
    this.mark = now;
  }
  line(): string {
    const parts = this.parts.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ');
    return `启动用时 ${Math.round(performance.now())} ms (${parts})`;
  }
}

class StartupError extends Error {}

function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(portError(error, port)));
    probe.listen(port, host || undefined, () => probe.close(() => resolve()));
  });
}

function portError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE')
    return new StartupError(`端口 ${port} 已被占用：请关闭占用它的程序，或设置 PORT=其他端口`);
  if (error.code === 'EACCES') return new StartupError(`无权监听端口 ${port}：请换一个大于 1024 的端口`);
  return error;
}

// The last line of defence: driver errors are caught where they arise (db/client.ts, the patched postgres.js), so
// reaching here means the process cannot know its own state. Say so in one line and exit non-zero, so that the
// service manager (systemd: Restart=on-failure) starts a clean one.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    log.fatal({ err: error }, `致命错误，进程退出 (${event}): ${message}`);
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseError || error instanceof StartupError) {
    log.fatal(`启动失败: ${error.message}`);
  } else {
    log.fatal({ err: error }, `启动失败: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
