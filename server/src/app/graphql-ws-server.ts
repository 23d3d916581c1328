import type { Duplex } from 'node:stream';
import {
  CloseCode,
  handleProtocols,
  makeServer,
  type ServerOptions,
  type WebSocket as WebSocketLike,
} from 'graphql-ws';
import WebSocket, { type WebSocketServer } from 'ws';
import type { ResultSink } from '../realtime/subscription-shapes';
import { componentLog } from '../shared/logger';

const log = componentLog('ws');

/** What graphql-ws hands our hooks as `ctx.extra`: the socket (the upgrade request is not kept: nothing needs it). */
export interface SocketExtra {
  readonly socket: WebSocket;
}

/**
 * graphql-ws on a `ws` server, as graphql-ws's own `useServer` does it, but with what every idle connection costs
 * kept to the socket itself: one keep-alive sweep over all sockets instead of an interval and a pong timer per
 * socket, one sweep for the connection_init deadline instead of a timer per socket, the upgrade request let go,
 * and no per-socket closures beyond the message and close handlers graphql-ws needs.
 */
export function serveGraphqlWs<P extends Record<string, unknown>>(
  options: ServerOptions<P, SocketExtra>,
  wss: WebSocketServer,
  keepAliveMs = 12_000,
): { dispose(): Promise<void> } {
  // Sockets that have not sent connection_init yet, with their deadline (graphql-ws's own timer is switched off).
  const initDeadlines = new Map<WebSocket, number>();
  const initTimeoutMs = options.connectionInitWaitTimeout ?? 3_000;
  const server = makeServer<P, SocketExtra>({
    ...options,
    connectionInitWaitTimeout: Number.POSITIVE_INFINITY,
    onConnect: (ctx) => {
      initDeadlines.delete(ctx.extra.socket);
      return options.onConnect?.(ctx);
    },
  });
  wss.options.handleProtocols = handleProtocols;
  const initSweep = setInterval(
    // After the poll phase (setImmediate): a connection_init that arrived while the loop was busy is read first.
    () =>
      setImmediate(() => {
        const now = Date.now();
        for (const [socket, deadline] of initDeadlines) {
          if (deadline > now) continue;
          initDeadlines.delete(socket);
          socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
        }
      }),
    Math.max(50, Math.min(1_000, initTimeoutMs / 4)),
  );
  initSweep.unref();

  // Sweeps since each socket last answered a ping; a socket silent for two whole sweeps is gone. Two, not one:
  // on a starved machine a pong can take longer than one interval to be read.
  const unanswered = new WeakMap<WebSocket, number>();
  const sweep = setInterval(
    // After the poll phase (setImmediate): pongs that arrived while the loop was busy (thousands of sockets
    // connecting at once, say) are read before anyone is judged silent. Timers run before I/O in each turn.
    () =>
      setImmediate(() => {
        let terminated = 0;
        for (const socket of wss.clients) {
          if (socket.readyState !== WebSocket.OPEN) continue;
          const missed = unanswered.get(socket) ?? 0;
          if (missed >= 2) {
            socket.terminate();
            terminated += 1;
            continue;
          }
          unanswered.set(socket, missed + 1);
          socket.ping();
        }
        if (terminated > 0) log.warn({ terminated }, `心跳检查：结束了 ${terminated} 个不再应答的连接`);
      }),
    keepAliveMs,
  );
  sweep.unref();

  const connections = new WeakMap<WebSocket, Connection>();
  wss.on('connection', (socket: WebSocket) => {
    if (Number.isFinite(initTimeoutMs) && initTimeoutMs > 0) initDeadlines.set(socket, Date.now() + initTimeoutMs);
    const connection = new Connection(socket);
    connections.set(socket, connection);
    // Shared listeners, not closures: `this` is the socket. `on`, not `once`: each `once` wraps its listener.
    socket.on('pong', onPong);
    socket.on('error', onSocketError);
    socket.on('message', onMessage);
    socket.on('close', onClose);
    connection.closed = server.opened(connection, { socket });
  });

  wss.once('error', (error) => {
    log.error({ err: error }, 'WebSocket 服务出错，关闭全部连接');
    for (const socket of wss.clients) socket.close(CloseCode.InternalServerError, 'Internal server error');
  });

  function onPong(this: WebSocket): void {
    unanswered.delete(this);
  }

  function onMessage(this: WebSocket, data: WebSocket.RawData): void {
    const connection = connections.get(this);
    connection?.handle?.(String(data)).catch((error: unknown) => {
      log.error({ err: error }, '处理 WebSocket 消息失败，关闭该连接');
      this.close(CloseCode.InternalServerError, 'Internal server error');
    });
  }

  function onClose(this: WebSocket, code: number, reason: Buffer): void {
    initDeadlines.delete(this);
    const connection = connections.get(this);
    connections.delete(this);
    connection?.closed?.(code, String(reason)).catch((error: unknown) => log.error({ err: error }, '关闭连接时出错'));
  }

  return {
    dispose: async () => {
      clearInterval(sweep);
      clearInterval(initSweep);
      for (const socket of wss.clients) socket.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** One socket as graphql-ws sees it; methods on the prototype, so a connection holds no closures of its own. */
class Connection implements WebSocketLike {
  /** graphql-ws's message handler for this socket. */
  handle: ((data: string) => Promise<void>) | null = null;
  /** graphql-ws's clean-up for this socket. */
  closed: ((code: number, reason: string) => Promise<void>) | null = null;

  constructor(private readonly socket: WebSocket) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    const { socket } = this;
    return new Promise<void>((resolve, reject) => {
      if (socket.readyState !== WebSocket.OPEN) {
        resolve();
        return;
      }
      socket.send(data, (error) => (error ? reject(error) : resolve()));
    });
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  onMessage(handle: (data: string) => Promise<void>): void {
    this.handle = handle;
  }
}

/** Shared by every socket: a transport error closes the socket it happened on. */
function onSocketError(this: WebSocket, error: Error): void {
  log.warn({ error: error.message }, 'WebSocket 连接出错，已关闭');
  this.close(CloseCode.InternalServerError, 'Internal server error');
}

/**
 * Writes a shared `next` message to one socket as a text frame; a closed socket takes nothing. Messages written
 * to a socket in one turn of the event loop (a batch of events read together) leave in one system call: the
 * socket is corked at its first message and uncorked once the turn ends. A class rather than a closure: there
 * is one per subscription, so its size counts.
 */
export class SocketSink implements ResultSink {
  constructor(
    private readonly socket: WebSocket,
    readonly id: string,
  ) {}

  write(message: Buffer): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    // ws keeps the TCP socket private; without it, each message is its own write.
    const stream = (this.socket as unknown as { _socket?: Duplex })._socket;
    if (stream && !corked.has(stream)) {
      stream.cork();
      corked.add(stream);
      if (corked.size === 1) setImmediate(uncorkAll);
    }
    this.socket.send(message, TEXT_FRAME);
  }
}

const TEXT_FRAME = { binary: false };
/** Sockets corked in this turn of the event loop. */
const corked = new Set<Duplex>();

function uncorkAll(): void {
  for (const stream of corked) stream.uncork();
  corked.clear();
}
