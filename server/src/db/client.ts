import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Logger, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { bundled, repoRoot } from '../config/env';
import { type DataDirLock, DataDirLockedError, lockDataDir } from './data-dir-lock';
import { isConnectionError } from './db-errors';
import * as schema from './schema';

export type Schema = typeof schema;
/** The query builder, the same type for PGlite and PostgreSQL, and for a transaction handle. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const migrationsFolder = path.join(repoRoot, 'drizzle');

/**
 * The production build's empty database: a PGlite data directory with every migration of the build applied, made by
 * `pnpm build` (cli/pglite-template.cli.ts). A new data directory starts as a file copy of it instead of running
 * PGlite's initdb and the migrations, most of a fresh start. Never used from the sources (tests, tsx), whose
 * migrations may be newer than the last build's.
 */
export const pgliteTemplateDir = path.join(repoRoot, 'server', 'dist', 'pglite-template');

/** A count of SQL statements: the process's own (`Database.counter`), or one request's (`countingStatements`). */
export interface StatementTally {
  statements: number;
}

const statementScope = new AsyncLocalStorage<StatementTally>();

/**
 * Runs `work` with its own statement tally: every statement sent from within it (its awaits, its loaders' batches)
 * counts there as well as in the process's counter. The HTTP handler runs each request in one, so that a test reads
 * exactly that request's statements, whatever the event stream or the supervisor send meanwhile.
 */
export function countingStatements<T>(tally: StatementTally, work: () => T): T {
  return statementScope.run(tally, work);
}

/** Runs `work` outside any request's tally: background work a request merely set off (the event stream's reads). */
export function outsideStatementScope<T>(work: () => T): T {
  return statementScope.exit(work);
}

/** Counts SQL statements sent through the query builder: tests assert on it, the bench prints it. */
export class StatementCounter implements Logger, StatementTally {
  statements = 0;
  logQuery(): void {
    this.statements += 1;
    const request = statementScope.getStore();
    if (request) request.statements += 1;
  }
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | {
      kind: 'pglite';
      dataDir?: string;
      /** Starts from this dump of a data directory (`dumpDataDir`) instead of an empty cluster: the test kit's copy. */
      loadDataDir?: Blob;
    };

export interface Database {
  readonly kind: DatabaseTarget['kind'];
  readonly db: Db;
  readonly counter: StatementCounter;
  /**
   * Calls `onWake` on every NOTIFY on `channel`, and also each time the listening connection is (re)established,
   * so that a listener that lost its connection catches up. Returns a function that stops listening.
   */
  listen(channel: string, onWake: () => void): Promise<() => Promise<void>>;
  /** Closes every connection; for PGlite this also flushes and unlocks the data directory. */
  close(): Promise<void>;
  /** PGlite only: the whole data directory as one uncompressed archive, for `loadDataDir` (the test templates). */
  dump?(): Promise<Blob>;
  /** Where opening it went, in milliseconds: connecting (PGlite: starting the cluster) and migrating. */
  readonly opened: { connectMs: number; migrateMs: number; fromTemplate: boolean };
  /**
   * PostgreSQL only: the pool's size, and the statements and transactions under way (each holds a connection, or
   * waits for one once they outnumber the pool), for /metrics.
   */
  poolUse?(): PoolUse;
}

/** How busy the connection pool is. */
export interface PoolUse {
  max: number;
  inFlight: number;
}

export class DatabaseError extends Error {}

// A fixed key for the advisory lock that serialises migrations between processes starting together.
const MIGRATION_LOCK_KEY = 7_241_993_001;

/** Opens the database, applies pending migrations and returns the handle. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres'
    ? openPostgres(target.url, target.poolSize ?? 10)
    : openPglite(target.dataDir, target.loadDataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const began = performance.now();
  const migrator = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await migrator`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(migrator, { casing: 'snake_case' }), { migrationsFolder });
    await migrator`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } catch (error) {
    throw new DatabaseError(`无法连接或迁移 PostgreSQL 数据库 (${redact(url)}): ${describe(error)}`);
  } finally {
    await migrator.end({ timeout: 5 });
  }
  const client = postgres(url, { max: poolSize, onnotice: () => {}, connect_timeout: 10 });
  const counter = new StatementCounter();
  const activity = { inFlight: 0 };
  const db = drizzlePostgres(retryingReads(client, activity), { schema, casing: 'snake_case', logger: counter });
  return {
    kind: 'postgres',
    db,
    counter,
    poolUse: () => ({ max: poolSize, inFlight: activity.inFlight }),
    opened: { connectMs: 0, migrateMs: performance.now() - began, fromTemplate: false },
    // postgres.js keeps a dedicated listening connection and re-establishes it after a drop, calling onlisten.
    listen: async (channel, onWake) => {
      const { unlisten } = await client.listen(channel, onWake, onWake);
      return unlisten;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

const READ = /^\s*select\b/i;

/**
 * The client drizzle is given: a read (a lone `select`, outside any transaction: a transaction's statements run on
 * the handle `begin` passes, which is not wrapped) that fails because its connection dropped is sent once more,
 * on a fresh connection from the pool. A second failure goes to the caller, who answers SERVICE_UNAVAILABLE. Writes
 * are never resent here: a dropped commit may have landed, and only its idempotency key can tell.
 */
export function retryingReads(client: postgres.Sql, activity?: { inFlight: number }): postgres.Sql {
  const unsafe = client.unsafe.bind(client);
  const once = <T>(run: () => PromiseLike<T>): Promise<T> =>
    Promise.resolve(run()).catch((error: unknown) => {
      if (!isConnectionError(error)) throw error;
      return run();
    });
  // With `activity`, every statement and transaction counts as under way until it settles (the pool's use).
  const tracked = <T>(run: () => PromiseLike<T>): Promise<T> => {
    if (!activity) return Promise.resolve(run());
    activity.inFlight += 1;
    return Promise.resolve(run()).finally(() => {
      activity.inFlight -= 1;
    });
  };
  const begin = client.begin.bind(client) as (...args: unknown[]) => Promise<unknown>;
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'begin' && activity) return (...args: unknown[]) => tracked(() => begin(...args));
      if (property !== 'unsafe') return Reflect.get(target, property, receiver);
      return (query: string, parameters?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) => {
        const read = READ.test(query);
        if (!read && !activity) return unsafe(query, parameters, options);
        const run = read ? once : <T>(work: () => PromiseLike<T>) => Promise.resolve(work());
        // drizzle awaits the query itself or its `.values()`; postgres.js runs a query only once it is awaited.
        return {
          // biome-ignore lint/suspicious/noThenProperty: a thenable standing for postgres.js's lazy query
          then: <A, B>(onFulfilled?: (rows: unknown) => A, onRejected?: (error: unknown) => B) =>
            tracked(() => run(() => unsafe(query, parameters, options))).then(onFulfilled, onRejected),
          values: () => tracked(() => run(() => unsafe(query, parameters, options).values())),
        };
      };
    },
  });
}

