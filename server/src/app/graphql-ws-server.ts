import type { Duplex } from 'node:stream';
import { type ExecutionResult, GraphQLError } from 'graphql';
import {
  CloseCode,
  GRAPHQL_TRANSPORT_WS_PROTOCOL,
  handleProtocols,
  type Message,
  MessageType,
  parseMessage,
  type SubscribePayload,
} from 'graphql-ws';
import WebSocket, { type WebSocketServer } from 'ws';
import type { Membership, ResultSink } from '../realtime/subscription-shapes';
import { componentLog } from '../shared/logger';

const log = componentLog('ws');

declare const wholeFrame: unique symbol;
/** A complete WebSocket frame (header and payload), written to a socket's stream as it is. */
export type WsFrame = Buffer & { readonly [wholeFrame]: true };

/**
 * An unmasked, final text frame (RFC 6455 §5.2) around `text`: built once and written to every socket that gets
 * the message, where `ws` would build a header and write header and payload for each socket.
 */
export function textFrame(text: string): WsFrame {
  const length = Buffer.byteLength(text);
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  // Not from the shared pool: a slow socket's backlog holds the frame, and would hold the pool's whole slab.
  const frame = Buffer.allocUnsafeSlow(header + length);
  frame[0] = 0x81;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.write(text, header, 'utf8');
  return frame as WsFrame;
}

/** What a subscribe message became once checked: enough to run it, and the name logs and metrics give it. */
export interface PreparedOperation {
  readonly name: string;
}

/** What running an operation gives: one result, a stream of its own, or a seat in a shared shape. */
export type Outcome = ExecutionResult | AsyncIterableIterator<ExecutionResult> | Membership<WsFrame>;

/** What the endpoint decides; the protocol (graphql-transport-ws) is this file's. */
export interface GraphqlWsHooks<A, P extends PreparedOperation> {
  /** Waiting longer than this for connection_init closes the socket with 4408 (graphql-ws's default: 3 s). */
  connectionInitWaitTimeout?: number;
  /** connection_init with its payload: the socket's login, or null to close it with 4403. */
  connect(params: Record<string, unknown> | undefined): Promise<A | null>;
  /** A subscribe message: the checked operation, or the errors it is answered with. */
  prepare(payload: SubscribePayload): P | readonly GraphQLError[];
  /** Runs a prepared operation as `operation`, which is also the sink a shared shape writes to. */
  run(prepared: P, operation: Operation<A>): Promise<Outcome>;
  /** The `payload` of a `next` message for a result of the operation's own (not a shape's). */
  formatResult(result: ExecutionResult): unknown;
  /** The `payload` of an `error` message. */
  formatErrors(errors: readonly GraphQLError[]): unknown;
  /** A stream (its own or a shape's) has started for `operation`: its events reach it from now on. */
  started?(operation: Operation<A>): void;
  /** A started stream is over: completed by the client or the server, or its socket closed. */
  ended?(operation: Operation<A>): void;
}

/** A ping with no payload, the same two bytes for every socket. */
const PING_FRAME = Buffer.from([0x89, 0x00]) as WsFrame;

/** The keep-alive period is cut into this many ticks, each pinging its share of the sockets. */
const KEEP_ALIVE_SLICES = 12;

const AWAITING_INIT = 0;
const INITIALISING = 1;
const ACKNOWLEDGED = 2;

/**
 * A socket speaking graphql-transport-ws. Everything an idle connection costs beyond `ws`'s own socket is in
 * these few fields: no closures, promises or maps of its own (one map only for a second operation at once).
 */
export class GraphqlSocket<A = unknown> extends WebSocket {
  /** Who signed in with connection_init; null before. */
  auth: A | null = null;
  phase = AWAITING_INIT;
  /** Keep-alive sweeps since it last showed it is there (a pong, or any message). */
  missedPings = 0;
  /** Set when the socket is accepted. */
  server: GraphqlWsServer<A, PreparedOperation> | null = null;
  /** Its operations under way: one on its own (a dashboard's usual case), a map from the second on. */
  private operations: Operation<A> | Map<string, Operation<A>> | null = null;
  /** The turn of the event loop it was last written a frame in, and whether it is corked until that turn ends. */
  private writtenInTurn = 0;
  private corked = false;

  /**
   * Writes a whole frame to the TCP stream, past `ws`'s sender: safe because this server never compresses and never
   * sends a Blob, the only cases in which the sender queues. Frames written to a socket in one turn of the event
   * loop (a batch of events read together) leave in one system call: from its second frame in a turn the socket
   * is corked until the turn ends. A closing socket takes nothing.
   */
  writeFrame(frame: WsFrame): void {
    if (this.readyState !== WebSocket.OPEN) return;
    const stream = (this as unknown as { _socket: Duplex })._socket;
    if (this.writtenInTurn !== turn) {
      this.writtenInTurn = turn;
      if (!turnEnding) {
        turnEnding = true;
        setImmediate(endTurn);
      }
    } else if (!this.corked) {
      this.corked = true;
      stream.cork();
      corkedSockets.push(this);
    }
    stream.write(frame);
  }

