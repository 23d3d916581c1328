import type { Env } from '../config/env';
import { resolveFromRoot } from '../config/env';
import type { Database } from '../db/client';
import type { Clock } from '../shared/clock';
import { type BackupSource, takeBackup } from './backup';
import { BackupScheduler } from './backup-schedule';
import { queryOn } from './schema-version';

export { BackupError, type BackupSource, openPgliteForBackup, takeBackup } from './backup';
export { BackupFileError, type BackupHeader, readBackupFile } from './backup-file';
export {
  type BackupSchedule,
  BackupScheduler,
  backupFileName,
  backupsToDelete,
  isDue,
  latestSlot,
} from './backup-schedule';
export { type Fingerprint, fingerprintDifferences, readFingerprint } from './fingerprint';
export { PgToolError } from './pg-tools';
export { type RestoreReport, type RestoreTarget, restoreBackup } from './restore';
export { appliedSchemaVersion, checkSchemaFit, knownMigrations, queryOn, type SchemaVersion } from './schema-version';

/** The running app's own database as a backup source: its open PGlite, or its PostgreSQL server. */
export function backupSourceOf(database: Database, databaseUrl: string | undefined): BackupSource {
  if (database.kind === 'postgres') return { kind: 'postgres', url: databaseUrl! };
  return {
    kind: 'pglite',
    exclusive: (work) => database.db.transaction((tx) => work(queryOn(tx))),
    dump: () => database.dump!(),
  };
}

/** The nightly backup the app runs when BACKUP_DIR is set, started; null when it is not set. */
export function startBackupSchedule(env: Env, database: Database, clock: Clock): BackupScheduler | null {
  if (!env.BACKUP_DIR) return null;
  const source = backupSourceOf(database, env.DATABASE_URL);
  const scheduler = new BackupScheduler({
    schedule: { dir: resolveFromRoot(env.BACKUP_DIR), at: env.BACKUP_AT, keep: env.BACKUP_KEEP },
    clock,
    take: (file) => takeBackup(source, file, clock),
  });
  scheduler.start();
  return scheduler;
}
