import fs from 'node:fs';

/**
 * PGlite is one process's database: two processes writing one data directory corrupt it, and PGlite itself takes
 * no lock. So every opener (the app, the command lines, backup and restore) takes this one: a file beside the data
 * directory (`<dir>.lock`, never inside it, where a backup of the directory would carry it along) holding the
 * owner's process id. A lock whose process is gone (killed, crashed) is taken over.
 */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dataDir} 正由进程 ${pid} 使用 (督办正在运行？)：嵌入式数据库同一时间只能由一个进程打开，请先停止该进程`,
    );
  }
}

/** The lock file of a data directory. */
export function lockPathOf(dataDir: string): string {
  return `${dataDir.replace(/[/\\]+$/, '')}.lock`;
}

/** The process holding `dataDir`, or null when nobody alive does. */
export function dataDirHolder(dataDir: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(lockPathOf(dataDir), 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** Takes the lock of `dataDir` for this process, or throws DataDirLockedError naming the live holder. */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockPath = lockPathOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      return {
        path: lockPath,
        release: () => {
          if (released) return;
          released = true;
          fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = dataDirHolder(dataDir);
      if (holder !== null) throw new DataDirLockedError(dataDir, holder);
      // Left by a process that is gone: take it over (once; a second EEXIST means another opener won the race).
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, dataDirHolder(dataDir) ?? 0);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
