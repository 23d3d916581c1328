import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../shared/clock';
import { componentLog } from '../shared/logger';
import type { BackupHeader } from './backup-file';

const log = componentLog('backup');

/** The nightly backup, as BACKUP_DIR, BACKUP_AT and BACKUP_KEEP set it. */
export interface BackupSchedule {
  dir: string;
  /** The time of day, Beijing time, `HH:MM`. */
  at: string;
  /** How many of the schedule's files to keep; older ones are deleted after each new backup. */
  keep: number;
}

/** The files the schedule writes and prunes: `duban-YYYYMMDD-HHMMSS.backup`, Beijing time. Others are never touched. */
const SCHEDULED_FILE = /^duban-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.backup$/;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The schedule's file name for a backup taken at `instant`. */
export function backupFileName(instant: Date): string {
  const t = new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString();
  return `duban-${t.slice(0, 10).replace(/-/g, '')}-${t.slice(11, 19).replace(/:/g, '')}.backup`;
}

/** When the schedule's file `name` was taken, or null for a file that is not one of the schedule's. */
export function takenAtOf(name: string): Date | null {
  const m = SCHEDULED_FILE.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`);
}

/**
 * Which of the files in a backup folder to delete so that the newest `keep` of the schedule's own remain. Files of
 * any other name (a backup made by hand, a note) are never chosen.
 */
export function backupsToDelete(names: readonly string[], keep: number): string[] {
  const ours = names.filter((n) => SCHEDULED_FILE.test(n)).sort();
  return ours.slice(0, Math.max(0, ours.length - Math.max(1, keep)));
}

/** The latest instant at or before `now` when the clock read `at` (HH:MM) in Beijing. */
export function latestSlot(now: Date, at: string): Date {
  const [h = 0, m = 0] = at.split(':').map(Number);
  const chinaMidnight = Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  const slot = chinaMidnight + (h * 60 + m) * 60_000;
  return new Date(slot <= now.getTime() ? slot : slot - DAY_MS);
}

/**
 * Whether a backup is due: none was taken since the latest slot. So an app that was down at 02:00 backs up when it
 * next runs, and one restarted after its backup does not take a second.
 */
export function isDue(now: Date, at: string, lastTakenAt: Date | null): boolean {
  return lastTakenAt === null || lastTakenAt.getTime() < latestSlot(now, at).getTime();
}

/**
 * Runs the nightly backup inside the app: `tick` (every minute on a timer, or by hand in tests with a ManualClock)
 * takes a backup when one is due, then deletes the schedule's files beyond the newest `keep`. A failed backup is
 * reported and tried again at the next slot, not every minute.
 */
export class BackupScheduler {
  private lastTakenAt: Date | null;
  private lastFailedSlot: number | null = null;
  private running: Promise<unknown> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: {
      schedule: BackupSchedule;
      clock: Clock;
      take: (file: string) => Promise<BackupHeader>;
      report?: (line: string, error?: unknown) => void;
    },
  ) {
    fs.mkdirSync(options.schedule.dir, { recursive: true });
    const taken = fs
      .readdirSync(options.schedule.dir)
      .map(takenAtOf)
      .filter((d): d is Date => d !== null)
      .sort((a, b) => a.getTime() - b.getTime());
    this.lastTakenAt = taken.at(-1) ?? null;
  }

  /** Takes a backup if one is due; resolves with its file, or null when none was due (or one is running). */
  async tick(): Promise<string | null> {
    if (this.running) return null;
    const { schedule, clock } = this.options;
    const now = clock.now();
    const slot = latestSlot(now, schedule.at).getTime();
    if (!isDue(now, schedule.at, this.lastTakenAt) || this.lastFailedSlot === slot) return null;
    const file = path.join(schedule.dir, backupFileName(now));
    const work = this.options.take(file);
    this.running = work;
    try {
      const header = await work;
      this.lastTakenAt = now;
      this.lastFailedSlot = null;
      const removed = backupsToDelete(fs.readdirSync(schedule.dir), schedule.keep);
      for (const name of removed) fs.rmSync(path.join(schedule.dir, name), { force: true });
      this.report(
        `已自动备份数据库: ${file} (${(header.payload.bytes / 1_048_576).toFixed(1)} MB, 结构 ${header.schema.tag})${removed.length > 0 ? `，删除旧备份 ${removed.length} 个` : ''}`,
      );
      return file;
    } catch (error) {
      this.lastFailedSlot = slot;
      this.report(`自动备份失败，将在下一个备份时间重试: ${(error as Error).message}`, error);
      return null;
    } finally {
      this.running = null;
    }
  }

  /** Ticks every `everyMs` (a minute by default) until `stop`; the timer never keeps the process alive. */
  start(everyMs = 60_000): void {
    this.timer ??= setInterval(() => void this.tick(), everyMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a backup in progress, so that shutdown never closes the database under it. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
  }

  private report(line: string, error?: unknown): void {
    if (this.options.report) this.options.report(line, error);
    else if (error) log.error({ err: error }, line);
    else log.info(line);
  }
}
