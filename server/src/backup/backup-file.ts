import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Fingerprint } from './fingerprint';
import type { SchemaVersion } from './schema-version';

/**
 * One backup is one file: a first line `DUBAN-BACKUP 1`, a second line of JSON (the header below), then the
 * payload's bytes. The header is readable with `head -2`; the payload is a gzipped PGlite data-directory tar
 * (`dumpDataDir`) or a `pg_dump --format=custom` archive, as `kind` says.
 */
export const MAGIC = 'DUBAN-BACKUP 1';

export type BackupKind = 'pglite' | 'postgres';

export interface BackupHeader {
  kind: BackupKind;
  /** The newest migration applied to the database when it was backed up. */
  schema: SchemaVersion;
  /** When the backup's snapshot was taken (ISO, UTC). */
  takenAt: string;
  /** What the database held at that snapshot, for `restore` to compare with what it rebuilt. */
  fingerprint: Fingerprint;
  payload: { encoding: 'pglite-tar+gzip' | 'pg_dump-custom'; bytes: number; sha256: string };
}

export class BackupFileError extends Error {}

/** Writes the backup to `file` through a temporary sibling, so that a file with the final name is always whole. */
export function writeBackupFile(file: string, header: Omit<BackupHeader, 'payload'>, payload: Buffer): BackupHeader {
  const full: BackupHeader = {
    ...header,
    payload: {
      encoding: header.kind === 'pglite' ? 'pglite-tar+gzip' : 'pg_dump-custom',
      bytes: payload.length,
      sha256: createHash('sha256').update(payload).digest('hex'),
    },
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w');
  try {
    fs.writeSync(fd, `${MAGIC}\n${JSON.stringify(full)}\n`);
    fs.writeSync(fd, payload);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
  return full;
}

/** Reads and checks a backup file: its first line, its header, and that the payload is whole (length, sha256). */
export function readBackupFile(file: string): { header: BackupHeader; payload: Buffer } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new BackupFileError(`无法读取备份文件 ${file}: ${(error as Error).message}`);
  }
  const first = bytes.indexOf(0x0a);
  const second = first < 0 ? -1 : bytes.indexOf(0x0a, first + 1);
  if (first < 0 || second < 0 || bytes.subarray(0, first).toString('utf8') !== MAGIC) {
    throw new BackupFileError(`${file} 不是督办的备份文件 (应以 "${MAGIC}" 开头)`);
  }
  let header: BackupHeader;
  try {
    header = JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as BackupHeader;
  } catch {
    throw new BackupFileError(`备份文件 ${file} 的文件头已损坏`);
  }
  if ((header.kind !== 'pglite' && header.kind !== 'postgres') || !header.schema || !header.payload) {
    throw new BackupFileError(`备份文件 ${file} 的文件头不完整`);
  }
  const payload = bytes.subarray(second + 1);
  const sha256 = createHash('sha256').update(payload).digest('hex');
  if (payload.length !== header.payload.bytes || sha256 !== header.payload.sha256) {
    throw new BackupFileError(
      `备份文件 ${file} 不完整或已损坏 (内容 ${payload.length} 字节，应为 ${header.payload.bytes} 字节，校验值不符)`,
    );
  }
  return { header, payload };
}
