import type http from 'node:http';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { WebSocketServer } from 'ws';
import { findLiveSessionIds, resolveViewer, tokenFrom } from '../modules/auth';
import { type ResultSink, SubscriptionShapes } from '../realtime/subscription-shapes';
import type { Context } from '../shared/context';
import { componentLog } from '../shared/logger';
import { LIMITS } from './armor';
import { type ContextDeps, createContext } from './context';
import { SocketSink, serveGraphqlWs } from './graphql-ws-server';

export interface WebSocketEndpointOptions {
  httpServer: http.Server;
  /** Upgrades to any other path are refused. */
  path: string;
  schema: GraphQLSchema;
  deps: ContextDeps;
  /** The validation rules HTTP uses (armor.ts), run once per distinct subscription document. */
  rules: ValidationRule[];
  format(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /**
   * Called with a subscription's id once its source is set up: its events from then on reach it. The event stream
   * registers a subscriber before the subscription's source is returned (realtime/event-stream.ts), so this is the
   * moment a test may publish (test/kit/live.ts).
   */
  onSubscriptionLive?(id: string): void;
  /** Told when a subscription starts and ends, by operation name (the metrics' live-subscription gauge). */
  onSubscriptionCount?(operation: string, delta: 1 | -1): void;
}

export interface WebSocketEndpoint {
  /** Open sockets and shared subscription shapes. */
  stats(): { sockets: number; shapes: number };
  /** Stops re-checking open sockets' logins. */
  stopRechecking(): void;
  /** Stops graphql-ws's sweeps (keep-alive, connection_init deadline); sockets stay open. */
  dispose(): Promise<void>;
  /** Ends every socket and closes the WebSocket server. */
  close(): Promise<void>;
}

interface SocketAuth {
  token: string;
  sessionId: number;
  /** Who signed in, for the log: never the token. */
  viewer: { userId: number; role: string; departmentId: number | null };
}

/** A live subscription as the log and the metrics know it. */
interface LiveSubscription {
  operation: string;
  startedAt: number;
}

const log = componentLog('ws');

/** The operation name a log line and a metric label give a subscription: the document's, as over HTTP. */
function operationOf(args: { document: DocumentNode; operationName?: string | null }): string {
  return getOperationAST(args.document, args.operationName)?.name?.value ?? '(anonymous)';
}

/**
 * GraphQL over WebSocket (graphql-ws) at `path`: the token comes in connection_init and is re-checked on a timer,
 * documents are parsed and validated once per query text with the HTTP limits, and live subscriptions of the same
 * shape share one execution per event (realtime/subscription-shapes.ts).
 */
export function openWebSocketEndpoint(options: WebSocketEndpointOptions): WebSocketEndpoint {
  const { schema, deps, rules, format } = options;
  // noServer: upgrades are routed here by path, and listen errors stay with the HTTP server that owns them.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxBodyBytes });
  options.httpServer.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== options.path) {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  });

  const socketAuth = new WeakMap<object, SocketAuth>();
  /** A result as the `payload` of a `next` message, its errors formatted as over HTTP. */
  const toPayload = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) } : result;
  const shapes = new SubscriptionShapes({ serialise: (result) => JSON.stringify(toPayload(result)) });
  // Where each subscription's shared results are written: its socket, under its own id (see `context`).
  const sinks = new WeakMap<Context, ResultSink>();
  const documents = new DocumentCache();
  // Each socket's live subscriptions by id: when each started, under which operation name.
  const live = new WeakMap<object, Map<string, LiveSubscription>>();

  const graphqlWs = serveGraphqlWs<Record<string, unknown>>(
    {
      schema,
      connectionInitWaitTimeout: deps.settings.wsConnectionInitTimeoutMs,
      // The token comes in connection_init; without a valid one the socket is closed with 4403 Forbidden.
      onConnect: async (ctx) => {
        const token = tokenFrom(ctx.connectionParams?.authorization ?? ctx.connectionParams?.token);
        const viewer = await resolveViewer(deps.db, token);
        if (!token || !viewer) return false;
        socketAuth.set(ctx.extra.socket, {
          token,
          sessionId: viewer.sessionId,
          viewer: { userId: viewer.userId, role: viewer.role, departmentId: viewer.departmentId },
        });
        return true;
      },
      onSubscribe: (_ctx, _id, payload) => checkedDocument(payload),
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
      onOperation: (ctx, id, _payload, args, result) => {
        if (!(Symbol.asyncIterator in Object(result))) return;
        const operation = operationOf(args);
        const open = live.get(ctx.extra.socket) ?? new Map<string, LiveSubscription>();
        live.set(ctx.extra.socket, open);
        open.set(id, { operation, startedAt: performance.now() });
        options.onSubscriptionCount?.(operation, 1);
        if (log.enabled('info'))
          log.info({ subscription: id, operation, ...socketAuth.get(ctx.extra.socket)?.viewer }, '订阅开始');
        options.onSubscriptionLive?.(id);
      },
      // Called when a subscription ends for any reason: completed by the client, by the server, or its socket closed.
      onComplete: (ctx, id) => {
        const open = live.get(ctx.extra.socket);
        const subscription = open?.get(id);
        if (!open || !subscription) return;
        open.delete(id);
        options.onSubscriptionCount?.(subscription.operation, -1);
        if (log.enabled('info'))
          log.info(
            {
              subscription: id,
              operation: subscription.operation,
              ...socketAuth.get(ctx.extra.socket)?.viewer,
              durationMs: Math.round(performance.now() - subscription.startedAt),
            },
            '订阅结束',
          );
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

  /** The same parse and validation limits as over HTTP; a document that passed is shared by later sockets. */
  function checkedDocument(payload: SubscribePayload) {
    const cached = documents.get(payload.query);
    let document = cached?.document;
    // graphql-ws keeps the subscribe message for as long as the subscription lives: let it hold the cached copy of
    // the query text rather than its own.
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
  }

  // Open sockets re-check their login: a revoked or expired one is closed, so it stops receiving anything.
  const recheck = setInterval(() => {
    const open = [...wsServer.clients].flatMap((socket) => {
      const auth = socketAuth.get(socket);
      return auth ? [{ socket, sessionId: auth.sessionId }] : [];
    });
    if (open.length === 0) return;
    findLiveSessionIds(
      deps.db,
      open.map((o) => o.sessionId),
    )
      .then((live) => {
        for (const { socket, sessionId } of open) if (!live.has(sessionId)) socket.close(4403, 'Forbidden: 登录已失效');
      })
      .catch((error: unknown) => log.error({ err: error }, '登录状态复查失败，下一轮再试'));
  }, deps.settings.wsAuthRecheckMs);
  recheck.unref();

  return {
    stats: () => ({ sockets: wsServer.clients.size, shapes: shapes.size }),
    stopRechecking: () => clearInterval(recheck),
    dispose: async () => {
      clearInterval(recheck);
      await graphqlWs.dispose();
    },
    close: async () => {
      for (const client of wsServer.clients) client.terminate();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
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