  /** Sends a protocol message (ack, pong, error, complete, a result of its own); a closing socket takes nothing. */
  sendMessage(message: Message | string): void {
    if (this.readyState === WebSocket.OPEN) this.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /**
   * The socket's own events are handled here rather than by listeners: four listeners would grow every socket's
   * `_events` table. 'close' still reaches the listeners `ws`'s server registers (its client tracking).
   */
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    switch (event) {
      case 'message':
        received(this, args[0] as WebSocket.RawData);
        return true;
      case 'pong':
        this.missedPings = 0;
        return true;
      case 'error':
        failed(this, args[0] as Error);
        return true;
      case 'close':
        this.server?.closed(this);
        break;
    }
    return super.emit(event, ...args);
  }

  operation(id: string): Operation<A> | undefined {
    const operations = this.operations;
    if (operations instanceof Map) return operations.get(id);
    return operations?.id === id ? operations : undefined;
  }

  add(operation: Operation<A>): void {
    const operations = this.operations;
    if (operations === null) this.operations = operation;
    else if (operations instanceof Map) operations.set(operation.id, operation);
    else
      this.operations = new Map([
        [operations.id, operations],
        [operation.id, operation],
      ]);
  }

  /** Removes the operation with this id (if it is still under way) and gives it back. */
  take(id: string): Operation<A> | undefined {
    const operations = this.operations;
    if (operations instanceof Map) {
      const found = operations.get(id);
      operations.delete(id);
      return found;
    }
    if (operations?.id !== id) return undefined;
    this.operations = null;
    return operations;
  }

  /** Removes and gives back every operation under way (the socket closed). */
  takeAll(): Operation<A>[] {
    const operations = this.operations;
    this.operations = null;
    if (operations === null) return [];
    return operations instanceof Map ? [...operations.values()] : [operations];
  }

  /** Uncorks the socket at the end of the turn it was corked in. */
  uncork(): void {
    this.corked = false;
    (this as unknown as { _socket: Duplex })._socket.uncork();
  }
}

/** The turn of the event loop frames are being written in; a new one starts after the poll phase. */
let turn = 1;
let turnEnding = false;
const corkedSockets: GraphqlSocket[] = [];

function endTurn(): void {
  turn += 1;
  turnEnding = false;
  for (const socket of corkedSockets) socket.uncork();
  corkedSockets.length = 0;
}

const STARTING = 0;
const STREAMING = 1;
const FINISHED = 2;

/**
 * One operation on one socket, from its subscribe message to its end; for a shared subscription also the sink its
 * shape writes to, so a member of a shape costs this object and nothing else.
 */
export class Operation<A = unknown> implements ResultSink<WsFrame> {
  state = STARTING;
  /** Whole milliseconds since the process started (a small integer, not a boxed number). */
  readonly startedAt = Math.round(performance.now());
  /** What it stops when it ends: its seat in a shape, or its own stream. */
  private source: Membership<WsFrame> | AsyncIterableIterator<ExecutionResult> | null = null;

  constructor(
    readonly socket: GraphqlSocket<A>,
    readonly id: string,
    /** The operation's name, for logs and metrics. */
    readonly name: string,
  ) {}

  write(frame: WsFrame): void {
    if (this.state !== FINISHED) this.socket.writeFrame(frame);
  }

  /** Its shape's source is over: the client is told it is complete. */
  end(): void {
    this.source = null;
    if (this.socket.take(this.id) === this) this.socket.sendMessage({ id: this.id, type: MessageType.Complete });
    this.release();
  }

  /** Its stream is running: `source` is stopped when it ends. */
  streaming(source: Membership<WsFrame> | AsyncIterableIterator<ExecutionResult>): void {
    this.source = source;
    this.state = STREAMING;
    this.socket.server?.hooks.started?.(this);
  }

  /** Ends it once: leaves its shape or stops its stream, and tells the endpoint if it had started. */
  release(): void {
    if (this.state === FINISHED) return;
    const started = this.state === STREAMING;
    this.state = FINISHED;
    const source = this.source;
    this.source = null;
    if (source) stop(source, this);
    if (started) this.socket.server?.hooks.ended?.(this);
  }
}

function isMembership(outcome: Outcome): outcome is Membership<WsFrame> {
  return typeof (outcome as Partial<Membership<WsFrame>>).leave === 'function';
}

