import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import {
  backupSourceOf,
  knownMigrations,
  openPgliteForBackup,
  queryOn,
  type RestoreTarget,
  readBackupFile,
  readFingerprint,
  restoreBackup,
  takeBackup,
} from '../server/src/backup';
import { readEnv, repoRoot } from '../server/src/config/env';
import { type Database, migrationsFolder, openDatabase } from '../server/src/db/client';
import { lockDataDir } from '../server/src/db/data-dir-lock';
import { START } from '../server/src/realtime/event-cursor';
import { readEventsAfter } from '../server/src/realtime/event-reader';
import { ManualClock } from '../server/src/shared/clock';
import { startTestApp } from './kit/app';
import { startServerProcess } from './kit/process';
import { until } from './kit/wait';

/**
 * Backup and restore (issue 17, part 7): a backup of the running app while departments post reports, the database
 * wiped, the backup restored; nothing acknowledged before the backup began is lost, and the rebuilt database has
 * the fingerprint (row counts, the event log's hash) the backup recorded. On PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL is set (pg_dump and psql from Debian's postgresql-client).
 */

const serverUrl = readEnv().TEST_DATABASE_URL;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-backup-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const REPORT = {
  planCode: 'boshan-ip-2022-2025',
  measureCode: 'P1.1',
  departmentCode: 'finance',
  period: '2025-11',
  status: 'ON_TRACK',
  percentComplete: 60,
  summary: '落实知识产权专项资金',
};

