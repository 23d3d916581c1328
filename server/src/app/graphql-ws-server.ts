import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import WebSocket, { type WebSocketServer } from 'ws';

/** What graphql-ws hands our hooks as `ctx.extra`: the socket and the upgrade request. */
export interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

/**
 * graphql-ws on a `ws` server, as graphql-ws's own `useServer` does it, but with what every idle connection costs
 * kept to the socket itself: one keep-alive sweep over all sockets instead of an interval and a pong timer per
 * socket, and no per-socket closures beyond the message and close handlers graphql-ws needs.
 */
export function serveGraphqlWs<P extends Record<string, unknown>>(
  options: ServerOptions<P, SocketExtra>,
  wss: WebSocketServer,
  keepAliveMs = 12_000,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;

  // Sockets pinged by the last sweep that have not answered yet; a socket still here at the next sweep is gone.
  const awaitingPong = new WeakSet<WebSocket>();
  const sweep = setInterval(() => {
    for (const socket of wss.clients) {
      if (socket.readyState !== WebSocket.OPEN) continue;
      if (awaitingPong.has(socket)) {
        socket.terminate();
        continue;
      }
      awaitingPong.add(socket);
      socket.ping();
    }
  }, keepAliveMs);
  sweep.unref();

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.on('pong', onPong);
    socket.once('error', onSocketError);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== WebSocket.OPEN) {
              resolve();
              return;
            }
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((error: unknown) => {
              console.error('[ws] message handling failed', error);
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      closed(code, String(reason)).catch((error: unknown) => console.error('[ws] close handling failed', error));
    });
  });

  wss.once('error', (error) => {
    console.error('[ws] server error', error);
    for (const socket of wss.clients) socket.close(CloseCode.InternalServerError, 'Internal server error');
  });

  function onPong(this: WebSocket): void {
    awaitingPong.delete(this);
  }

  return {
    dispose: async () => {
      clearInterval(sweep);
      for (const socket of wss.clients) socket.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Shared by every socket: a transport error closes the socket it happened on. */
function onSocketError(this: WebSocket, error: Error): void {
  console.error('[ws] socket error', error.message);
  this.close(CloseCode.InternalServerError, 'Internal server error');
}