function isStream(outcome: Outcome): outcome is AsyncIterableIterator<ExecutionResult> {
  return typeof (outcome as Partial<AsyncIterableIterator<ExecutionResult>>)[Symbol.asyncIterator] === 'function';
}

/** Leaves a shape or returns a stream of its own; what goes wrong then is logged, never thrown. */
function stop(source: Membership<WsFrame> | AsyncIterableIterator<ExecutionResult>, sink: ResultSink<WsFrame>): void {
  const stopping = isMembership(source) ? source.leave(sink) : source.return?.(undefined);
  stopping?.catch((error: unknown) => log.error({ err: error }, '结束订阅时出错'));
}

/**
 * graphql-ws's server side of graphql-transport-ws (the protocol graphql-ws's clients speak) on a `ws` server,
 * with what every idle connection costs kept to the socket itself: one keep-alive rotation over all sockets (a slice
 * at a time) instead of an interval and a pong timer per socket, one sweep for the connection_init deadline instead
 * of a timer per socket, no listeners (the socket handles its own events), and a subscription that a shape serves
 * held as one small object with no promise waiting on it (graphql-ws's makeServer keeps an async function
 * suspended per subscription, with its closures). Close codes and messages are graphql-ws's.
 */
export class GraphqlWsServer<A, P extends PreparedOperation> {
  /** Sockets that have not sent connection_init yet, with their deadline. */
  private readonly initDeadlines = new Map<GraphqlSocket<A>, number>();
  private readonly initTimeoutMs: number;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly keepAliveMs: number;
  /** Where the keep-alive rotation over all sockets has got to, and when the rotation began. */
  private pingCursor: Iterator<WebSocket> | null = null;
  private rotationStartedAt = 0;

