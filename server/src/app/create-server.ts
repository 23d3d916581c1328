import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import { type MetricsAccess, repoRoot, type SecuritySettings } from '../config/env';
import type { Database, Db } from '../db/client';
import { readMigrationJournal } from '../db/migration-state';
import { tokenFrom } from '../modules/auth';
import { installEventConsequence } from '../modules/event';
import { type ChannelSet, MessageSender, messagesFollowEvents, ReminderSweeper } from '../modules/message';
import { Supervisor } from '../modules/supervision';
import { EventStream, type EventStreamOptions } from '../realtime/event-stream';
import { parseCidr } from '../shared/address-range';
import { CatalogCache } from '../shared/catalog-cache';
import { type Clock, systemClock } from '../shared/clock';
import type { Context } from '../shared/context';
import type { DerivedCache } from '../shared/derived-cache';
import { componentLog } from '../shared/logger';
import { LIMITS, validationRules } from './armor';
import { getSchema } from './build-schema';
import { type ContextDeps, createContext } from './context';
import { formatError } from './format-error';
import { type ReadinessSources, sendHealth, sendReadiness } from './health';
import { graphqlHttpHandler } from './http-handler';
import { metricsAllowed, ServerMetrics } from './metrics';
import { officeHandler, officeRouteOf } from './office-handler';
import { requestRecordPlugin, servedAsRequest } from './request-log';
import { type StaticHandler, staticFiles } from './static-files';
import { openWebSocketEndpoint, type WebSocketEndpoint } from './websocket-endpoint';

export const GRAPHQL_PATH = '/graphql';
const LISTEN_BACKLOG = 4096;
const log = componentLog('http');

export interface ServerOptions {
  db: Db;
  /** LISTEN on the database (Database.listen): wakes the event stream when events commit, in any process. */
  listen: EventStreamOptions['listen'];
  settings: SecuritySettings;
  /** The time the rules run at; the machine's by default. */
  clock?: Clock;
  /** Sweep the warnings this often (a WARNING_CHANGED event per measure whose level changed); off when unset. */
  superviseEveryMs?: number;
  /**
   * Sending messages (modules/message): the channels, the address links in messages start with (reachable from
   * phones on the intranet), and how often the sender looks for due deliveries. Off when unset: messages are still
   * queued (the 消息 bell shows them), and sent by whichever process has it on.
   */
  messages?: { channels: ChannelSet; publicUrl: () => string; sendEveryMs?: number };
  /** Where the built dashboard lives; a placeholder page is served when it has not been built. */
  webRoot?: string;
  /** The opened database (main.ts, the test kit): its statement counter and pool use go to /metrics. */
  database?: Pick<Database, 'counter' | 'poolUse'>;
  /** Who may read /metrics; loopback only when unset. */
  metrics?: MetricsAccess;
  /**
   * For tests only (test/kit/app.ts), never set by main.ts: each HTTP response says how many SQL statements its
   * request sent (`x-statement-count`), `whenSubscriptionLive` can be awaited, and /metrics reads the office
   * figures afresh at every scrape.
   */
  instrument?: boolean;
}

export interface DubanServer {
  httpServer: http.Server;
  /** Live subscription counts: sockets, shared shapes, and subscribers of the event stream. */
  stats(): { sockets: number; shapes: number; streamSubscribers: number };
  /**
   * With `instrument`: resolves once the WebSocket subscription with this id (on any socket) is registered with the
   * event stream, so that every event committed from then on reaches it.
   */
  whenSubscriptionLive(id: string): Promise<void>;
  /** The warning sweeper, when `superviseEveryMs` is set. */
  supervisor: Supervisor | null;
  /** The reminder sweep (reporting reminders, reply dates near, the weekly digest), when `superviseEveryMs` is set. */
  reminders: ReminderSweeper | null;
  /** The outbox's sender, when `messages` is set. */
  sender: MessageSender | null;
  /** The process's Prometheus metrics (also served at /metrics). */
  metrics: ServerMetrics;
  /** Derived state shared by requests at the same standing of the data (shared/derived-cache.ts). */
  derived: DerivedCache;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
} as const;

