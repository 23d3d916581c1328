// A bench client process: holds many subscriptions (graphql-transport-ws over raw `ws`, or plain `ws` for the
// floor) and reports, over IPC, when they are ready and when each received its message.
import WebSocket from 'ws';

interface Start {
  type: 'start';
  url: string;
  count: number;
  mode: 'graphql' | 'raw';
  token?: string;
  query?: string;
}

const arrivals: number[] = [];
let ready = 0;
/** Sockets that closed or failed before they were subscribed: reported, so the bench never waits for them. */
let failed = 0;
const now = () => performance.timeOrigin + performance.now();

function open(start: Start): void {
  const socket = new WebSocket(start.url, start.mode === 'graphql' ? 'graphql-transport-ws' : undefined);
  socket.on('open', () => {
    if (start.mode === 'raw') {
      ready += 1;
      return;
    }
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${start.token}` } }));
  });
  socket.on('message', (data) => {
    const text = data.toString();
    if (start.mode === 'raw') {
      arrivals.push(now());
      return;
    }
    const message = JSON.parse(text) as { type: string };
    if (message.type === 'connection_ack') {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: start.query } }));
      ready += 1;
    } else if (message.type === 'next') {
      arrivals.push(now());
    }
  });
  let subscribed = false;
  socket.on('message', (data) => {
    if (start.mode === 'raw' || data.toString().includes('connection_ack')) subscribed = true;
  });
  socket.on('close', () => {
    if (!subscribed) failed += 1;
  });
  socket.on('error', () => {});
}

process.on('message', (message: Start | { type: 'report' }) => {
  if (message.type === 'start') {
    for (let i = 0; i < message.count; i++) open(message);
    const poll = setInterval(() => {
      if (ready + failed >= message.count) {
        clearInterval(poll);
        process.send?.({ type: 'ready', ready, failed });
      }
    }, 100);
  } else if (message.type === 'report') {
    process.send?.({ type: 'arrivals', arrivals });
    arrivals.length = 0;
  }
});
process.on('disconnect', () => process.exit(0));
