import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ExecutionResult, GraphQLError } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { type ClientOptions, WebSocketServer } from 'ws';
import { until } from '../../../test/kit/wait';
import type { Membership, ResultSink } from '../realtime/subscription-shapes';
import { GraphqlSocket, GraphqlWsServer, type Operation, textFrame, type WsFrame } from './graphql-ws-server';

/**
 * The protocol on its own (graphql-transport-ws, as graphql-ws's clients speak it), with hooks that stand in for the
 * endpoint: operations named by their query text, a fake shape that records its members and writes what a test asks.
 */
interface Auth {
  user: string;
}

/** A shape as the protocol sees one: members join through `run`, leave through `leave`. */
class FakeShape implements Membership<WsFrame> {
  readonly members = new Set<ResultSink<WsFrame>>();
  /** Every sink that ever joined, to write to one that has left. */
  readonly everyone: ResultSink<WsFrame>[] = [];
  leaves = 0;

  async leave(sink: ResultSink<WsFrame>): Promise<void> {
    if (this.members.delete(sink)) this.leaves += 1;
  }

  write(text: string, to: Iterable<ResultSink<WsFrame>> = this.members): void {
    for (const sink of to) sink.write(textFrame(`{"id":"${sink.id}","type":"next","payload":${text}}`));
  }

  end(): void {
    const members = [...this.members];
    this.members.clear();
    for (const member of members) member.end();
  }
}

/** A stream that waits until it is returned. */
function endless(): AsyncIterableIterator<ExecutionResult> & { returned: boolean } {
  let wake: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  const iterator = {
    returned: false,
    next: () =>
      new Promise<IteratorResult<ExecutionResult>>((resolve) => {
        wake = resolve;
      }),
    return: async () => {
      iterator.returned = true;
      wake?.({ value: undefined, done: true });
      return { value: undefined, done: true } as IteratorResult<ExecutionResult>;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

let shape = new FakeShape();
let streams: ReturnType<typeof endless>[] = [];
const events: string[] = [];
let httpServer: http.Server;
let protocol: GraphqlWsServer<Auth, { name: string }>;
let url = '';
const clients: WebSocket[] = [];

beforeAll(async () => {
  httpServer = http.createServer();
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, WebSocket: GraphqlSocket });
  protocol = new GraphqlWsServer<Auth, { name: string }>(
    wss,
    {
      connectionInitWaitTimeout: 1_000,
      connect: async (params) => (params?.token === 'good' ? { user: 'u' } : null),
      prepare: (payload) => (payload.query === 'bad' ? [new GraphQLError('bad query')] : { name: payload.query }),
      run: async (prepared, operation) => {
        switch (prepared.name) {
          case 'query':
            return { data: { hello: 'world' } };
          case 'stream':
            return (async function* () {
              yield { data: { n: 1 } };
              yield { data: { n: 2 } };
            })();
          case 'failing':
            return (async function* () {
              yield { data: { n: 1 } };
              throw new Error('boom');
            })();
          case 'endless': {
            const stream = endless();
            streams.push(stream);
            return stream;
          }
          default:
            shape.members.add(operation);
            shape.everyone.push(operation);
            return shape;
        }
      },
      formatResult: (result) => result,
      formatErrors: (errors) => errors.map((e) => ({ message: e.message })),
      started: (operation: Operation<Auth>) => events.push(`started ${operation.id}`),
      ended: (operation: Operation<Auth>) => events.push(`ended ${operation.id}`),
    },
    60,
  );
  httpServer.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => protocol.accept(ws as GraphqlSocket<Auth>)),
  );
  httpServer.listen(0, '127.0.0.1');
  await once(httpServer, 'listening');
  url = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.terminate();
  shape = new FakeShape();
  streams = [];
  events.length = 0;
});
afterAll(async () => {
  await protocol.dispose();
  await new Promise((resolve) => httpServer.close(resolve));
});

