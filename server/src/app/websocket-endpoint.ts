import type http from 'node:http';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
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
import { SubscriptionShapes } from '../realtime/subscription-shapes';
import { componentLog } from '../shared/logger';
import { UserRole } from '../shared/viewer';
import { LIMITS } from './armor';
import { type ContextDeps, createContext } from './context';
import {
  GraphqlSocket,
  GraphqlWsServer,
  type Operation,
  type PreparedOperation,
  textFrame,
  type WsFrame,
} from './graphql-ws-server';

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
  /** Stops the sweeps (keep-alive, connection_init deadline) and closes every socket with 1001. */
  dispose(): Promise<void>;
  /** Ends every socket and closes the WebSocket server. */
  close(): Promise<void>;
}

/** A socket's login, one small object: the token each operation is checked with again, and who it is for the log. */
class SocketAuth {
  constructor(
    readonly token: string,
    readonly sessionId: number,
    readonly userId: number,
    readonly role: UserRole,
    readonly departmentId: number | null,
  ) {}

  /** Who signed in, for the log: never the token. */
  get viewer(): { userId: number; role: string; departmentId: number | null } {
    return { userId: this.userId, role: this.role, departmentId: this.departmentId };
  }
}

/** A subscribe message once parsed and validated. */
interface Prepared extends PreparedOperation {
  document: DocumentNode;
  variableValues: Record<string, unknown> | null | undefined;
  operationName: string | null | undefined;
  subscription: boolean;
}

/** The enum's own strings, so a thousand sockets of one role share one, not a copy each from the database row. */
const ROLES = new Map<string, UserRole>(Object.values(UserRole).map((role) => [role, role]));

const log = componentLog('ws');

/**
 * GraphQL over WebSocket (graphql-transport-ws, graphql-ws's protocol) at `path`: the token comes in
 * connection_init and is re-checked on a timer, documents are parsed and validated once per query text with the
 * HTTP limits, and live subscriptions of the same shape share one execution and one frame per event
 * (realtime/subscription-shapes.ts).
 */
export function openWebSocketEndpoint(options: WebSocketEndpointOptions): WebSocketEndpoint {
  const { schema, deps, rules, format } = options;
  // noServer: upgrades are routed here by path, and listen errors stay with the HTTP server that owns them.
  // No compression: shared frames are written to each socket as they are (GraphqlSocket.writeFrame).
  const wsServer = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.maxBodyBytes,
    perMessageDeflate: false,
    WebSocket: GraphqlSocket,
  });

  /** A result as the `payload` of a `next` message, its errors formatted as over HTTP. */
  const toPayload = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) } : result;
  const shapes = new SubscriptionShapes<WsFrame>({
    serialise: (result) => JSON.stringify(toPayload(result)),
    message: (id, payload) => textFrame(`{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`),
  });
  const documents = new DocumentCache();
  const logged = (operation: Operation<SocketAuth>) => ({
    subscription: operation.id,
    operation: operation.name,
    ...operation.socket.auth?.viewer,
  });

  const server = new GraphqlWsServer<SocketAuth, Prepared>(wsServer, {
    connectionInitWaitTimeout: deps.settings.wsConnectionInitTimeoutMs,
    // The token comes in connection_init; without a valid one the socket is closed with 4403 Forbidden.
    connect: async (params) => {
      const token = tokenFrom(params?.authorization ?? params?.token);
      const viewer = await resolveViewer(deps.db, token);
      if (!token || !viewer) return null;
      // A copy of its own: the token is a slice of the connection_init message, which it would keep alive.
      const own = Buffer.from(token, 'latin1').toString('latin1');
      return new SocketAuth(
        own,
        viewer.sessionId,
        viewer.userId,
        ROLES.get(viewer.role) ?? viewer.role,
        viewer.departmentId,
      );
    },
    prepare: checkedDocument,
    // Each operation gets a fresh context, its login checked again; live subscriptions of the same shape share one
    // execution and one serialisation per event, and keep no context of their own once joined.
    run: async (prepared, operation) => {
      const args = {
        schema,
        document: prepared.document,
        variableValues: prepared.variableValues,
        operationName: prepared.operationName,
        contextValue: await createContext(deps, operation.socket.auth?.token ?? null),
      };
      return prepared.subscription ? shapes.subscribe(args, operation) : execute(args);
    },
    formatResult: toPayload,
    formatErrors: (errors) =>
      errors.map((e) => {
        const formatted = format(e.toJSON(), e);
        return new GraphQLError(formatted.message, { extensions: formatted.extensions }).toJSON();
      }),
    started: (operation) => {
      options.onSubscriptionCount?.(operation.name, 1);
      if (log.enabled('info')) log.info(logged(operation), '订阅开始');
      options.onSubscriptionLive?.(operation.id);
    },
    ended: (operation) => {
      options.onSubscriptionCount?.(operation.name, -1);
      if (log.enabled('info'))
        log.info({ ...logged(operation), durationMs: Math.round(performance.now()) - operation.startedAt }, '订阅结束');
    },
  });

  options.httpServer.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== options.path) {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => server.accept(ws as GraphqlSocket<SocketAuth>));
  });

  /** The same parse and validation limits as over HTTP; a document that passed is shared by later sockets. */
  function checkedDocument(payload: SubscribePayload): Prepared | GraphQLError[] {
    let document = documents.get(payload.query);
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
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [new GraphQLError('Unable to identify operation')];
    return {
      name: operation.name?.value ?? '(anonymous)',
      document,
      variableValues: payload.variables,
      operationName: payload.operationName,
      subscription: operation.operation === 'subscription',
    };
  }

  // Open sockets re-check their login: a revoked or expired one is closed, so it stops receiving anything.
  const recheck = setInterval(() => {
    const bySession = new Map<number, GraphqlSocket<SocketAuth>[]>();
    for (const client of wsServer.clients) {
      const socket = client as GraphqlSocket<SocketAuth>;
      if (!socket.auth) continue;
      const sockets = bySession.get(socket.auth.sessionId);
      if (sockets) sockets.push(socket);
      else bySession.set(socket.auth.sessionId, [socket]);
    }
    if (bySession.size === 0) return;
    findLiveSessionIds(deps.db, [...bySession.keys()])
      .then((live) => {
        for (const [sessionId, sockets] of bySession) {
          if (live.has(sessionId)) continue;
          for (const socket of sockets) socket.close(4403, 'Forbidden: 登录已失效');
        }
      })
      .catch((error: unknown) => log.error({ err: error }, '登录状态复查失败，下一轮再试'));
  }, deps.settings.wsAuthRecheckMs);
  recheck.unref();

  return {
    stats: () => ({ sockets: wsServer.clients.size, shapes: shapes.size }),
    stopRechecking: () => clearInterval(recheck),
    dispose: async () => {
      clearInterval(recheck);
      await server.dispose();
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
  private readonly entries = new Map<string, DocumentNode>();

  constructor(private readonly limit = 500) {}

  get(text: string): DocumentNode | undefined {
    return this.entries.get(text);
  }

  set(text: string, document: DocumentNode): void {
    if (text.length > MAX_CACHED_QUERY_CHARS) return;
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(text, document);
  }
}
