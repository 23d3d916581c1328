import WebSocket from 'ws';

/** A graphql-transport-ws message as it travels on the wire. */
export interface WireMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

export interface SocketClose {
  code: number;
  reason: string;
}

/**
 * A WebSocket that speaks graphql-transport-ws by hand, so a test can see exactly what the server does: which
 * messages it sends, and when and with which code it closes the socket.
 */
export interface RawSocket {
  socket: WebSocket;
  /** Every message received so far, in order. */
  received: WireMessage[];
  /** Settles when the socket closes, with the close code and reason. */
  closed: Promise<SocketClose>;
  /** The close code and reason once closed; null while open. */
  closeEvent(): SocketClose | null;
  send(message: WireMessage | string): void;
  /** Sends connection_init and resolves on connection_ack (rejects if the socket closes instead). */
  init(payload?: Record<string, unknown>): Promise<void>;
  /** Runs one operation and resolves with its results and how it ended. */
  run(query: string, id?: string): Promise<{ results: unknown[]; ended: 'complete' | 'error'; payload?: unknown }>;
  close(): void;
}

/** How long a test waits for the server to do something before calling it a failure (not a timing assertion). */
export const PATIENCE_MS = 10_000;

/** `promise`, or a rejection naming `what` if it has not settled within PATIENCE_MS. */
export function within<T>(promise: Promise<T>, what: string, ms = PATIENCE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing happened within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Opens a socket with the graphql-transport-ws subprotocol and resolves once it is open. */
export async function openRawSocket(wsUrl: string): Promise<RawSocket> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const received: WireMessage[] = [];
  const waiters = new Set<() => void>();
  let closeEvent: SocketClose | null = null;
  const closed = new Promise<SocketClose>((resolve) => {
    socket.on('close', (code, reason) => {
      closeEvent = { code, reason: reason.toString() };
      resolve(closeEvent);
      for (const wake of waiters) wake();
    });
  });
  socket.on('message', (data) => {
    received.push(JSON.parse(data.toString()) as WireMessage);
    for (const wake of waiters) wake();
  });
  // A server closing the socket abruptly (e.g. 1009) is reported as an error too; the close event tells the story.
  socket.on('error', () => {});
  await within(
    new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    }),
    'opening the socket',
  );

  /** Resolves with the first received message (from index `from`) that `match` accepts. */
  const waitFor = (match: (m: WireMessage) => boolean, from: number, what: string) =>
    within(
      new Promise<WireMessage>((resolve, reject) => {
        const check = () => {
          const found = received.slice(from).find(match);
          if (found) {
            waiters.delete(check);
            resolve(found);
          } else if (closeEvent) {
            waiters.delete(check);
            reject(new Error(`${what}: socket closed with ${closeEvent.code} ${closeEvent.reason}`));
          }
        };
        waiters.add(check);
        check();
      }),
      what,
    );

  let nextId = 0;
  const raw: RawSocket = {
    socket,
    received,
    closed,
    closeEvent: () => closeEvent,
    send(message) {
      socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    },
    async init(payload = {}) {
      const from = received.length;
      raw.send({ type: 'connection_init', payload });
      await waitFor((m) => m.type === 'connection_ack', from, 'waiting for connection_ack');
    },
    async run(query, id = `op-${++nextId}`) {
      const from = received.length;
      raw.send({ id, type: 'subscribe', payload: { query } });
      const end = await waitFor(
        (m) => m.id === id && (m.type === 'complete' || m.type === 'error'),
        from,
        `waiting for operation ${id}`,
      );
      const results = received.slice(from).filter((m) => m.id === id && m.type === 'next');
      return {
        results: results.map((m) => m.payload),
        ended: end.type as 'complete' | 'error',
        payload: end.payload,
      };
    },
    close() {
      socket.close();
    },
  };
  return raw;
}
