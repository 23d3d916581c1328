import { createHash } from 'node:crypto';
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, print, subscribe } from 'graphql';
import type { Context } from '../shared/context';
import { componentLog } from '../shared/logger';

const log = componentLog('subscriptions');

type Source = AsyncGenerator<ExecutionResult> | AsyncIterableIterator<ExecutionResult>;

function isIterable(value: unknown): value is Source {
  return typeof (value as Source | undefined)?.[Symbol.asyncIterator] === 'function';
}

/**
 * One subscription on one socket, as a shape sees it: the shape writes its messages and tells it when the stream
 * is over. The transport's own object for the subscription, so that a member costs the shape one set entry.
 */
export interface ResultSink<M> {
  /** The subscription's id on its socket, written into each of its messages. */
  readonly id: string;
  /**
   * Writes one whole `next` message, possibly the very one other sockets get. Never waits: a slow socket keeps its
   * own backlog, so it delays only itself and stays subscribed.
   */
  write(message: M): void;
  /** The shape's source is over (it finished or failed): nothing more comes, the subscription completes. */
  end(): void;
}

/** A subscription's seat in a shape: leaving it (the client completed, its socket closed) stops its messages. */
export interface Membership<M> {
  leave(sink: ResultSink<M>): Promise<void>;
}

export interface SubscriptionShapesOptions<M> {
  /** The JSON text of a result as the `payload` of a `next` message: done once per event per shape. */
  serialise(result: ExecutionResult): string;
  /** The message a subscription with this id is written, around a serialised payload: once per event per id. */
  message(id: string, payload: string): M;
}

/**
 * Subscribers that share a query, its variables and an access scope: one execution and one serialisation per
 * event for all of them, then one write per socket.
 */
class Shape<M> implements Membership<M> {
  private readonly members = new Set<ResultSink<M>>();
  private source: Source | null = null;
  private ready: Promise<ExecutionResult | null> | null = null;
  /** The first member's arguments, copied: the shape executes with them for as long as it lives. */
  private readonly args: ExecutionArgs;

  constructor(
    args: ExecutionArgs,
    private readonly options: SubscriptionShapesOptions<M>,
    private readonly onEmpty: () => void,
  ) {
    this.args = { ...args };
  }

  async join(sink: ResultSink<M>): Promise<Membership<M> | ExecutionResult> {
    this.members.add(sink);
    this.ready ??= this.start();
    const failure = await this.ready;
    if (failure) {
      this.members.delete(sink);
      return failure;
    }
    return this;
  }

  async leave(sink: ResultSink<M>): Promise<void> {
    if (!this.members.delete(sink)) return;
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
      const members = [...this.members];
      this.members.clear();
      this.onEmpty();
      for (const member of members) member.end();
    }
  }

  /** Serialises the result once; members whose subscription has the same id get the very same message. */
  private deliver(result: ExecutionResult): void {
    const payload = this.options.serialise(result);
    const messages = new Map<string, M>();
    for (const member of this.members) {
      let message = messages.get(member.id);
      if (message === undefined) {
        message = this.options.message(member.id, payload);
        messages.set(member.id, message);
      }
      member.write(message);
    }
  }

  private async stop(): Promise<void> {
    this.onEmpty();
    await this.source?.return?.(undefined);
  }
}

/** Subscriptions whose results are one person's own (modules/message: the 消息 bell): never shared. */
const PERSONAL = /\bmessageEvents\b/;

/**
 * Fan-out that scales with shapes, not subscribers: live subscriptions with the same document, variables and
 * access scope share one source, one execution and one serialisation per event. A subscription that resumes
 * from a cursor (`after`) replays its own history and is never shared.
 */
export class SubscriptionShapes<M> {
  private readonly shapes = new Map<string, Shape<M>>();
  private readonly printed = new WeakMap<DocumentNode, string>();

  constructor(private readonly options: SubscriptionShapesOptions<M>) {}

  /**
   * Subscribes `sink`: a seat in its shape (whose source is live once this resolves), or, for a subscription that
   * is not shared, its own source, or the result of a subscription that failed at once.
   */
  subscribe(
    args: ExecutionArgs,
    sink: ResultSink<M>,
  ): Promise<Membership<M> | AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const key = this.keyOf(args);
    if (key === null) return subscribe(args);
    let shape = this.shapes.get(key);
    if (!shape) {
      const created = new Shape(args, this.options, () => {
        if (this.shapes.get(key) === created) this.shapes.delete(key);
      });
      this.shapes.set(key, created);
      shape = created;
    }
    return shape.join(sink);
  }

  /** Whether a subscription is a seat in a shape (rather than a source of its own, or a result). */
  isMembership(
    subscription: Membership<M> | AsyncIterableIterator<ExecutionResult> | ExecutionResult,
  ): subscription is Membership<M> {
    return subscription instanceof Shape;
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
    // A personal subscription (the viewer's own messages) is the viewer's alone.
    if (PERSONAL.test(document)) return null;
    const viewer = (args.contextValue as Context | undefined)?.scope.viewer;
    if (!viewer) return null;
    // What a subscriber may see depends on its role and department alone (shared/access.ts, modules/policy): the key
    // holds both, so a shape never carries one viewer's results to a socket that may not see them.
    const access = `${viewer.role}:${viewer.departmentId ?? ''}`;
    return createHash('sha256')
      .update(JSON.stringify([document, args.operationName ?? null, variables, access]))
      .digest('base64url');
  }
}
