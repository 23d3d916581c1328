import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type Cidr, parseCidr } from '../shared/address-range';
import { type Clock, parseClock, systemClock } from '../shared/clock';
import { LOG_LEVELS, type LogSettings } from '../shared/logger';

/** Whether this is the production build (server/dist), not the sources run by tsx or vitest. */
/** Set (to true) by the production build (scripts/build.mjs), which puts this module in server/dist/<entry>.js. */
declare const DUBAN_BUNDLED: boolean | undefined;

/**
 * The repository root (or the unpacked release's, which has the same layout), so relative paths in the
 * configuration mean the same from any working directory: from server/src/config/ in the sources, from server/dist/
 * in the build.
 */
export const bundled = typeof DUBAN_BUNDLED !== 'undefined' && DUBAN_BUNDLED;
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), bundled ? '../..' : '../../..');

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
  /** Where pnpm was started (pnpm sets it): a command line's relative paths are relative to it. */
  INIT_CWD: z.string().optional(),
  /** Seed the Boshan plan (once) at start-up. */
  SEED_PLANS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** The PostgreSQL server the test suite also runs against when set. */
  TEST_DATABASE_URL: databaseUrl.optional(),
  /** Pool size for a PostgreSQL server. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a login lasts. */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  /** Failed logins in a row before an account is locked, and for how long. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  /** Added per failed attempt before a failed login answers, to slow guessing. */
  LOGIN_FAILURE_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(300),
  /** How often open WebSockets re-check that their login is still valid. */
  WS_AUTH_RECHECK_SECONDS: z.coerce.number().positive().max(3600).default(30),
  /** A socket that has not sent connection_init by then is closed. */
  WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Schema introspection; on by default outside production. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** How often warnings are swept for changes (WARNING_CHANGED events); 0 turns the sweep off. */
  SUPERVISE_INTERVAL_SECONDS: z.coerce.number().min(0).max(3600).default(60),
  /** Where the app writes its nightly backups; unset: no scheduled backup. */
  BACKUP_DIR: z.string().trim().min(1).optional(),
  /** The time of the nightly backup, Beijing time. */
  BACKUP_AT: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '必须是 HH:MM 形式的时间，如 02:00 (must be HH:MM)')
    .default('02:00'),
  /** How many nightly backups to keep; older ones are deleted. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  /**
   * Run the rules at another time: `2025-12-01` or an ISO date-time starts the clock there; `@N` runs it N times
   * faster (`2025-12-01@1440`: a day a minute); `fixed:…` stops it.
   */
  DUBAN_CLOCK: z
    .string()
    .trim()
    .refine((value) => {
      try {
        parseClock(value);
        return true;
      } catch {
        return false;
      }
    }, '必须是 ISO 日期或时间，如 2025-12-01、2025-12-01@1440 或 fixed:2025-12-01T09:00:00+08:00 (must be an ISO date or date-time, optionally @speed)')
    .optional(),
  /**
   * The SMTP server reminders are e-mailed through: smtp://user:pass@host:port (STARTTLS when offered) or smtps://
   * (TLS from the start). Unset: no e-mail is sent.
   */
  SMTP_URL: z
    .string()
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
      } catch {
        return false;
      }
    }, '必须是 smtp://用户:密码@主机:端口 或 smtps://… 形式的地址 (must be an smtp:// or smtps:// URL)')
    .optional(),
  /** The From of reminder e-mails. */
  MAIL_FROM: z.string().trim().min(3).default('督办平台 <duban@localhost>'),
  /**
   * Where people reach the dashboard (from phones on the intranet too): links in e-mails and robot messages start
   * with it. By default the machine's first intranet address and PORT.
   */
  PUBLIC_URL: z
    .string()
    .trim()
    .url('必须是完整网址，如 http://10.1.2.3:4000 (must be a URL)')
    .refine((value) => /^https?:\/\//.test(value), '必须以 http:// 或 https:// 开头 (must be http or https)')
    .optional(),
  /** The least severe log line written: fatal, error, warn, info (default), debug, trace or silent. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** `json` (one object a line, the default in production) or `pretty` (readable, the default otherwise). */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /**
   * Who may read /metrics: a comma-separated list of addresses and CIDR ranges (IPv4 or IPv6). Loopback only by
   * default; `none` allows no address (then only METRICS_TOKEN opens it).
   */
  METRICS_ALLOW: z
    .string()
    .trim()
    .default('127.0.0.1/8,::1')
    .refine(
      (value) => value === 'none' || value.split(',').every((part) => parseCidr(part.trim()) !== null),
      '必须是以逗号分隔的地址或网段，如 127.0.0.1,10.0.0.0/8 (must be addresses or CIDR ranges, comma-separated)',
    ),
  /** A bearer token that opens /metrics from any address (for a Prometheus elsewhere on the intranet). */
  METRICS_TOKEN: z.string().trim().min(16, '至少 16 个字符 (at least 16 characters)').optional(),
});

export type Env = z.infer<typeof envSchema>;

/** The settings of authentication and request limits, as the server receives them. */
export interface SecuritySettings {
  production: boolean;
  introspection: boolean;
  sessionTtlMs: number;
  loginMaxFailures: number;
  loginLockMs: number;
  loginFailureDelayMs: number;
  wsAuthRecheckMs: number;
  wsConnectionInitTimeoutMs: number;
}

/** Derives the security settings from a parsed environment. */
export function securitySettings(env: Env): SecuritySettings {
  const production = env.NODE_ENV === 'production';
  return {
    production,
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : !production,
    sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000,
    loginMaxFailures: env.LOGIN_MAX_FAILURES,
    loginLockMs: env.LOGIN_LOCK_MINUTES * 60_000,
    loginFailureDelayMs: env.LOGIN_FAILURE_DELAY_MS,
    wsAuthRecheckMs: env.WS_AUTH_RECHECK_SECONDS * 1000,
    wsConnectionInitTimeoutMs: env.WS_CONNECTION_INIT_TIMEOUT_MS,
  };
}

/** How the process logs: LOG_LEVEL, and LOG_FORMAT or JSON in production, readable lines otherwise. */
export function logSettings(env: Env): LogSettings {
  return { level: env.LOG_LEVEL, format: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty') };
}

/** Who may scrape /metrics: these address ranges, or whoever sends this bearer token. */
export interface MetricsAccess {
  allow: Cidr[];
  token: string | null;
}

/** Derives /metrics access from a parsed environment. */
export function metricsAccess(env: Env): MetricsAccess {
  const allow =
    env.METRICS_ALLOW === 'none'
      ? []
      : env.METRICS_ALLOW.split(',').flatMap((part) => {
          const cidr = parseCidr(part.trim());
          return cidr ? [cidr] : [];
        });
  return { allow, token: env.METRICS_TOKEN ?? null };
}

/** The clock the rules run at: the machine's, unless DUBAN_CLOCK moves it. */
export function clockFrom(env: Env): Clock {
  return env.DUBAN_CLOCK ? parseClock(env.DUBAN_CLOCK) : systemClock;
}

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

/** The environment a child program (pg_dump, psql) runs with: this process's, with `extra` added. */
export function childProcessEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** Resolves a configured path against the repository root. */
export function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.resolve(repoRoot, p);
}
