import { createHash } from 'node:crypto';
import { type ExecutionArgs, type ExecutionResult, print, subscribe } from 'graphql';
import type { Context } from '../shared/context';

type Source = AsyncGenerator<ExecutionResult> | AsyncIterableIterator<ExecutionResult>;

function isIterable(value: unknown): value is Source {
  return typeof (value as Source | undefined)?.[Symbol.asyncIterator] === 'function';
}

/** A member's inbox: pushing never waits, so a slow socket delays only itself. */
class Inbox {
  private readonly items: ExecutionResult[] = [];
  private wake: (() => void) | null = null;
  private closed = false;

  push(result: ExecutionResult): void {
    this.items.push(result);
    this.wake?.();
    this.wake = null;
  }

  close(): void {
    this.closed = true;
    this.wake?.();
    this.wake = null;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      const item = this.items.shift();
      if (item) return { value: item, done: false };
      if (this.closed) return { value: undefined, done: true };
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }
}

/** Subscribers that share a query, its variables and an access scope: one execution per event for all of them. */
class Shape {
  private readonly members = new Set<Inbox>();
  private source: Source | null = null;
  private ready: Promise<ExecutionResult | null> | null = null;

  constructor(
    private readonly args: ExecutionArgs,
    private readonly onEmpty: () => void,
  ) {}

  async join(): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const inbox = new Inbox();
    this.members.add(inbox);
    this.ready ??= this.start();
    const failure = await this.ready;
    if (failure) {
      this.members.delete(inbox);
      return failure;
    }
    const leave = async () => {
      this.members.delete(inbox);
      inbox.close();
      if (this.members.size === 0) await this.stop();
    };
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: () => inbox.next(),
      return: async () => {
        await leave();
        return { value: undefined, done: true };
      },
      throw: async () => {
        await leave();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Subscribes once; a subscription that fails at once (an unknown plan, say) fails every member alike. */
  private async start(): Promise<ExecutionResult | null> {
    const result = await subscribe(this.args);
    if (!isIterable(result)) {
      this.onEmpty();
      return result;
    }
    this.source = result;
    void this.pump(result);
    return null;
  }

  private async pump(source: Source): Promise<void> {
    try {
      for await (const result of source) for (const member of this.members) member.push(result);
    } catch (error) {
      console.error('[subscriptions] shared source failed', error);
    } finally {
      for (const member of this.members) member.close();
      this.members.clear();
      this.onEmpty();
    }
  }

  private async stop(): Promise<void> {
    this.onEmpty();
    await this.source?.return?.(undefined);
  }
}

/**
 * Fan-out that scales with shapes, not subscribers: live subscriptions with the same document, variables and
 * access scope share one source and one execution per event. A subscription that resumes from a cursor (`after`)
 * replays its own history and is never shared.
 */
export class SubscriptionShapes {
  private readonly shapes = new Map<string, Shape>();

  subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const key = this.keyOf(args);
    if (key === null) return subscribe(args);
    let shape = this.shapes.get(key);
    if (!shape) {
      const created = new Shape(args, () => {
        if (this.shapes.get(key) === created) this.shapes.delete(key);
      });
      this.shapes.set(key, created);
      shape = created;
    }
    return shape.join();
  }

  /** How many shapes are live (for tests and the bench). */
  get size(): number {
    return this.shapes.size;
  }

  private keyOf(args: ExecutionArgs): string | null {
    const document = print(args.document);
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    // A resume point makes a subscription its own: literal `after:` arguments, or an `after` variable set.
    const literalAfter = /\bafter\s*:\s*"/.test(document);
    const variableAfter = Object.entries(variables).some(([name, value]) => /after/i.test(name) && value != null);
    if (literalAfter || variableAfter) return null;
    const viewer = (args.contextValue as Context | undefined)?.scope.viewer;
    if (!viewer) return null;
    const access = `${viewer.role}:${viewer.departmentId ?? ''}`;
    return createHash('sha256')
      .update(JSON.stringify([document, args.operationName ?? null, variables, access]))
      .digest('base64url');
  }
}
