import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../shared/clock';
import type { BackupHeader } from './backup-file';
import { BackupScheduler, backupFileName, backupsToDelete, isDue, latestSlot } from './backup-schedule';
import { checkSchemaFit, knownMigrations } from './schema-version';

describe('which nightly backups are kept', () => {
  const nights = Array.from({ length: 9 }, (_, i) => `duban-202512${String(i + 1).padStart(2, '0')}-020000.backup`);

  it('deletes the oldest of the schedule’s files beyond the newest N, in any listing order', () => {
    expect(backupsToDelete([...nights].reverse(), 7)).toEqual([nights[0], nights[1]]);
    expect(backupsToDelete(nights.slice(0, 7), 7)).toEqual([]);
  });

  it('never chooses a file the schedule did not write', () => {
    const names = [...nights, 'before-upgrade.backup', 'duban-20250101-020000.backup.partial', 'notes.txt'];
    const deleted = backupsToDelete(names, 3);
    expect(deleted).toEqual(nights.slice(0, 6));
  });

  it('keeps at least the newest one whatever N says', () => {
    expect(backupsToDelete(nights, 0)).toEqual(nights.slice(0, 8));
  });
});

describe('when the nightly backup is due (Beijing time)', () => {
  it('names its file by the Beijing date and time', () => {
    expect(backupFileName(new Date('2025-12-07T18:00:00Z'))).toBe('duban-20251208-020000.backup');
  });

  it('finds the latest 02:00 in Beijing at or before now', () => {
    expect(latestSlot(new Date('2025-12-08T01:59:00+08:00'), '02:00').toISOString()).toBe('2025-12-06T18:00:00.000Z');
    expect(latestSlot(new Date('2025-12-08T02:00:00+08:00'), '02:00').toISOString()).toBe('2025-12-07T18:00:00.000Z');
    expect(latestSlot(new Date('2025-12-08T23:30:00+08:00'), '23:45').toISOString()).toBe('2025-12-07T15:45:00.000Z');
  });

  it('is due when no backup was taken since the latest slot, including after a night the app was down', () => {
    const at = '02:00';
    expect(isDue(new Date('2025-12-08T02:00:00+08:00'), at, null)).toBe(true);
    expect(isDue(new Date('2025-12-08T02:00:00+08:00'), at, new Date('2025-12-07T02:00:30+08:00'))).toBe(true);
    expect(isDue(new Date('2025-12-08T09:00:00+08:00'), at, new Date('2025-12-08T02:00:30+08:00'))).toBe(false);
    expect(isDue(new Date('2025-12-10T09:00:00+08:00'), at, new Date('2025-12-08T02:00:30+08:00'))).toBe(true);
  });
});

describe('the nightly schedule on a fast clock', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function scheduler(clock: ManualClock, keep: number, fail?: () => boolean) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-schedule-'));
    dirs.push(dir);
    const taken: string[] = [];
    const lines: string[] = [];
    const make = (dir: string) =>
      new BackupScheduler({
        schedule: { dir, at: '02:00', keep },
        clock,
        report: (line) => lines.push(line),
        take: async (file) => {
          if (fail?.()) throw new Error('pg_dump 失败');
          fs.writeFileSync(file, 'backup');
          taken.push(path.basename(file));
          return { payload: { bytes: 6 }, schema: { tag: '0016_plan_import' } } as BackupHeader;
        },
      });
    return { dir, taken, lines, make, it: make(dir) };
  }

  it('backs up once a night at 02:00 and keeps the last 7 of them', async () => {
    const clock = new ManualClock('2025-12-01T01:59:00+08:00');
    const s = scheduler(clock, 7);
    // A fresh install backs up at its first tick, then waits for the next 02:00.
    expect(await s.it.tick()).not.toBeNull();
    expect(await s.it.tick()).toBeNull();
    for (let day = 1; day <= 10; day += 1) {
      clock.set(`2025-12-${String(day).padStart(2, '0')}T01:59:00+08:00`);
      if (day > 1) expect(await s.it.tick()).toBeNull();
      clock.set(`2025-12-${String(day).padStart(2, '0')}T02:00:00+08:00`);
      expect(await s.it.tick()).toMatch(/duban-202512\d\d-020000\.backup$/);
      clock.set(`2025-12-${String(day).padStart(2, '0')}T14:00:00+08:00`);
      expect(await s.it.tick()).toBeNull();
    }
    expect(s.taken).toHaveLength(11);
    expect(fs.readdirSync(s.dir).sort()).toEqual(
      Array.from({ length: 7 }, (_, i) => `duban-202512${String(i + 4).padStart(2, '0')}-020000.backup`),
    );
    expect(s.lines.at(-1)).toMatch(/已自动备份数据库: .*，删除旧备份 1 个/);
  });

  it('after a restart, does not back up again the same night, and catches up a missed one', async () => {
    const clock = new ManualClock('2025-12-08T02:00:00+08:00');
    const s = scheduler(clock, 7);
    expect(await s.it.tick()).not.toBeNull();
    clock.set('2025-12-08T08:00:00+08:00');
    expect(await s.make(s.dir).tick()).toBeNull();
    clock.set('2025-12-10T08:00:00+08:00');
    expect(await s.make(s.dir).tick()).toMatch(/duban-20251210-080000\.backup$/);
  });

  it('reports a failed backup and tries again at the next slot, not at every tick', async () => {
    const clock = new ManualClock('2025-12-08T02:00:00+08:00');
    let failing = true;
    const s = scheduler(clock, 7, () => failing);
    expect(await s.it.tick()).toBeNull();
    expect(s.lines).toEqual(['自动备份失败，将在下一个备份时间重试: pg_dump 失败']);
    failing = false;
    clock.set('2025-12-08T02:01:00+08:00');
    expect(await s.it.tick()).toBeNull();
    clock.set('2025-12-09T02:00:00+08:00');
    expect(await s.it.tick()).not.toBeNull();
  });
});

describe('whether a backup’s schema fits this build', () => {
  const known = knownMigrations();
  const newest = known.at(-1)!;

  it('restores the same version as it is, and an older one to be migrated forward', () => {
    expect(checkSchemaFit(newest, known)).toEqual({ fits: true, migrateFrom: null });
    expect(checkSchemaFit(known[3]!, known)).toEqual({ fits: true, migrateFrom: known[3] });
  });

  it('refuses a newer schema, or one this build never had, with a Chinese reason', () => {
    const newer = { index: newest.index + 1, tag: '0099_future', when: newest.when + 1000 };
    const refused = checkSchemaFit(newer, known);
    expect(refused).toEqual({ fits: false, reason: expect.stringContaining('备份来自较新的数据库结构 (0099_future)') });
    const stranger = checkSchemaFit({ index: 3, tag: '0003_other', when: known[3]!.when }, known);
    expect(stranger).toEqual({ fits: false, reason: expect.stringContaining('不在本程序的迁移记录中') });
  });
});
