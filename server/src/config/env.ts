import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so relative paths in the configuration mean the same from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
    } catch {
      return false;
    }
  }, '必须是 postgres://用户@主机:端口/数据库 形式的地址 (must be a postgres:// URL)');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Interface to listen on; empty means every interface (a wall screen on the intranet must reach it). */
  HOST: z.string().trim().default(''),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** A PostgreSQL server; when unset, the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: databaseUrl.optional(),
  /** Where the embedded database keeps its files. */
  DATA_DIR: z.string().trim().min(1).default('.data/pglite'),
  /** Seed the Boshan plan (once) at start-up. */
  SEED_PLANS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** The PostgreSQL server the test suite also runs against when set. */
  TEST_DATABASE_URL: databaseUrl.optional(),
  /** Pool size for a PostgreSQL server. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses and validates the environment once; every other module receives what it needs from here. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`配置错误 ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Resolves a configured path against the repository root. */
export function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.resolve(repoRoot, p);
}
