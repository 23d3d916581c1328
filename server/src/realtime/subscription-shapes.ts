import { createHash } from 'node:crypto';
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, print, subscribe } from 'graphql';
import type { Context } from '../shared/context';
import { componentLog } from '../shared/logger';

const log = componentLog('subscriptions');

type Source = AsyncGenerator<ExecutionResult> | AsyncIterableIterator<ExecutionResult>;

function isIterable(value: unknown): value is Source {
  return typeof (value as Source | undefined)?.[Symbol.asyncIterator] === 'function';
}

/** Where a shared subscription's results go: one subscription on one socket. */
export interface ResultSink {
  /** The subscription's id on its socket, written into each of its messages. */
  readonly id: string;
  /**
   * Writes one whole `next` message, already serialised and possibly the very buffer other sockets get. Never
   * waits: a slow socket keeps its own backlog, so it delays only itself and stays subscribed.
   */
  write(message: Buffer): void;
}

export interface SubscriptionShapesOptions {
  /** The JSON text of a result as the `payload` of a `next` message: done once per event per shape. */
  serialise(result: ExecutionResult): string;
}

const DONE: IteratorResult<ExecutionResult> = { value: undefined, done: true };

/**
 * One member of a shape, as the iterator graphql-ws drives: it never yields (the shape writes the member's
 * messages itself) and finishes when the member leaves or the shape ends, so graphql-ws then sends `complete`.
 * Methods live on the prototype: an idle member costs this object and, once awaited, one promise.
 */
class Member implements AsyncIterableIterator<ExecutionResult> {
  private over = false;
  private ended: Promise<IteratorResult<ExecutionResult>> | null = null;
  private finish: ((result: IteratorResult<ExecutionResult>) => void) | null = null;

  constructor(
    private readonly shape: Shape,
    readonly sink: ResultSink,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.over) return Promise.resolve(DONE);
    this.ended ??= new Promise((resolve) => {
      this.finish = resolve;
    });
    return this.ended;
  }

  /** Ends the iteration graphql-ws is waiting on. */
  end(): void {
    this.over = true;
    this.finish?.(DONE);
    this.finish = null;
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.shape.leave(this);
    return DONE;
  }

  async throw(): Promise<IteratorResult<ExecutionResult>> {
    await this.shape.leave(this);
    return DONE;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * Subscribers that share a query, its variables and an access scope: one execution and one serialisation per
 * event for all of them, then one write per socket.
 */
class Shape {
  private readonly members = new Set<Member>();
  private source: Source | null = null;
  private ready: Promise<ExecutionResult | null> | null = null;
  /** The first member's arguments, copied: the shape executes with them for as long as it lives. */
  private readonly args: ExecutionArgs;

  constructor(
    args: ExecutionArgs,
    private readonly serialise: (result: ExecutionResult) => string,
    private readonly onEmpty: () => void,
  ) {
    this.args = { ...args };
  }

  async join(sink: ResultSink): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const member = new Member(this, sink);
    this.members.add(member);
    this.ready ??= this.start();
    const failure = await this.ready;
    if (failure) {
      this.members.delete(member);
      return failure;
    }
    return member;
  }

  async leave(member: Member): Promise<void> {
    if (!this.members.delete(member)) return;
    member.end();
    if (this.members.size === 0) await this.stop();
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
      for await (const result of source) this.deliver(result);
    } catch (error) {
      log.error({ err: error }, '共享订阅的事件源出错，成员订阅已结束');
    } finally {
      for (const member of this.members) member.end();
      this.members.clear();
      this.onEmpty();
    }
  }

  /** Serialises the result once; sockets whose subscription has the same id get the very same buffer. */
  private deliver(result: ExecutionResult): void {
    const payload = this.serialise(result);
    const messages = new Map<string, Buffer>();
    for (const member of this.members) {
      const { id } = member.sink;
      let message = messages.get(id);
      if (!message) {
        message = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`);
        messages.set(id, message);
      }
      member.sink.write(message);
    }
  }

  private async stop(): Promise<void> {
    this.onEmpty();
    await this.source?.return?.(undefined);
  }
}

/**
 * Fan-out that scales with shapes, not subscribers: live subscriptions with the same document, variables and
 * access scope share one source, one execution and one serialisation per event. A subscription that resumes
 * from a cursor (`after`) replays its own history and is never shared; nor is one without a sink to write to.
 */
export class SubscriptionShapes {
  private readonly shapes = new Map<string, Shape>();
  private readonly printed = new WeakMap<DocumentNode, string>();

  constructor(private readonly options: SubscriptionShapesOptions) {}

  subscribe(
    args: ExecutionArgs,
    sink: ResultSink | undefined,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const key = sink ? this.keyOf(args) : null;
    if (key === null || !sink) return subscribe(args);
    let shape = this.shapes.get(key);
    if (!shape) {
      const created = new Shape(args, this.options.serialise, () => {
        if (this.shapes.get(key) === created) this.shapes.delete(key);
      });
      this.shapes.set(key, created);
      shape = created;
    }
    return shape.join(sink);
  }

  /** Whether a subscription is served by a shape (rather than run on its own). */
  isMember(subscription: unknown): boolean {
    return subscription instanceof Member;
  }

  /** How many shapes are live (for tests and the bench). */
  get size(): number {
    return this.shapes.size;
  }

  private keyOf(args: ExecutionArgs): string | null {
    let document = this.printed.get(args.document);
    if (document === undefined) {
      document = print(args.document);
      this.printed.set(args.document, document);
    }
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