interface Received {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A client socket speaking the protocol by hand, collecting what it receives and how it closed. */
async function connect(subprotocol: string | null = 'graphql-transport-ws', options: ClientOptions = {}) {
  const socket = new WebSocket(url, subprotocol ?? undefined, options);
  clients.push(socket);
  const received: Received[] = [];
  let closed: { code: number; reason: string } | null = null;
  socket.on('message', (data) => received.push(JSON.parse(String(data)) as Received));
  socket.on('close', (code, reason) => {
    closed = { code, reason: String(reason) };
  });
  socket.on('error', () => {});
  await once(socket, 'open');
  const client = {
    socket,
    received,
    closed: () => closed,
    send: (message: unknown) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    /** Waits until a message matches, and gives it. */
    async next(match: (m: Received) => boolean, what: string): Promise<Received> {
      return until(() => received.find(match), {
        timeout: 10_000,
        message: () => `${what}: got ${JSON.stringify(received)}`,
      });
    },
    async closedWith(): Promise<{ code: number; reason: string }> {
      return until(() => closed, {
        timeout: 10_000,
        message: `the socket never closed (got ${JSON.stringify(received)})`,
      });
    },
    async init(token = 'good') {
      client.send({ type: 'connection_init', payload: { token } });
      await client.next((m) => m.type === 'connection_ack', 'connection_ack');
    },
    subscribe: (id: string, query: string) => client.send({ id, type: 'subscribe', payload: { query } }),
  };
  return client;
}

describe('graphql-transport-ws', () => {
  it('answers a query with next and complete, and a ping with a pong that carries its payload', async () => {
    const client = await connect();
    await client.init();
    client.subscribe('q', 'query');
    await client.next((m) => m.type === 'complete', 'complete');
    client.send({ type: 'ping', payload: { at: 1 } });
    await client.next((m) => m.type === 'pong', 'pong');
    expect(client.received).toEqual([
      { type: 'connection_ack' },
      { id: 'q', type: 'next', payload: { data: { hello: 'world' } } },
      { id: 'q', type: 'complete' },
      { type: 'pong', payload: { at: 1 } },
    ]);
  });

  it('answers a document it refuses with error, and a stream of its own with its results and complete', async () => {
    const client = await connect();
    await client.init();
    client.subscribe('bad', 'bad');
    client.subscribe('s', 'stream');
    await client.next((m) => m.id === 's' && m.type === 'complete', 'the stream’s complete');
    expect(client.received.slice(1)).toEqual([
      { id: 'bad', type: 'error', payload: [{ message: 'bad query' }] },
      { id: 's', type: 'next', payload: { data: { n: 1 } } },
      { id: 's', type: 'next', payload: { data: { n: 2 } } },
      { id: 's', type: 'complete' },
    ]);
    expect(events).toEqual(['started s', 'ended s']);
  });

  it('ends a stream that fails with error and no complete', async () => {
    const client = await connect();
    await client.init();
    client.subscribe('f', 'failing');
    await client.next((m) => m.type === 'error', 'error');
    // A query after it: its answer shows that nothing more came for `f` before it.
    client.subscribe('q', 'query');
    await client.next((m) => m.id === 'q' && m.type === 'complete', 'the query’s complete');
    expect(client.received.filter((m) => m.id === 'f')).toEqual([
      { id: 'f', type: 'next', payload: { data: { n: 1 } } },
      { id: 'f', type: 'error', payload: [{ message: 'boom' }] },
    ]);
    expect(events).toEqual(['started f', 'ended f']);
  });

  it('writes a shape’s frames to each member, in order with its other messages, and completes each at its end', async () => {
    const [a, b] = [await connect(), await connect()];
    for (const client of [a, b]) {
      await client.init();
      client.subscribe('1', 'shared');
    }
    await until(() => shape.members.size === 2, { message: 'the two sockets never joined the shape' });
    // Sizes on both sides of each length encoding of a frame header: 7 bits, 16 bits, 64 bits.
    const texts = ['x', 'y'.repeat(125), 'z'.repeat(300), 'w'.repeat(70_000)];
    // In one turn of the event loop: from the second frame on, each socket is corked until the turn ends.
    for (const text of texts) shape.write(JSON.stringify({ data: { text } }));
    shape.end();
    for (const client of [a, b]) {
      await client.next((m) => m.type === 'complete', 'complete');
      expect(client.received.slice(1)).toEqual([
        ...texts.map((text) => ({ id: '1', type: 'next', payload: { data: { text } } })),
        { id: '1', type: 'complete' },
      ]);
    }
    expect(events.sort()).toEqual(['ended 1', 'ended 1', 'started 1', 'started 1']);
  });

  it('leaves the shape when the client completes, and sends nothing more for that subscription', async () => {
    const client = await connect();
    await client.init();
    client.subscribe('1', 'shared');
    await until(() => shape.members.size === 1, { message: 'the socket never joined the shape' });
    client.send({ id: '1', type: 'complete' });
    await until(() => shape.leaves === 1, { message: 'the member never left the shape' });
    // Even a shape that still writes to it: the subscription is over.
    shape.write('{"data":{"late":true}}', shape.everyone);
    client.subscribe('q', 'query');
    await client.next((m) => m.id === 'q' && m.type === 'complete', 'the query’s complete');
    expect(client.received.filter((m) => m.id === '1')).toEqual([]);
    expect(events).toEqual(['started 1', 'ended 1']);
  });

  it('lets every operation go when its socket closes: the shape is left, a stream of its own is returned', async () => {
    const client = await connect();
    await client.init();
    client.subscribe('1', 'shared');
    client.subscribe('2', 'endless');
    await until(() => events.length === 2, { message: 'the two subscriptions never started' });
    client.socket.close();
    await until(() => shape.leaves === 1 && streams[0]?.returned, { message: 'the operations were not let go' });
    expect(events.sort()).toEqual(['ended 1', 'ended 2', 'started 1', 'started 2']);
  });

  it('closes with graphql-ws’s codes on what the protocol forbids', async () => {
    const noSubprotocol = await connect(null);
    expect(await noSubprotocol.closedWith()).toEqual({ code: 4406, reason: 'Subprotocol not acceptable' });

    const badToken = await connect();
    badToken.send({ type: 'connection_init', payload: { token: 'bad' } });
    expect(await badToken.closedWith()).toEqual({ code: 4403, reason: 'Forbidden' });

    const twice = await connect();
    await twice.init();
    twice.send({ type: 'connection_init', payload: { token: 'good' } });
    expect(await twice.closedWith()).toEqual({ code: 4429, reason: 'Too many initialisation requests' });

    const early = await connect();
    early.subscribe('1', 'query');
    expect(await early.closedWith()).toEqual({ code: 4401, reason: 'Unauthorized' });

    const duplicate = await connect();
    await duplicate.init();
    duplicate.subscribe('1', 'endless');
    duplicate.subscribe('1', 'endless');
    expect(await duplicate.closedWith()).toEqual({ code: 4409, reason: 'Subscriber for 1 already exists' });

    const garbage = await connect();
    garbage.send('{not json');
    expect(await garbage.closedWith()).toEqual({ code: 4400, reason: 'Invalid message received' });

    const silent = await connect();
    expect(await silent.closedWith()).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('ends a connection that stops answering pings, and keeps one that answers', async () => {
    const answering = await connect();
    const deaf = await connect('graphql-transport-ws', { autoPong: false });
    for (const client of [answering, deaf]) await client.init();
    // Two sweeps unanswered (every 60 ms here): the server terminates the socket, with no close frame.
    expect((await deaf.closedWith()).code).toBe(1006);
    expect(answering.closed()).toBeNull();
    expect(answering.socket.readyState).toBe(WebSocket.OPEN);
  });
});
