// The floor: a raw `ws` server that broadcasts one pre-serialised message to every client when told to.
import http from 'node:http';
import { WebSocketServer } from 'ws';

const server = http.createServer();
const wss = new WebSocketServer({ server });
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'port', port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (message: { type: string; payload?: string }) => {
  if (message.type === 'broadcast' && message.payload) {
    for (const client of wss.clients) client.send(message.payload);
  }
});
process.on('disconnect', () => process.exit(0));
