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
  /** Count messages instead of keeping each arrival time (for long runs with many events). */
  countOnly?: boolean;
}

const arrivals: number[] = [];
/** Messages received in count-only mode. */
let delivered = 0;
let ready = 0;
/** Sockets that closed or failed before they were subscribed: reported, so the bench never waits for them. */
let failed = 0;
/** Close codes seen, for the bench to explain any loss. */
const closes = new Map<string, number>();
const now = () => performance.timeOrigin + performance.now();
const NEXT = Buffer.from('"type":"next"');

function open(start: Start): void {
  const socket = new WebSocket(start.url, start.mode === 'graphql' ? 'graphql-transport-ws' : undefined);
  socket.on('open', () => {
    if (start.mode === 'raw') {
      ready += 1;
      return;
    }
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${start.token}` } }));
  });
  let subscribed = false;
  socket.on('message', (data: Buffer) => {
    if (start.mode === 'raw') {
      subscribed = true;
      arrivals.push(now());
      return;
    }
    if (subscribed && start.countOnly) {
      // Many messages a second in the write bench: count `next` messages without parsing them.
      if (data.includes(NEXT)) delivered += 1;
      return;
    }
    const message = JSON.parse(data.toString()) as { type: string };
    if (message.type === 'connection_ack') {
      subscribed = true;
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: start.query } }));
      ready += 1;
    } else if (message.type === 'next') {
      if (start.countOnly) delivered += 1;
      else arrivals.push(now());
    }
  });
  socket.on('close', (code) => {
    if (!subscribed) failed += 1;
    const key = subscribed ? String(code) : `${code} before subscribing`;
    closes.set(key, (closes.get(key) ?? 0) + 1);
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
    process.send?.({ type: 'arrivals', arrivals, delivered, closes: Object.fromEntries(closes) });
    arrivals.length = 0;
  }
});
process.on('disconnect', () => process.exit(0));