async function openPglite(dataDir: string | undefined, load: Blob | undefined): Promise<Database> {
  if (dataDir) ensureWritableDirectory(dataDir);
  const lock = dataDir ? takeLock(dataDir) : null;
  const began = performance.now();
  let fromTemplate = false;
  try {
    fromTemplate = !load && !!dataDir && copyTemplate(dataDir);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const loadDataDir = load;
  let client: PGlite;
  try {
    client = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}) });
  } catch (error) {
    lock?.release();
    throw new DatabaseError(`无法打开嵌入式数据库目录 ${dataDir ?? '(内存)'}: ${describe(error)}`);
  }
  const counter = new StatementCounter();
  const db = drizzlePglite(client, { schema, casing: 'snake_case', logger: counter });
  const connected = performance.now();
  try {
    await migratePglite(drizzlePglite(client, { casing: 'snake_case' }), { migrationsFolder });
  } catch (error) {
    await client.close();
    lock?.release();
    throw new DatabaseError(`数据库迁移失败: ${describe(error)}`);
  }
  const opened = { connectMs: connected - began, migrateMs: performance.now() - connected, fromTemplate };
  return {
    kind: 'pglite',
    db,
    counter,
    opened,
    listen: async (channel, onWake) => {
      const unlisten = await client.listen(channel, onWake);
      onWake();
      return unlisten;
    },
    close: async () => {
      if (!client.closed) await client.close();
      lock?.release();
    },
    dump: () => client.dumpDataDir('none'),
  };
}

function takeLock(dataDir: string): DataDirLock {
  try {
    return lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new DatabaseError(error.message);
    throw new DatabaseError(`无法锁定数据目录 ${dataDir}: ${describe(error)}`);
  }
}

/**
 * Copies the build's template into `dataDir` when it holds no database yet and this is the production build that made
 * one. PG_VERSION, by which PGlite knows a database is there, is copied last: a copy cut short is made again.
 */
function copyTemplate(dataDir: string): boolean {
  const marker = 'PG_VERSION';
  if (!bundled || fs.existsSync(path.join(dataDir, marker))) return false;
  if (!fs.existsSync(path.join(pgliteTemplateDir, marker)) || path.resolve(dataDir) === pgliteTemplateDir) return false;
  try {
    const last = path.join(pgliteTemplateDir, marker);
    fs.cpSync(pgliteTemplateDir, dataDir, { recursive: true, filter: (from) => from !== last });
    fs.copyFileSync(last, path.join(dataDir, marker));
    return true;
  } catch (error) {
    throw new DatabaseError(`无法在 ${dataDir} 建立新数据库 (复制构建模板失败): ${describe(error)}`);
  }
}

function ensureWritableDirectory(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw new DatabaseError(`数据目录不可写: ${dir} (${describe(error)})`);
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(describe).join('; ');
  if (error instanceof Error)
    return (error as NodeJS.ErrnoException).code
      ? `${(error as NodeJS.ErrnoException).code} ${error.message}`
      : error.message;
  return String(error);
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid url)';
  }
}

/** Runs raw SQL and returns its rows, whether the database is PGlite (`{ rows }`) or PostgreSQL (an array). */
export async function executeRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
