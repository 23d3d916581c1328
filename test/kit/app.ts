import { AsyncLocalStorage } from 'node:async_hooks';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createServer, type DubanServer, type ServerOptions } from '../../server/src/app/create-server';
import { type MetricsAccess, readEnv, type SecuritySettings, securitySettings } from '../../server/src/config/env';
import { countingStatements, type StatementTally } from '../../server/src/db/client';
import type { TestDatabase } from '../../server/src/db/test-database';
import { DEMO_PASSWORD } from '../../server/src/seed';
import type { Clock } from '../../server/src/shared/clock';
import { graphql } from '../gql';
import { openFileDatabase } from './database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The variables argument of a typed operation: required when the operation has required variables. */
export type VariablesOf<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** A client of the running app, signed in as someone or anonymous. */
export interface ApiClient {
  token: string | null;
  /**
   * Posts a GraphQL operation over HTTP and returns the parsed body: a typed operation (`graphql(…)` from test/gql,
   * made by `pnpm codegen`) types its variables and result; a plain string is typed by the caller.
   */
  gql<T, V>(document: DocumentTypeDecoration<T, V>, ...variables: VariablesOf<V>): Promise<GraphQLResponse<T>>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /**
   * Runs one operation over graphql-ws (one socket per client) and returns its single result (a subscription's
   * first event); fails after `timeout` ms (30 s by default) naming the operation that got no result.
   */
  ws<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | DocumentTypeDecoration<T, V>,
    variables?: V,
    options?: { timeout?: number },
  ): Promise<GraphQLResponse<T>>;
}

export interface TestApp {
  url: string;
  wsUrl: string;
  database: TestDatabase;
  server: DubanServer;
  settings: SecuritySettings;
  /** Nobody signed in. */
  anonymous: ApiClient;
  /** Signs in (demo accounts have the password `demo`) and returns that user's client. */
  as(username: string, password?: string): Promise<ApiClient>;
  /**
   * Counts the SQL statements `run` sends: those of the HTTP requests it makes (each response says its own, see
   * `instrument` in create-server.ts) and of any database call it makes itself, but none of what the server does
   * meanwhile on its own (the event stream's reads, the supervisor's sweeps, other files' requests).
   */
  countStatements(run: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

const LOGIN = graphql(`
  mutation KitLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) { token }
  }
`);

/** The tally of the `countStatements` call the current code runs within, which HTTP responses add their counts to. */
const statementTally = new AsyncLocalStorage<StatementTally>();

/** Adds the statements an instrumented server says a response cost to the `countStatements` call running, if any. */
export function tallyStatements(res: Response): void {
  const counting = statementTally.getStore();
  if (counting) counting.statements += Number(res.headers.get('x-statement-count') ?? 0);
}

/**
 * A real server on a free port over a fresh database (PGlite, or TEST_DATABASE_URL's server), with the Boshan plan
 * and the demo accounts seeded (`seed: false`: migrated only). The database is a copy of the run's template when the
 * global setup made one (test/kit/global-setup.ts). Logins fail without delay unless the test asks for one.
 */
export async function startTestApp(
  options: {
    seed?: boolean;
    production?: boolean;
    settings?: Partial<SecuritySettings>;
    /** The time the rules run at, e.g. a ManualClock; the machine's by default. */
    clock?: Clock;
    /** Sweep warnings this often (off by default, so that tests counting events see only their own). */
    superviseEveryMs?: number;
    /** Who may read /metrics (loopback only by default, which the test's own requests are). */
    metrics?: MetricsAccess;
    /** Send messages (modules/message) through these channels; off by default (messages are still queued). */
    messages?: ServerOptions['messages'];
  } = {},
): Promise<TestApp> {
  const database = await openFileDatabase(options.seed ?? true);
  const settings: SecuritySettings = {
    ...securitySettings(readEnv({ NODE_ENV: options.production ? 'production' : 'test' })),
    loginFailureDelayMs: 0,
    ...options.settings,
  };
  const server = await createServer({
    db: database.db,
    listen: database.listen,
    settings,
    clock: options.clock,
    superviseEveryMs: options.superviseEveryMs,
    database,
    metrics: options.metrics,
    messages: options.messages,
    instrument: true,
  });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const sockets: Client[] = [];

  const client = (token: string | null): ApiClient => {
    let socket: Client | undefined;
    return {
      token,
      async gql(query: string | DocumentTypeDecoration<unknown, unknown>, variables?: unknown) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: String(query), variables }),
        });
        tallyStatements(res);
        return (await res.json()) as GraphQLResponse<never>;
      },
      ws(query, variables, options) {
        socket ??= createClient({
          url: wsUrl,
          webSocketImpl: WebSocket,
          lazy: true,
          retryAttempts: 0,
          connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        });
        sockets.push(socket);
        const open = socket;
        const timeout = options?.timeout ?? 30_000;
        return new Promise((resolve, reject) => {
          // The first result settles it: a query's only one, or a subscription's first event (then unsubscribed).
          let settled = false;
          const settle = (done: () => void) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            done();
          };
          const timer = setTimeout(() => {
            settle(() =>
              reject(
                new Error(`no result over the socket within ${timeout} ms for ${String(query).trim().split('\n')[0]}`),
              ),
            );
            stop();
          }, timeout);
          const stop = open.subscribe(
            { query: String(query), variables: variables as Record<string, unknown> | undefined },
            {
              next: (value) => {
                settle(() => resolve(value as GraphQLResponse));
                stop();
              },
              // graphql-ws reports operation errors as an array of GraphQL errors, and a closed socket as an event.
              error: (error) =>
                settle(() => (Array.isArray(error) ? resolve({ errors: error } as GraphQLResponse) : reject(error))),
              complete: () => settle(() => resolve({} as GraphQLResponse)),
            },
          );
        }) as never;
      },
    };
  };
  const anonymous = client(null);

  return {
    url,
    wsUrl,
    database,
    server,
    settings,
    anonymous,
    async as(username, password = DEMO_PASSWORD) {
      const result = await anonymous.gql(LOGIN, { username, password });
      const token = result.data?.login.token;
      if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
      return client(token);
    },
    async countStatements(run) {
      const tally: StatementTally = { statements: 0 };
      await statementTally.run(tally, () => countingStatements(tally, run));
      return tally.statements;
    },
    async close() {
      await Promise.all(sockets.map((s) => s.dispose()));
      await server.close();
      await database.destroy();
    },
  };
}
