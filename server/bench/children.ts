import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchTarget, isChildMessage, type ParentMessage, TARGET_ENV } from './protocol';

/** server/, where `--import tsx` resolves tsx from server/node_modules. */
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A bench server running in its own process. */
export interface ServerChild {
  readonly name: string;
  readonly port: number;
  /** A signed-in token for our server's GraphQL (serve-app.ts only). */
  readonly token: string | null;
  /** Our server's statement counter (serve-app.ts only). */
  statements(): Promise<number>;
  /** SIGTERM, then SIGKILL if it has not exited in time. Safe to call twice. */
  stop(): Promise<void>;
}

// Seeding the 100x plan takes seconds on PGlite and more on a busy machine.
const READY_TIMEOUT_MS = 180_000;
const REPLY_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 10_000;

const live = new Set<ChildProcess>();

// Last resort when the bench exits without stopping its children (an uncaught error, process.exit elsewhere):
// 'exit' handlers must be synchronous, so SIGKILL rather than a graceful stop.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const exit = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  try {
    await exit;
  } finally {
    clearTimeout(timer);
  }
}

/** Stops every child still running, in parallel. */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...live].map(stopProcess));
}

/**
 * Starts `bench/<script>` under node with tsx, NODE_ENV=production and an IPC channel, and waits for its port.
 * stdout and stderr are inherited, so a child's own errors show up in the bench's output.
 */
export async function startChild(name: string, script: string, target: BenchTarget): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('bench', script)], {
    cwd: serverDir,
    env: { ...process.env, NODE_ENV: 'production', [TARGET_ENV]: JSON.stringify(target) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));

  const replies = new Map<number, (statements: number) => void>();
  let nextRequestId = 1;

  // Replies to statements() requests; registered before start-up so no message is ever unhandled.
  child.on('message', (message: unknown) => {
    if (!isChildMessage(message) || message.type !== 'statements') return;
    replies.get(message.requestId)?.(message.statements);
    replies.delete(message.requestId);
  });

  let port: number;
  let token: string | null = null;
  try {
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => fail(new Error(`${name} did not start within ${READY_TIMEOUT_MS} ms`)),
        READY_TIMEOUT_MS,
      );
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      child.on('message', (message: unknown) => {
        if (!isChildMessage(message)) return;
        if (message.type === 'ready') {
          clearTimeout(timer);
          token = message.token ?? null;
          resolve(message.port);
        } else if (message.type === 'failed') {
          fail(new Error(`${name} failed to start: ${message.message}`));
        }
      });
      child.once('exit', (code, signal) => fail(new Error(`${name} exited during start-up (${signal ?? code})`)));
      child.once('error', fail);
    });
  } catch (error) {
    await stopProcess(child);
    throw error;
  }

  return {
    name,
    port,
    token,
    statements: () =>
      new Promise<number>((resolve, reject) => {
        if (!child.connected) {
          reject(new Error(`${name} is not running`));
          return;
        }
        const requestId = nextRequestId++;
        const timer = setTimeout(() => {
          replies.delete(requestId);
          reject(new Error(`${name} did not report its statement count`));
        }, REPLY_TIMEOUT_MS);
        replies.set(requestId, (statements) => {
          clearTimeout(timer);
          resolve(statements);
        });
        child.send({ type: 'statements', requestId } satisfies ParentMessage);
      }),
    stop: () => stopProcess(child),
  };
}
