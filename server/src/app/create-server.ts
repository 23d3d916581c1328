import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { repoRoot, type SecuritySettings } from '../config/env';
import type { Db } from '../db/client';
import { findLiveSessionIds, resolveViewer, tokenFrom } from '../modules/auth';
import { Supervisor } from '../modules/supervision';
import { EventStream, type EventStreamOptions } from '../realtime/event-stream';
import { SubscriptionShapes } from '../realtime/subscription-shapes';
import { CatalogCache } from '../shared/catalog-cache';
import { type Clock, systemClock } from '../shared/clock';
import type { Context } from '../shared/context';
import type { Viewer } from '../shared/viewer';
import { LIMITS, validationRules } from './armor';
import { getSchema } from './build-schema';
import { type ContextDeps, createContext } from './context';
import { graphqlHttpHandler } from './http-handler';

export const GRAPHQL_PATH = '/graphql';

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
}

export interface DubanServer {
  httpServer: http.Server;
  /** Live subscription counts: sockets, shared shapes, and subscribers of the event stream. */
  stats(): { sockets: number; shapes: number; streamSubscribers: number };
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

const CODES_SAFE_TO_SHOW = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Hides internal failures from clients in production; domain errors keep their code, field and reason. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CODES_SAFE_TO_SHOW.has(code)) {
      // "Did you mean …?" would map the schema for someone who may not read it.
      return production ? { ...formatted, message: formatted.message.replace(/ Did you mean .*$/, '') } : formatted;
    }
    if (!production) return formatted;
    console.error('[graphql] internal error', error);
    return { message: '服务器内部错误', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Creates the HTTP + WebSocket server: GraphQL at /graphql (both protocols), the dashboard everywhere else. */
export async function createServer(options: ServerOptions): Promise<DubanServer> {
  const schema = await getSchema();
  const { settings } = options;
  const eventStream = new EventStream({ db: options.db, listen: options.listen });
  await eventStream.start();
  const deps: ContextDeps = {
    db: options.db,
    catalog: new CatalogCache(),
    settings,
    eventStream,
    clock: options.clock ?? systemClock,
  };
  const supervisor = options.superviseEveryMs ? new Supervisor(deps, options.superviseEveryMs) : null;
  supervisor?.start();
  const rules = validationRules(settings.introspection);
  const httpServer = http.createServer();
  // noServer: upgrades are routed here by path, and listen errors stay with the HTTP server that owns them.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxBodyBytes });
  httpServer.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== GRAPHQL_PATH) {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  });

  interface SocketAuth {
    token: string;
    viewer: Viewer;
  }
  const socketAuth = new WeakMap<object, SocketAuth>();
  const format = formatError(settings.production);
  const shapes = new SubscriptionShapes();
  const wsCleanup = useServer<Record<string, unknown>, Record<string, never>>(
    {
      schema,
      connectionInitWaitTimeout: settings.wsConnectionInitTimeoutMs,
      // The token comes in connection_init; without a valid one the socket is closed with 4403 Forbidden.
      onConnect: async (ctx) => {
        const token = tokenFrom(ctx.connectionParams?.authorization ?? ctx.connectionParams?.token);
        const viewer = await resolveViewer(options.db, token);
        if (!token || !viewer) return false;
        socketAuth.set(ctx.extra.socket, { token, viewer });
        return true;
      },
      // The same parse and validation limits as over HTTP.
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const errors = validate(schema, document, [...specifiedRules, ...rules]);
        if (errors.length > 0) {
          return errors.map(
            (e) =>
              new GraphQLError(e.message, {
                nodes: e.nodes,
                extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        }
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
      },
      context: (ctx) => createContext(deps, socketAuth.get(ctx.extra.socket)?.token ?? null),
      // Live subscriptions of the same shape share one execution per event.
      subscribe: (args) => shapes.subscribe(args),
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) => {
          const formatted = format(e.toJSON(), e);
          return new GraphQLError(formatted.message, { extensions: formatted.extensions });
        }),
    },
    wsServer,
  );

  // Open sockets re-check their login: a revoked or expired one is closed, so it stops receiving anything.
  const recheck = setInterval(() => {
    const open = [...wsServer.clients].flatMap((socket) => {
      const auth = socketAuth.get(socket);
      return auth ? [{ socket, sessionId: auth.viewer.sessionId }] : [];
    });
    if (open.length === 0) return;
    findLiveSessionIds(
      options.db,
      open.map((o) => o.sessionId),
    )
      .then((live) => {
        for (const { socket, sessionId } of open) if (!live.has(sessionId)) socket.close(4403, 'Forbidden: 登录已失效');
      })
      .catch((error: unknown) => console.error('[ws] session re-check failed', error));
  }, settings.wsAuthRecheckMs);
  recheck.unref();

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: settings.introspection,
    // main.ts owns the signals and closes the server, the stream and the database in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !settings.production,
    formatError: format,
    validationRules: rules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      // No HTTP caching of GraphQL responses here, and its per-field hook would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              clearInterval(recheck);
              await eventStream.stop();
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const handleGraphql = graphqlHttpHandler(apollo, (authorization) => createContext(deps, tokenFrom(authorization)));
  const webRoot = options.webRoot ?? path.join(repoRoot, 'web', 'dist');

  httpServer.on('request', (req, res) => {
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = (error: unknown) => {
      console.error('[http] request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('服务器内部错误');
    };
    if (url.pathname === GRAPHQL_PATH) {
      handleGraphql(req, res, url).catch(done);
    } else if (url.pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      serveStatic(webRoot, url.pathname, res);
    } else {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
    }
  });

  return {
    httpServer,
    stats: () => ({ sockets: wsServer.clients.size, shapes: shapes.size, streamSubscribers: eventStream.size }),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host || undefined, () => {
          httpServer.off('error', reject);
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    supervisor,
    close: async () => {
      clearInterval(recheck);
      await supervisor?.stop();
      await eventStream.stop();
      await apollo.stop();
      for (const client of wsServer.clients) client.terminate();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>督办</title></head>
<body style="font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:3rem">
<h1>督办 · 工作方案实时督办平台</h1><p>仪表盘尚未构建。GraphQL 接口位于 <a href="/graphql">/graphql</a>。</p></body></html>`;

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const relative = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, relative);
  if (!file.startsWith(root)) {
    res.writeHead(403);
    res.end();
    return;
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PLACEHOLDER);
    return;
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}