/** Creates the HTTP + WebSocket server: GraphQL at /graphql (both protocols), the dashboard everywhere else. */
export async function createServer(options: ServerOptions): Promise<DubanServer> {
  const schema = await getSchema();
  const { settings } = options;
  const format = formatError(settings.production);
  const rules = validationRules(settings.introspection);
  const deps = await startServices(options);
  const httpServer = createHttpServer();
  const live = options.instrument ? new LiveSubscriptions() : null;
  let sockets = () => ({ sockets: 0, shapes: 0 });
  const metrics = new ServerMetrics({
    db: options.db,
    clock: deps.clock,
    eventStream: deps.eventStream,
    webSocket: () => sockets(),
    statements: options.database?.counter,
    pool: options.database?.poolUse,
    figuresTtlMs: options.instrument ? 0 : undefined,
    derived: deps.catalog.derived,
  });
  const supervisor = options.superviseEveryMs
    ? new Supervisor({ ...deps, onSwept: (sweep) => metrics.swept(sweep) }, options.superviseEveryMs)
    : null;
  supervisor?.start();
  const reminders = options.superviseEveryMs
    ? new ReminderSweeper({ ...deps, onSwept: (sweep) => metrics.reminded(sweep) }, options.superviseEveryMs)
    : null;
  reminders?.start();
  const sender = options.messages
    ? new MessageSender(
        {
          ...deps,
          channels: options.messages.channels,
          publicUrl: options.messages.publicUrl,
          onAttempt: (attempt) => metrics.delivered(attempt),
        },
        options.messages.sendEveryMs ?? 1000,
      )
    : null;
  sender?.start();
  const webSocket = openWebSocketEndpoint({
    httpServer,
    path: GRAPHQL_PATH,
    schema,
    deps,
    rules,
    format,
    onSubscriptionLive: live ? (id) => live.arrived(id) : undefined,
    onSubscriptionCount: (operation, delta) => metrics.subscriptionCount(operation, delta),
  });
  sockets = () => webSocket.stats();
  let closing = false;
  const readiness: ReadinessSources = {
    db: options.db,
    eventStream: deps.eventStream,
    journal: readMigrationJournal(),
    closing: () => closing,
  };
  const apollo = await startApollo({ schema, httpServer, settings, rules, format, deps, webSocket });
  routeRequests(httpServer, {
    graphql: graphqlHttpHandler(apollo, (authorization) => createContext(deps, tokenFrom(authorization)), {
      countStatements: options.instrument ?? false,
    }),
    office: officeHandler((authorization) => createContext(deps, tokenFrom(authorization)), {
      countStatements: options.instrument ?? false,
    }),
    staticFiles: staticFiles(options.webRoot ?? path.join(repoRoot, 'web', 'dist')),
    metrics,
    metricsAccess: options.metrics ?? { allow: LOOPBACK, token: null },
    readiness,
  });

  return {
    httpServer,
    stats: () => ({ ...webSocket.stats(), streamSubscribers: deps.eventStream.size }),
    whenSubscriptionLive: (id) => {
      if (!live) throw new Error('whenSubscriptionLive needs a server created with `instrument: true`');
      return live.when(id);
    },
    listen: (port, host) => listen(httpServer, port, host),
    supervisor,
    reminders,
    sender,
    metrics,
    derived: deps.catalog.derived,
    close: async () => {
      // /readyz says 503 from now on, while requests under way finish.
      closing = true;
      webSocket.stopRechecking();
      await supervisor?.stop();
      await reminders?.stop();
      await sender?.stop();
      await deps.eventStream.stop();
      await apollo.stop();
      await webSocket.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** The process's event stream, catalog cache and clock: what every operation's context is made from. */
async function startServices(options: ServerOptions): Promise<ContextDeps> {
  // Messages follow the events that cause them, in their transaction (modules/message, the outbox).
  installEventConsequence(messagesFollowEvents(options.clock ?? systemClock));
  const eventStream = new EventStream({ db: options.db, listen: options.listen });
  await eventStream.start();
  return {
    db: options.db,
    catalog: new CatalogCache(),
    settings: options.settings,
    eventStream,
    clock: options.clock ?? systemClock,
  };
}

function createHttpServer(): http.Server {
  const httpServer = http.createServer();
  // Idle keep-alive sockets stay open for a minute: with Node's 5 s default, a client reusing a socket just as the
  // server closes it gets ECONNRESET (seen under load, and common behind intranet proxies with longer timeouts).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  return httpServer;
}

/** Apollo over the schema, with the same limits and error formatting as the WebSocket endpoint. */
async function startApollo(parts: {
  schema: GraphQLSchema;
  httpServer: http.Server;
  settings: SecuritySettings;
  rules: ValidationRule[];
  format: ReturnType<typeof formatError>;
  deps: ContextDeps;
  webSocket: WebSocketEndpoint;
}): Promise<ApolloServer<Context>> {
  const apollo = new ApolloServer<Context>({
    schema: parts.schema,
    introspection: parts.settings.introspection,
    // main.ts owns the signals and closes the server, the stream and the database in order.
    stopOnTerminationSignals: false,
    // Stacks name files and, for a failed query, its SQL: they go to the server log, never to a client.
    includeStacktraceInErrorResponses: false,
    formatError: parts.format,
    validationRules: parts.rules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      // No HTTP caching of GraphQL responses here, and its per-field hook would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: parts.httpServer }),
      requestRecordPlugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              parts.webSocket.stopRechecking();
              await parts.deps.eventStream.stop();
              await parts.webSocket.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  return apollo;
}

const LOOPBACK = [parseCidr('127.0.0.0/8'), parseCidr('::1')].flatMap((range) => (range ? [range] : []));

/**
 * GraphQL at /graphql and the office routes under /api/ (downloads and uploads; each a recorded request: request id,
 * one log line, metrics), /healthz, /readyz and /metrics, and the dashboard for every other GET or HEAD; security
 * headers on all.
 */
function routeRequests(
  httpServer: http.Server,
  handlers: {
    graphql: ReturnType<typeof graphqlHttpHandler>;
    office: ReturnType<typeof officeHandler>;
    staticFiles: StaticHandler;
    metrics: ServerMetrics;
    metricsAccess: MetricsAccess;
    readiness: ReadinessSources;
  },
): void {
  const { metrics } = handlers;
  httpServer.on('request', (req, res) => {
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = (error: unknown) => {
      log.error({ err: error, path: url.pathname }, '请求处理失败');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('服务器内部错误');
    };
    if (url.pathname === GRAPHQL_PATH) {
      servedAsRequest('graphql', req, res, metrics, () => handlers.graphql(req, res, url)).catch(done);
    } else if (url.pathname.startsWith('/api/')) {
      const found = officeRouteOf(req.method ?? 'GET', url.pathname);
      if (found && 'allow' in found) {
        res.writeHead(405, { allow: found.allow });
        res.end();
      } else if (found) {
        servedAsRequest('office', req, res, metrics, () => handlers.office(req, res, url, found)).catch(done);
      } else {
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: '没有这个地址', extensions: { code: 'NOT_FOUND' } }] }));
      }
    } else if (url.pathname === '/healthz') {
      sendHealth(res);
    } else if (url.pathname === '/readyz') {
      sendReadiness(res, handlers.readiness).catch(done);
    } else if (url.pathname === '/metrics') {
      if (!metricsAllowed(req, handlers.metricsAccess)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('无权读取 /metrics：请从 METRICS_ALLOW 允许的地址访问，或带上 METRICS_TOKEN');
        return;
      }
      metrics
        .scrape()
        .then(({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
          res.end(body);
        })
        .catch(done);
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      handlers.staticFiles(req, res);
    } else {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
    }
  });
}

function listen(httpServer: http.Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    // A deep accept queue: after a restart thousands of dashboards reconnect at once, and connections the queue
    // cannot hold are reset (the kernel caps it at net.core.somaxconn).
    httpServer.listen({ port, host: host || undefined, backlog: LISTEN_BACKLOG }, () => {
      httpServer.off('error', reject);
      const address = httpServer.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Which subscriptions have gone live, by id, for tests that must not publish before (instrumented servers only). */
class LiveSubscriptions {
  private readonly arrivedIds = new Set<string>();
  private readonly waiting = new Map<string, () => void>();

  arrived(id: string): void {
    const resolve = this.waiting.get(id);
    if (resolve) {
      this.waiting.delete(id);
      resolve();
    } else {
      this.arrivedIds.add(id);
    }
  }

  when(id: string): Promise<void> {
    if (this.arrivedIds.delete(id)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }
}
