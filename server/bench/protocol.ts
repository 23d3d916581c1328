/**
 * What the bench's parent process and its two server children (serve-app.ts, serve-floor.ts) say to each other.
 * The children run in their own processes so that the load generator never competes with them for an event loop.
 */

/** The plan codes under load: the seeded document and the synthetic plan 100 times its size. */
export const SEEDED_PLAN = 'boshan-ip-2022-2025';
export const SCALE_FACTOR = 100;
export const SCALED_PLAN = `${SEEDED_PLAN}-x${SCALE_FACTOR}`;

/** Where a child finds its data: the bench database on a PostgreSQL server, or its own in-memory PGlite. */
export type BenchTarget = { kind: 'postgres'; url: string } | { kind: 'pglite' };

/** The environment variable the parent passes the target in, as JSON. */
export const TARGET_ENV = 'BENCH_TARGET';

/** Child → parent. */
export type ChildMessage =
  | { type: 'ready'; port: number; token?: string }
  | { type: 'statements'; requestId: number; statements: number }
  | { type: 'failed'; message: string };

/** Parent → child. */
export type ParentMessage = { type: 'statements'; requestId: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** IPC messages arrive as `unknown`; these guards keep the two sides honest without casts. */
export function isChildMessage(value: unknown): value is ChildMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return typeof value.port === 'number';
    case 'statements':
      return typeof value.requestId === 'number' && typeof value.statements === 'number';
    case 'failed':
      return typeof value.message === 'string';
    default:
      return false;
  }
}

export function isParentMessage(value: unknown): value is ParentMessage {
  return isRecord(value) && value.type === 'statements' && typeof value.requestId === 'number';
}

/** Reads the target a child was started for; a child started by hand without one fails loudly. */
export function readTarget(env: NodeJS.ProcessEnv = process.env): BenchTarget {
  const raw = env[TARGET_ENV];
  if (!raw) throw new Error(`${TARGET_ENV} is not set: this process is started by bench/plan-graph.bench.ts`);
  const parsed: unknown = JSON.parse(raw);
  if (isRecord(parsed) && parsed.kind === 'pglite') return { kind: 'pglite' };
  if (isRecord(parsed) && parsed.kind === 'postgres' && typeof parsed.url === 'string') {
    return { kind: 'postgres', url: parsed.url };
  }
  throw new Error(`${TARGET_ENV} is not a bench target: ${raw}`);
}

/** Sends a message to the parent; a child without an IPC channel has no parent to talk to. */
export function sendToParent(message: ChildMessage): void {
  if (!process.send) throw new Error('no IPC channel: this process is started by bench/plan-graph.bench.ts');
  process.send(message);
}

/**
 * Closes a child once, on SIGTERM, SIGINT or the parent's disappearance (the IPC channel closes when the parent
 * exits, even when it is killed), so no bench server outlives its bench.
 */
export function closeOnParentExit(close: () => Promise<void>): void {
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    close()
      .catch((error: unknown) => console.error('[bench child] close failed', error))
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.on('disconnect', shutdown);
}

/** Reports a start-up failure to the parent (which would otherwise wait for 'ready') and exits. */
export function failStartup(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error('[bench child] start-up failed', message);
  // Exit only once the message is out: process.send is asynchronous and exiting first would drop it.
  if (process.send && process.connected) {
    process.send({ type: 'failed', message } satisfies ChildMessage, undefined, {}, () => process.exit(1));
  } else {
    process.exit(1);
  }
}
