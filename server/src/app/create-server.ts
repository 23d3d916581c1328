import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { WebSocketServer } from 'ws';
import { repoRoot, type SecuritySettings } from '../config/env';
import type { Db } from '../db/client';
import { isConnectionError } from '../db/db-errors';
import { findLiveSessionIds, resolveViewer, tokenFrom } from '../modules/auth';
import { Supervisor } from '../modules/supervision';
import { EventStream, type EventStreamOptions } from '../realtime/event-stream';
import { type ResultSink, SubscriptionShapes } from '../realtime/subscription-shapes';
import { CatalogCache } from '../shared/catalog-cache';
import { type Clock, systemClock } from '../shared/clock';
import type { Context } from '../shared/context';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_REASON } from '../shared/errors';
import { LIMITS, validationRules } from './armor';
import { getSchema } from './build-schema';
import { type ContextDeps, createContext } from './context';
import { SocketSink, serveGraphqlWs } from './graphql-ws-server';
import { graphqlHttpHandler } from './http-handler';
import { currentRequestId } from './request-id';

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

/**
 * What a client may see of an error. Domain and request errors keep their code, field and reason. A database that
 * could not be reached (after the read's one retry) is SERVICE_UNAVAILABLE with a retry hint. Anything else is an
 * INTERNAL_SERVER_ERROR with only a request id, in every mode: SQL text, parameters and stacks stay in the server
 * log, under the same id.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'SERVICE_UNAVAILABLE' || isConnectionError(error)) {
      const requestId = currentRequestId();
      if (code !== 'SERVICE_UNAVAILABLE')
        console.warn(`[graphql] ${requestId} database unreachable: ${describe(error)}`);
      return {
        message: SERVICE_UNAVAILABLE_REASON,
        path: formatted.path,
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          reason: SERVICE_UNAVAILABLE_REASON,
          detail: 'DATABASE_UNREACHABLE',
          retryAfterSeconds: RETRY_AFTER_SECONDS,
          requestId,
        },
      };
    }
    if (typeof code === 'string' && CODES_SAFE_TO_SHOW.has(code)) {
      // "Did you mean …?" would map the schema for someone who may not read it.
      return production ? { ...formatted, message: formatted.message.replace(/ Did you mean .*$/, '') } : formatted;
    }
    const requestId = currentRequestId();
    console.error(`[graphql] ${requestId} internal error`, error);
    return {
      message: `服务器内部错误（请求编号 ${requestId}）`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e = error, depth = 0; e instanceof Error && depth < 4; depth += 1) {
    parts.push(e.message);
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return parts.join(' ← ') || String(error);
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
  // Idle keep-alive sockets stay open for a minute: with Node's 5 s default, a client reusing a socket just as the
  // server closes it gets ECONNRESET (seen under load, and common behind intranet proxies with longer timeouts).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
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
    sessionId: number;
  }
  const socketAuth = new WeakMap<object, SocketAuth>();
  const format = formatError(settings.production);
  /** A result as the `payload` of a `next` message, its errors formatted as over HTTP. */
  const toPayload = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) } : result;
  const shapes = new SubscriptionShapes({ serialise: (result) => JSON.stringify(toPayload(result)) });
  // Where each subscription's shared results are written: its socket, under its own id (see `context`).
  const sinks = new WeakMap<Context, ResultSink>();
  const documents = new DocumentCache();
  const wsCleanup = serveGraphqlWs<Record<string, unknown>>(
    {
      schema,
      connectionInitWaitTimeout: settings.wsConnectionInitTimeoutMs,
      // The token comes in connection_init; without a valid one the socket is closed with 4403 Forbidden.
      onConnect: async (ctx) => {
        const token = tokenFrom(ctx.connectionParams?.authorization ?? ctx.connectionParams?.token);
        const viewer = await resolveViewer(options.db, token);
        if (!token || !viewer) return false;
        socketAuth.set(ctx.extra.socket, { token, sessionId: viewer.sessionId });
        return true;
      },
      // The same parse and validation limits as over HTTP; a document that passed is shared by later sockets.
      onSubscribe: (_ctx, _id, payload) => {
        const cached = documents.get(payload.query);
        let document = cached?.document;
        // graphql-ws keeps the subscribe message for as long as the subscription lives: let it hold the cached
        // copy of the query text rather than its own.
        if (cached) (payload as { query: string }).query = cached.text;
        if (!document) {
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
          documents.set(payload.query, document);
        }
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
      },
      context: async (ctx, id) => {
        const context = await createContext(deps, socketAuth.get(ctx.extra.socket)?.token ?? null);
        sinks.set(context, new SocketSink(ctx.extra.socket, id));
        return context;
      },
      // Live subscriptions of the same shape share one execution and one serialisation per event.
      subscribe: async (args) => {
        const result = await shapes.subscribe(args, sinks.get(args.contextValue as Context));
        // graphql-ws keeps these arguments for as long as the subscription lives, but a shared member's results come
        // from its shape's execution: let its own context (scope, viewer, loaders) go.
        if (shapes.isMember(result)) args.contextValue = undefined;
        return result;
      },
      // Results of unshared operations carry errors formatted the same way.
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? toPayload(result) : undefined),
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
      return auth ? [{ socket, sessionId: auth.sessionId }] : [];
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
    // Stacks name files and, for a failed query, its SQL: they go to the server log, never to a client.
    includeStacktraceInErrorResponses: false,
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
      serveStatic(webRoot, url.pathname, req, res);
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
        // A deep accept queue: after a restart thousands of dashboards reconnect at once, and connections the
        // queue cannot hold are reset (the kernel caps it at net.core.somaxconn).
        httpServer.listen({ port, host: host || undefined, backlog: LISTEN_BACKLOG }, () => {
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

const MAX_CACHED_QUERY_CHARS = 8_192;

/**
 * Parsed, validated subscription documents by their text, so that a thousand dashboards sending the same query
 * hold one document between them. Bounded: past the limit the oldest entry goes.
 */
class DocumentCache {
  private readonly entries = new Map<string, { text: string; document: DocumentNode }>();

  constructor(private readonly limit = 500) {}

  get(text: string): { text: string; document: DocumentNode } | undefined {
    return this.entries.get(text);
  }

  set(text: string, document: DocumentNode): void {
    if (text.length > MAX_CACHED_QUERY_CHARS) return;
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(text, { text, document });
  }
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

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);
/** Gzipped static files by path, size and mtime: the built dashboard is a few files, compressed once each. */
const gzipped = new Map<string, Buffer>();

function serveStatic(root: string, pathname: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  let relative: string;
  try {
    relative = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    res.writeHead(400);
    res.end();
    return;
  }
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
  const extension = path.extname(file);
  const headers: http.OutgoingHttpHeaders = {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'cache-control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  // Intranet links are often slow: text assets go gzipped (about a third of their size) to clients that accept it.
  if (COMPRESSIBLE.has(extension)) {
    headers.vary = 'accept-encoding';
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const stat = fs.statSync(file);
      const key = `${file}:${stat.size}:${stat.mtimeMs}`;
      let body = gzipped.get(key);
      if (!body) {
        body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
        gzipped.set(key, body);
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
      return;
    }
  }
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}
