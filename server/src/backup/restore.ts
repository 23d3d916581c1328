import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { lockDataDir } from '../db/data-dir-lock';
import type { Clock } from '../shared/clock';
import { BackupError } from './backup';
import { type BackupHeader, readBackupFile } from './backup-file';
import { type Fingerprint, fingerprintDifferences, readFingerprint } from './fingerprint';
import { pgConnection, runPgTool } from './pg-tools';
import { checkSchemaFit, knownMigrations, queryOn, type SchemaVersion } from './schema-version';

export type RestoreTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface RestoreReport {
  header: BackupHeader;
  /** The backup's schema when it was older than this build's: restored, then migrated to `migratedTo`. */
  migratedFrom: SchemaVersion | null;
  migratedTo: SchemaVersion;
  /** What the rebuilt database holds, and how it differs from the backup's own fingerprint (empty: nothing). */
  fingerprint: Fingerprint;
  differences: string[];
  /** PGlite: where the data directory that was replaced was moved (kept, never deleted). */
  movedAside: string | null;
}

/**
 * Rebuilds the database of `target` from the backup `file`: checks the file is whole and its schema fits this build
 * (the same or older; newer is refused), replaces the database, migrates it forward, and compares what it rebuilt
 * with the fingerprint the backup recorded. Refused while the app holds the database (PGlite: its lock; PostgreSQL:
 * other sessions on the database, unless `force`).
 */
export async function restoreBackup(
  target: RestoreTarget,
  file: string,
  options: { clock: Clock; force?: boolean },
): Promise<RestoreReport> {
  const { header, payload } = readBackupFile(file);
  if (header.kind !== target.kind) {
    throw new BackupError(
      header.kind === 'postgres'
        ? '这是 PostgreSQL 服务器的备份 (pg_dump)，不能恢复到嵌入式数据库：请设置 DATABASE_URL 后再恢复'
        : '这是嵌入式数据库 (PGlite) 的备份，不能恢复到 PostgreSQL 服务器：请去掉 DATABASE_URL 后再恢复',
    );
  }
  const known = knownMigrations();
  const fit = checkSchemaFit(header.schema, known);
  if (!fit.fits) throw new BackupError(fit.reason);
  const rebuilt =
    target.kind === 'pglite'
      ? await restorePglite(target.dataDir, payload, options.clock)
      : await restorePostgres(target.url, payload, options.force ?? false);
  return {
    header,
    migratedFrom: fit.migrateFrom,
    migratedTo: known.at(-1)!,
    fingerprint: rebuilt.fingerprint,
    differences: fingerprintDifferences(header.fingerprint, rebuilt.fingerprint),
    movedAside: rebuilt.movedAside,
  };
}

/**
 * PGlite: the archive is loaded into a fresh directory beside the data directory and migrated there; only then is
 * the old directory moved aside (`<dir>.before-restore-<time>`) and the new one put in its place, so that a restore
 * that fails half-way leaves the database as it was.
 */
async function restorePglite(
  dataDir: string,
  payload: Buffer,
  clock: Clock,
): Promise<{ fingerprint: Fingerprint; movedAside: string | null }> {
  const lock = lockDataDir(dataDir);
  const staging = `${dataDir}.restoring`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    const database = await openDatabase({
      kind: 'pglite',
      dataDir: staging,
      loadDataDir: new Blob([gunzipSync(payload)]),
    });
    let fingerprint: Fingerprint;
    try {
      fingerprint = await readFingerprint(queryOn(database.db));
    } finally {
      await database.close();
    }
    let movedAside: string | null = null;
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      movedAside = `${dataDir}.before-restore-${clock.now().toISOString().replace(/[-:]/g, '').slice(0, 15)}`;
      fs.renameSync(dataDir, movedAside);
    } else {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.renameSync(staging, dataDir);
    return { fingerprint, movedAside };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    lock.release();
  }
}

/**
 * PostgreSQL: one transaction (psql --single-transaction) drops the schemas, replays the archive (pg_restore's SQL)
 * and renumbers the events' transaction ids when the backup came from a server whose counter ran ahead of this
 * one's; anything failing rolls it all back. Then the app's own migrations bring an older schema forward.
 */
async function restorePostgres(
  url: string,
  payload: Buffer,
  force: boolean,
): Promise<{ fingerprint: Fingerprint; movedAside: null }> {
  const probe = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [row] = await probe`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`;
    const others = Number(row?.n ?? 0);
    if (others > 0 && !force) {
      throw new BackupError(
        `数据库上还有 ${others} 个其他连接 (督办正在运行？)：请先停止所有督办进程再恢复；确认无误时可加 --force`,
      );
    }
  } finally {
    await probe.end({ timeout: 5 });
  }

  const { dbname, env } = pgConnection(url);
  const script = runPgTool('pg_restore', ['--no-owner', '--no-privileges', '--file=-'], env);
  const apply = runPgTool(
    'psql',
    ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', '--no-password', `--dbname=${dbname}`],
    env,
  );
  apply.stdout.resume();
  apply.stdin.write(
    'drop schema if exists drizzle cascade;\ndrop schema if exists public cascade;\ncreate schema public;\n',
  );
  script.stdout.pipe(apply.stdin, { end: false });
  script.stdout.on('end', () => {
    // A transaction id at or past this transaction's own was given out by another server: those events would stay
    // invisible to the event stream (it reads ids below every running transaction's) and sort after new ones.
    // They become this transaction's, the restore's, keeping their order by id.
    apply.stdin.end(
      '\nupdate public.events set transaction_id = pg_current_xact_id() where transaction_id >= pg_current_xact_id();\n',
    );
  });
  script.stdin.end(payload);
  await Promise.all([script.done, apply.done]);

  const database = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  try {
    return { fingerprint: await readFingerprint(queryOn(database.db)), movedAside: null };
  } finally {
    await database.close();
  }
}
