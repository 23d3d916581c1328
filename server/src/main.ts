import 'reflect-metadata';
import net from 'node:net';
import { createServer } from './app/create-server';
import { ConfigError, readEnv, resolveFromRoot } from './config/env';
import { type Database, DatabaseError, openDatabase } from './db/client';
import { seedBoshanPlan } from './seed';

/** Process entry: read config, open the database, seed, serve, and shut down cleanly on a signal. */
async function main(): Promise<void> {
  const env = readEnv();
  // Fail before touching the database when the port is taken, rather than after migrating and seeding.
  await assertPortFree(env.PORT, env.HOST);
  const database: Database = await openDatabase(
    env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: resolveFromRoot(env.DATA_DIR) },
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`收到 ${signal}，正在关闭…`);
    await server?.close().catch((error: unknown) => console.error(error));
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (env.SEED_PLANS && (await seedBoshanPlan(database.db)))
    console.log('已导入博山区知识产权强区试点方案 (boshan-ip-2022-2025)');

  let server: Awaited<ReturnType<typeof createServer>> | undefined;
  server = await createServer({ db: database.db, production: env.NODE_ENV === 'production' });
  let port: number;
  try {
    port = await server.listen(env.PORT, env.HOST);
  } catch (error) {
    await database.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new StartupError(`端口 ${env.PORT} 已被占用：请关闭占用它的程序，或设置 PORT=其他端口`);
    if (code === 'EACCES') throw new StartupError(`无权监听端口 ${env.PORT}：请换一个大于 1024 的端口`);
    throw error;
  }
  const where = database.kind === 'pglite' ? `嵌入式 PGlite (${resolveFromRoot(env.DATA_DIR)})` : 'PostgreSQL';
  console.log(`督办已启动: http://localhost:${port}  GraphQL: http://localhost:${port}/graphql  数据库: ${where}`);
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseError || error instanceof StartupError) {
    console.error(`启动失败: ${error.message}`);
  } else {
    console.error('启动失败:', error);
  }
  process.exit(1);
});