/** Wipes a PostgreSQL database as a lost server would leave it: no tables, no migrations. */
async function wipePostgres(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe('drop schema if exists drizzle cascade; drop schema public cascade; create schema public;');
    const [left] = await sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`;
    expect(left?.n).toBe(0);
  } finally {
    await sql.end();
  }
}

/** Opens what a restore rebuilt, runs `read` on it and closes it. */
async function readRestored<T>(target: RestoreTarget, read: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(
    target.kind === 'pglite' ? { kind: 'pglite', dataDir: target.dataDir } : { kind: 'postgres', url: target.url },
  );
  try {
    return await read(database);
  } finally {
    await database.close();
  }
}

describe('backing up the running app and restoring it after the database is lost', { timeout: 300_000 }, () => {
  it('keeps every report acknowledged before the backup began, and rebuilds the backup’s fingerprint', async () => {
    const clock = new ManualClock('2025-12-08T09:00:00+08:00');
    const app = await startTestApp({ clock });
    const file = path.join(scratch, 'online.backup');
    let target: RestoreTarget | undefined;
    try {
      const finance = await app.as('finance');
      const acknowledged: number[] = [];
      let writing = true;
      const writer = async (name: string) => {
        for (let i = 0; writing; i += 1) {
          const result = await finance.gql<{ submitProgressReport: { id: string } }>(SUBMIT, {
            i: { ...REPORT, summary: `${REPORT.summary} (${name}-${i})` },
          });
          if (!result.data) throw new Error(`report refused: ${JSON.stringify(result.errors)}`);
          acknowledged.push(Number(result.data.submitProgressReport.id));
        }
      };
      const writers = [writer('甲'), writer('乙')];
      await until(() => acknowledged.length >= 6, { message: 'the departments’ reports were never acknowledged' });

      const before = [...acknowledged];
      const header = await takeBackup(backupSourceOf(app.database, app.database.url ?? undefined), file, clock);
      const afterBackup = acknowledged.length;
      // The app kept answering: reports went on being acknowledged after the backup.
      await until(() => acknowledged.length >= afterBackup + 3, {
        message: 'no report was acknowledged after the backup',
      });
      writing = false;
      await Promise.all(writers);

      expect(readBackupFile(file).header).toEqual(header);
      expect(header.kind).toBe(serverUrl ? 'postgres' : 'pglite');
      expect(header.schema.tag).toBe(knownMigrations().at(-1)!.tag);
      expect(header.fingerprint.rows.progress_reports).toBeGreaterThanOrEqual(before.length);
      const live = await readFingerprint(queryOn(app.database.db));
      expect(live.rows.progress_reports).toBe(acknowledged.length);

      // The database is lost: the app stops, and its database is wiped (PGlite in memory: gone with the app).
      await app.server.close();
      await app.database.close();
      if (app.database.url) {
        await wipePostgres(app.database.url);
        target = { kind: 'postgres', url: app.database.url };
      } else {
        target = { kind: 'pglite', dataDir: path.join(scratch, 'restored') };
      }

      const report = await restoreBackup(target, file, { clock });
      expect(report.differences).toEqual([]);
      expect(report.fingerprint).toEqual(header.fingerprint);
      expect(report.migratedFrom).toBeNull();

      const restored = await readRestored(target, async ({ db }) => {
        const ids = await queryOn(db)('select id from progress_reports');
        const events = await readEventsAfter(db, START, 100_000);
        return { ids: new Set(ids.map((r) => Number(r.id))), events: events.length };
      });
      const lost = before.filter((id) => !restored.ids.has(id));
      expect(lost, 'reports acknowledged before the backup began and missing after the restore').toEqual([]);
      expect(restored.ids.size).toBe(header.fingerprint.rows.progress_reports);
      // The event stream reads the whole restored log.
      expect(restored.events).toBe(header.fingerprint.events.count);
    } finally {
      await app.database.destroy();
    }
  });

  it.skipIf(!serverUrl)(
    'renumbers the events of a backup from a server whose transaction counter ran ahead, so that the event stream reads them before new ones',
    async () => {
      const clock = new ManualClock('2025-12-08T09:00:00+08:00');
      const app = await startTestApp({ clock });
      const url = app.database.url!;
      const file = path.join(scratch, 'ahead.backup');
      try {
        await app.server.close();
        const sql = postgres(url, { max: 1, onnotice: () => {} });
        // Another server's ids: far beyond anything this one has given out.
        await sql`update events set transaction_id = (pg_current_xact_id()::text::bigint + 1000000000)::text::xid8`;
        await sql.end();
        const header = await takeBackup({ kind: 'postgres', url }, file, clock);
        await app.database.close();
        await wipePostgres(url);
        const report = await restoreBackup({ kind: 'postgres', url }, file, { clock });
        expect(report.differences).toEqual([]);

        const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
        try {
          expect(await readEventsAfter(database.db, START, 100_000)).toHaveLength(header.fingerprint.events.count);
          await queryOn(database.db)(`insert into events (type, payload) values ('PLAN_CREATED', '{}')`);
          const all = await readEventsAfter(database.db, START, 100_000);
          expect(all).toHaveLength(header.fingerprint.events.count + 1);
          expect(all.at(-1)?.row.type).toBe('PLAN_CREATED');
          expect(all.at(-1)?.row.id).toBe(Math.max(...all.map((e) => e.row.id)));
        } finally {
          await database.close();
        }
      } finally {
        await app.database.destroy();
      }
    },
  );
});

describe('what restore refuses', { timeout: 300_000 }, () => {
  it('refuses a damaged file and a backup from a newer schema with a Chinese reason, touching nothing', async () => {
    const clock = new ManualClock('2025-12-08T09:00:00+08:00');
    const app = await startTestApp({ clock });
    const file = path.join(scratch, 'refused.backup');
    try {
      await takeBackup(backupSourceOf(app.database, app.database.url ?? undefined), file, clock);
      const before = await readFingerprint(queryOn(app.database.db));
      const target: RestoreTarget = app.database.url
        ? { kind: 'postgres', url: app.database.url }
        : { kind: 'pglite', dataDir: path.join(scratch, 'untouched') };

      const bytes = fs.readFileSync(file);
      const truncated = path.join(scratch, 'truncated.backup');
      fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 100));
      await expect(restoreBackup(target, truncated, { clock, force: true })).rejects.toThrow(/不完整或已损坏/);

      const newest = knownMigrations().at(-1)!;
      const { header, payload } = readBackupFile(file);
      const future = path.join(scratch, 'future.backup');
      const futureHeader = {
        ...header,
        schema: { index: newest.index + 1, tag: '0099_future', when: newest.when + 1 },
      };
      fs.writeFileSync(
        future,
        Buffer.concat([Buffer.from(`DUBAN-BACKUP 1\n${JSON.stringify(futureHeader)}\n`), payload]),
      );
      await expect(restoreBackup(target, future, { clock, force: true })).rejects.toThrow(
        `备份来自较新的数据库结构 (0099_future)，本程序只认识到 ${newest.tag}`,
      );

      const other = path.join(scratch, 'other-kind.backup');
      const otherHeader = { ...header, kind: header.kind === 'pglite' ? 'postgres' : 'pglite' };
      fs.writeFileSync(
        other,
        Buffer.concat([Buffer.from(`DUBAN-BACKUP 1\n${JSON.stringify(otherHeader)}\n`), payload]),
      );
      await expect(restoreBackup(target, other, { clock, force: true })).rejects.toThrow(/不能恢复到/);

      if (target.kind === 'pglite') expect(fs.existsSync(target.dataDir)).toBe(false);
      expect(await readFingerprint(queryOn(app.database.db))).toEqual(before);
    } finally {
      await app.close();
    }
  });
});

describe.skipIf(serverUrl)('an older backup on the embedded database', { timeout: 300_000 }, () => {
  it('is restored, then migrated to this build’s schema', async () => {
    const clock = new ManualClock('2025-12-08T09:00:00+08:00');
    const known = knownMigrations();
    const older = known.at(-3)!;
    // A build of three migrations ago: its migrations folder ends there.
    const oldFolder = path.join(scratch, 'old-migrations');
    fs.cpSync(migrationsFolder, oldFolder, { recursive: true });
    const journalFile = path.join(oldFolder, 'meta/_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.slice(0, older.index + 1);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const oldDir = path.join(scratch, 'old-data');
    const client = await PGlite.create({ dataDir: oldDir });
    await migrate(drizzle(client), { migrationsFolder: oldFolder });
    await client.close();

    const opened = await openPgliteForBackup(oldDir);
    const file = path.join(scratch, 'older.backup');
    const header = await takeBackup(opened.source, file, clock).finally(() => opened.close());
    expect(header.schema).toEqual(older);
    expect(header.fingerprint.rows.plan_documents).toBeUndefined();

    const report = await restoreBackup({ kind: 'pglite', dataDir: path.join(scratch, 'migrated') }, file, { clock });
    expect(report.migratedFrom).toEqual(older);
    expect(report.migratedTo).toEqual(known.at(-1));
    expect(report.differences).toEqual([]);
    expect(report.fingerprint.rows.plan_documents).toBe(0);
  });
});

/** Runs `pnpm backup` / `pnpm restore` (the CLI without pnpm) on the embedded database in `dataDir`. */
function cli(args: string[], dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/backup.cli.ts', ...args], {
      cwd: path.join(repoRoot, 'server'),
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, INIT_CWD: scratch },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const append = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe.skipIf(serverUrl)('pnpm backup and pnpm restore on the embedded database', { timeout: 600_000 }, () => {
  it('refuse while the app holds the data directory; with it stopped, back up and rebuild a wiped one', async () => {
    const dataDir = path.join(scratch, 'app-data');
    const app = startServerProcess({
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      SUPERVISE_INTERVAL_SECONDS: '0',
    });
    try {
      await app.waitFor(/督办已启动/);
      const refused = await cli(['backup', 'while-running.backup'], dataDir);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/数据目录 .* 正由进程 \d+ 使用/);
      expect(fs.existsSync(path.join(scratch, 'while-running.backup'))).toBe(false);
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
    }

    const backup = await cli(['backup', 'cli.backup'], dataDir);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`已备份到 ${path.join(scratch, 'cli.backup')}`);
    const { header } = readBackupFile(path.join(scratch, 'cli.backup'));
    expect(header.fingerprint.rows.users).toBeGreaterThan(0);

    // Another process (this test) holding the directory: restore refuses too, and leaves it as it was.
    const held = lockDataDir(dataDir);
    try {
      const refused = await cli(['restore', 'cli.backup'], dataDir);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`正由进程 ${process.pid} 使用`);
    } finally {
      held.release();
    }

    fs.rmSync(dataDir, { recursive: true, force: true });
    const restore = await cli(['restore', 'cli.backup'], dataDir);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toContain('核对: 各表行数与事件日志均与备份时一致');
    const fingerprint = await readRestored({ kind: 'pglite', dataDir }, ({ db }) => readFingerprint(queryOn(db)));
    expect(fingerprint).toEqual(header.fingerprint);

    // Restoring over a directory keeps the old one aside rather than deleting it.
    const again = await cli(['restore', 'cli.backup'], dataDir);
    expect(again.code, again.output).toBe(0);
    const aside = /原数据目录已移到 (\S+)/.exec(again.output)?.[1];
    expect(aside && fs.existsSync(aside)).toBe(true);
  });
});
