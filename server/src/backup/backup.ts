import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { lockDataDir } from '../db/data-dir-lock';
import type { Clock } from '../shared/clock';
import { type BackupHeader, writeBackupFile } from './backup-file';
import { readFingerprint } from './fingerprint';
import { collect, pgConnection, runPgTool } from './pg-tools';
import { appliedSchemaVersion, type RunQuery } from './schema-version';

/**
 * What a backup is taken from: an open PGlite (the running app's, through `Database.dump`, or one the command line
 * opened with the app stopped), or a PostgreSQL server by its URL.
 */
export type BackupSource =
  | {
      kind: 'pglite';
      /** Runs `work` while nothing else touches the database (the app: inside a transaction, which PGlite serialises). */
      exclusive: <T>(work: (run: RunQuery) => Promise<T>) => Promise<T>;
      dump: () => Promise<Blob>;
    }
  | { kind: 'postgres'; url: string };

export class BackupError extends Error {}

/**
 * Writes one backup file of `source` to `file` and returns its header.
 *
 * What it holds: every transaction committed before the snapshot, so every write acknowledged before the backup
 * began. PostgreSQL: pg_dump reads one snapshot, exported from a repeatable-read transaction in which the
 * fingerprint and the schema version are read too, so all three agree exactly. PGlite: `dumpDataDir` copies the
 * data directory inside one transaction of its own, and PGlite runs one transaction at a time, so the copy falls
 * between the app's transactions: every one committed before is in it (in the write-ahead log, replayed when the
 * copy is opened), the fingerprint read just before agrees with it, and the app's writes wait the copy's few
 * seconds. A CHECKPOINT first keeps that replay short.
 */
export async function takeBackup(source: BackupSource, file: string, clock: Clock): Promise<BackupHeader> {
  const takenAt = clock.now().toISOString();
  if (source.kind === 'pglite') {
    const { schema, fingerprint, tar } = await source.exclusive(async (run) => {
      await run('checkpoint');
      const schema = await appliedSchemaVersion(run);
      if (!schema) throw new BackupError('数据库是空的 (尚未迁移)，没有可备份的内容');
      return { schema, fingerprint: await readFingerprint(run), tar: await source.dump() };
    });
    const payload = gzipSync(Buffer.from(await tar.arrayBuffer()));
    return writeBackupFile(file, { kind: 'pglite', schema, takenAt, fingerprint }, payload);
  }
  const sql = postgres(source.url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    let header: BackupHeader | undefined;
    await sql.begin('isolation level repeatable read read only', async (tx) => {
      const run: RunQuery = (text) => tx.unsafe(text) as unknown as Promise<Record<string, unknown>[]>;
      const [exported] = await run('select pg_export_snapshot() as id');
      const schema = await appliedSchemaVersion(run);
      if (!schema) throw new BackupError('数据库是空的 (尚未迁移)，没有可备份的内容');
      const fingerprint = await readFingerprint(run);
      const { dbname, env } = pgConnection(source.url);
      const dump = runPgTool(
        'pg_dump',
        ['--format=custom', `--snapshot=${String(exported?.id)}`, '--no-password', `--dbname=${dbname}`],
        env,
      );
      dump.stdin.end();
      const [archive] = await Promise.all([collect(dump.stdout), dump.done]);
      header = writeBackupFile(file, { kind: 'postgres', schema, takenAt, fingerprint }, archive);
    });
    return header!;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Opens the PGlite data directory `dataDir` for a backup, without migrating it (a backup before an upgrade must
 * hold the old schema), and under its lock: refused while the app or another command holds it.
 */
export async function openPgliteForBackup(
  dataDir: string,
): Promise<{ source: BackupSource & { kind: 'pglite' }; close(): Promise<void> }> {
  if (!fs.existsSync(dataDir) || fs.readdirSync(dataDir).length === 0) {
    throw new BackupError(`数据目录 ${dataDir} 不存在或是空的：没有可备份的数据库`);
  }
  const lock = lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir });
  } catch (error) {
    lock.release();
    throw new BackupError(`无法打开数据目录 ${dataDir}: ${(error as Error).message}`);
  }
  return {
    source: {
      kind: 'pglite',
      // Nothing else has the directory open (its lock): no transaction needed.
      exclusive: (work) => work(async (text) => (await client.query<Record<string, unknown>>(text)).rows),
      dump: () => client.dumpDataDir('none'),
    },
    close: async () => {
      await client.close();
      lock.release();
    },
  };
}
