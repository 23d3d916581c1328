import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import { repoRoot, type SecuritySettings } from '../config/env';
import type { Db } from '../db/client';
import { tokenFrom } from '../modules/auth';
import { Supervisor } from '../modules/supervision';
import { EventStream, type EventStreamOptions } from '../realtime/event-stream';
import { CatalogCache } from '../shared/catalog-cache';
import { type Clock, systemClock } from '../shared/clock';
import type { Context } from '../shared/context';
import { LIMITS, validationRules } from './armor';
import { getSchema } from './build-schema';
import { type ContextDeps, createContext } from './context';
import { formatError } from './format-error';
import { graphqlHttpHandler } from './http-handler';
import { officeHandler, officeRouteOf } from './office-handler';
import { type StaticHandler, staticFiles } from './static-files';
import { openWebSocketEndpoint, type WebSocketEndpoint } from './websocket-endpoint';

export const GRAPHQL_PATH = '/graphql';
const LISTEN_BACKLOG = 4096;

export interface ServerOptions {
  db: Db;
  /** LISTEN on the database (Database.listen): wakes the event stream when events commit, in any process. */
  listen: EventStreamOptions['listen'];
  settings: SecuritySettings;
  /** The time the rules run at; the machine's by default. */
  clock?: Clock;
  /** Sweep the warnings this often (a WARNING_CHANGED event per measure whose level changed); off when unset. */
  superviseEveryMs?: number;
  /** Where the built dashboard lives; a placeholder page is served when it has not been built. */
  webRoot?: string;
  /**
   * For tests only (test/kit/app.ts), never set by main.ts: each HTTP response says how many SQL statements its
   * request sent (`x-statement-count`), and `whenSubscriptionLive` can be awaited.
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
  const supervisor = options.superviseEveryMs ? new Supervisor(deps, options.superviseEveryMs) : null;
  supervisor?.start();
  const httpServer = createHttpServer();
  const live = options.instrument ? new LiveSubscriptions() : null;
  const webSocket = openWebSocketEndpoint({
    httpServer,
    path: GRAPHQL_PATH,
    schema,
    deps,
    rules,
    format,
    onSubscriptionLive: live ? (id) => live.arrived(id) : undefined,
  });
  const apollo = await startApollo({ schema, httpServer, settings, rules, format, deps, webSocket });
  routeRequests(httpServer, {
    graphql: graphqlHttpHandler(apollo, (authorization) => createContext(deps, tokenFrom(authorization)), {
      countStatements: options.instrument ?? false,
    }),
    office: officeHandler((authorization) => createContext(deps, tokenFrom(authorization)), {
      countStatements: options.instrument ?? false,
    }),
    staticFiles: staticFiles(options.webRoot ?? path.join(repoRoot, 'web', 'dist')),
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
    close: async () => {
      webSocket.stopRechecking();
      await supervisor?.stop();
      await deps.eventStream.stop();
      await apollo.stop();
      await webSocket.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** The process's event stream, catalog cache and clock: what every operation's context is made from. */
async function startServices(options: ServerOptions): Promise<ContextDeps> {
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

/**
 * GraphQL at /graphql, the office routes under /api/ (downloads and uploads), a health check, and the dashboard for
 * every other GET or HEAD; security headers on all.
 */
function routeRequests(
  httpServer: http.Server,
  handlers: {
    graphql: ReturnType<typeof graphqlHttpHandler>;
    office: ReturnType<typeof officeHandler>;
    staticFiles: StaticHandler;
  },
): void {
  httpServer.on('request', (req, res) => {
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = (error: unknown) => {
      console.error('[http] request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('服务器内部错误');
    };
    if (url.pathname === GRAPHQL_PATH) {
      handlers.graphql(req, res, url).catch(done);
    } else if (url.pathname.startsWith('/api/')) {
      const found = officeRouteOf(req.method ?? 'GET', url.pathname);
      if (found && 'allow' in found) {
        res.writeHead(405, { allow: found.allow });
        res.end();
      } else if (found) {
        handlers.office(req, res, url, found).catch(done);
      } else {
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: '没有这个地址', extensions: { code: 'NOT_FOUND' } }] }));
      }
    } else if (url.pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
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
