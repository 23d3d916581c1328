import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { childProcessEnv } from '../config/env';

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore, psql), from Debian's postgresql-client-NN: on PATH, else
 * the newest /usr/lib/postgresql/NN/bin. pg_dump refuses a server newer than itself, so the client's major version
 * must be at least the server's.
 */
export type PgTool = 'pg_dump' | 'pg_restore' | 'psql';

export class PgToolError extends Error {}

/** The path of a PostgreSQL client program, or a PgToolError saying what to install. */
export function findPgTool(tool: PgTool, searchPath: string = childProcessEnv().PATH ?? ''): string {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    if (isExecutable(candidate)) return candidate;
  }
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const candidate = path.join(root, version, 'bin', tool);
    if (isExecutable(candidate)) return candidate;
  }
  throw new PgToolError(
    `找不到 ${tool}：请安装与数据库服务器同版本或更新的 PostgreSQL 客户端 (Debian: apt-get install postgresql-client)`,
  );
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The connection for a client program: the URL without its password, which goes in PGPASSWORD instead, so that it
 * never shows in the process list.
 */
export function pgConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: childProcessEnv({ ...(password ? { PGPASSWORD: password } : {}), PGAPPNAME: 'duban-backup' }),
  };
}

export interface ToolRun {
  stdin: Writable;
  stdout: Readable;
  /** Resolves when the program exits 0; rejects with its stderr otherwise. */
  done: Promise<void>;
}

/** Starts a PostgreSQL client program. */
export function runPgTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv): ToolRun {
  const child = spawn(findPgTool(tool, env.PATH), args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new PgToolError(`${tool} 无法运行: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new PgToolError(`${tool} 失败 (退出码 ${code}): ${stderr.trim()}`)),
    );
  });
  return { stdin: child.stdin, stdout: child.stdout, done };
}

/** Collects a stream into one buffer. */
export async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