  constructor(
    private readonly wss: WebSocketServer,
    readonly hooks: GraphqlWsHooks<A, P>,
    keepAliveMs = 12_000,
  ) {
    this.initTimeoutMs = hooks.connectionInitWaitTimeout ?? 3_000;
    wss.options.handleProtocols = handleProtocols;
    // After the poll phase (setImmediate): a connection_init or pong that arrived while the loop was busy
    // (thousands of sockets connecting at once, say) is read before anyone is judged late. Timers run before I/O.
    const initSweep = setInterval(
      () => setImmediate(() => this.closeLateInits()),
      Math.max(50, Math.min(1_000, this.initTimeoutMs / 4)),
    );
    this.keepAliveMs = keepAliveMs;
    const keepAlive = setInterval(() => setImmediate(() => this.pingSlice()), keepAliveMs / KEEP_ALIVE_SLICES);
    for (const timer of [initSweep, keepAlive]) {
      timer.unref();
      this.timers.push(timer);
    }
    wss.once('error', (error) => {
      log.error({ err: error }, 'WebSocket 服务出错，关闭全部连接');
      for (const socket of wss.clients) socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
  }

  /** Takes over a socket just upgraded by `wss` (created as a GraphqlSocket: the server's `WebSocket` option). */
  accept(socket: GraphqlSocket<A>): void {
    // From now on the socket's events reach this server (GraphqlSocket.emit).
    socket.server = this as unknown as GraphqlWsServer<A, PreparedOperation>;
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    if (Number.isFinite(this.initTimeoutMs) && this.initTimeoutMs > 0) {
      this.initDeadlines.set(socket, Date.now() + this.initTimeoutMs);
    }
  }

  /** Stops the sweeps and closes every socket with 1001 Going away. */
  async dispose(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    for (const socket of this.wss.clients) socket.close(1001, 'Going away');
    this.wss.removeAllListeners();
    await new Promise<void>((resolve, reject) => this.wss.close((error) => (error ? reject(error) : resolve())));
  }

  async message(socket: GraphqlSocket<A>, data: string): Promise<void> {
    socket.missedPings = 0;
    let message: Message;
    try {
      message = parseMessage(data);
    } catch {
      socket.close(CloseCode.BadRequest, 'Invalid message received');
      return;
    }
    switch (message.type) {
      case MessageType.ConnectionInit:
        return this.init(socket, message.payload);
      case MessageType.Ping:
        socket.sendMessage(
          message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong },
        );
        return;
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        return this.subscribe(socket, message.id, message.payload);
      case MessageType.Complete:
        socket.take(message.id)?.release();
        return;
      default:
        throw new Error(`Unexpected message of type ${message.type} received`);
    }
  }

  closed(socket: GraphqlSocket<A>): void {
    this.initDeadlines.delete(socket);
    for (const operation of socket.takeAll()) operation.release();
  }

  private async init(socket: GraphqlSocket<A>, payload: Record<string, unknown> | null | undefined): Promise<void> {
    if (socket.phase !== AWAITING_INIT) {
      socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
      return;
    }
    socket.phase = INITIALISING;
    this.initDeadlines.delete(socket);
    const auth = await this.hooks.connect(payload ?? undefined);
    if (!auth) {
      socket.close(CloseCode.Forbidden, 'Forbidden');
      return;
    }
    socket.auth = auth;
    socket.phase = ACKNOWLEDGED;
    socket.sendMessage({ type: MessageType.ConnectionAck });
  }

  private async subscribe(socket: GraphqlSocket<A>, id: string, payload: SubscribePayload): Promise<void> {
    if (socket.phase !== ACKNOWLEDGED) {
      socket.close(CloseCode.Unauthorized, 'Unauthorized');
      return;
    }
    if (socket.operation(id)) {
      socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
      return;
    }
    const prepared = this.hooks.prepare(payload);
    if (Array.isArray(prepared)) {
      socket.sendMessage({ id, type: MessageType.Error, payload: this.hooks.formatErrors(prepared) } as Message);
      return;
    }
    const operation = new Operation(socket, id, (prepared as P).name);
    socket.add(operation);
    const outcome = await this.hooks.run(prepared as P, operation);
    if (operation.state === FINISHED) {
      // Completed by the client, or its socket closed, while it started: stop what it started, say nothing.
      if (isMembership(outcome) || isStream(outcome)) stop(outcome, operation);
      return;
    }
    if (isMembership(outcome)) {
      operation.streaming(outcome);
    } else if (isStream(outcome)) {
      operation.streaming(outcome);
      await this.pump(operation, outcome);
    } else {
      socket.sendMessage({ id, type: MessageType.Next, payload: this.hooks.formatResult(outcome) } as Message);
      if (socket.take(id) === operation) socket.sendMessage({ id, type: MessageType.Complete });
      operation.release();
    }
  }

  /** Sends a stream of the operation's own, then `complete`; a stream that fails sends `error` instead. */
  private async pump(operation: Operation<A>, source: AsyncIterableIterator<ExecutionResult>): Promise<void> {
    const { socket, id } = operation;
    try {
      for await (const result of source) {
        if (operation.state !== STREAMING) continue;
        socket.sendMessage({ id, type: MessageType.Next, payload: this.hooks.formatResult(result) } as Message);
      }
    } catch (error) {
      const originalError = error instanceof Error ? error : new Error(String(error));
      if (socket.take(id) === operation) {
        const errors = [new GraphQLError(originalError.message, { originalError })];
        socket.sendMessage({ id, type: MessageType.Error, payload: this.hooks.formatErrors(errors) } as Message);
      }
      operation.release();
      return;
    }
    if (socket.take(id) === operation) socket.sendMessage({ id, type: MessageType.Complete });
    operation.release();
  }

  private closeLateInits(): void {
    const now = Date.now();
    for (const [socket, deadline] of this.initDeadlines) {
      if (deadline > now) continue;
      this.initDeadlines.delete(socket);
      socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }
  }

  /**
   * Keep-alive: every open socket is pinged once per `keepAliveMs`, a slice of them at each of KEEP_ALIVE_SLICES
   * ticks, so that ten thousand pings (and their pongs) never hold up a delivery all at once. A socket silent for
   * two whole rotations is gone. Two, not one: on a starved machine a pong can take longer than a rotation to be
   * read. A rotation never takes less than `keepAliveMs`, however few sockets there are.
   */
  private pingSlice(): void {
    const slice = Math.ceil(this.wss.clients.size / KEEP_ALIVE_SLICES);
    let terminated = 0;
    for (let visited = 0; visited < slice; visited++) {
      let next = this.pingCursor?.next();
      if (!next || next.done) {
        const now = Date.now();
        if (this.pingCursor && now - this.rotationStartedAt < this.keepAliveMs) break;
        this.pingCursor = this.wss.clients.values();
        this.rotationStartedAt = now;
        next = this.pingCursor.next();
        if (next.done) break;
      }
      const socket = next.value as GraphqlSocket<A>;
      if (socket.readyState !== WebSocket.OPEN) continue;
      if (socket.missedPings >= 2) {
        socket.terminate();
        terminated += 1;
        continue;
      }
      socket.missedPings += 1;
      socket.writeFrame(PING_FRAME);
    }
    if (terminated > 0) log.warn({ terminated }, `心跳检查：结束了 ${terminated} 个不再应答的连接`);
  }
}

function received(socket: GraphqlSocket, data: WebSocket.RawData): void {
  socket.server?.message(socket, String(data)).catch((error: unknown) => {
    log.error({ err: error }, '处理 WebSocket 消息失败，关闭该连接');
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  });
}

/** A transport error closes the socket it happened on. */
function failed(socket: GraphqlSocket, error: Error): void {
  log.warn({ error: error.message }, 'WebSocket 连接出错，已关闭');
  socket.close(CloseCode.InternalServerError, 'Internal server error');
}
