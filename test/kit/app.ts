import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createServer, type DubanServer } from '../../server/src/app/create-server';
import { openTestDatabase, type TestDatabase } from '../../server/src/db/test-database';
import { seedBoshanPlan } from '../../server/src/seed';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  wsUrl: string;
  database: TestDatabase;
  server: DubanServer;
  /** Posts a GraphQL operation over HTTP and returns the parsed body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Runs one query over graphql-ws and returns its single result. */
  gqlOverWebSocket<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Counts the SQL statements `run` sends. */
  countStatements(run: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** A real server on a free port over a fresh database (PGlite, or TEST_DATABASE_URL's server). */
export async function startTestApp(options: { seed?: boolean; production?: boolean } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  if (options.seed ?? true) await seedBoshanPlan(database.db);
  const server = await createServer({ db: database.db, production: options.production ?? false });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  let wsClient: Client | undefined;

  return {
    url,
    wsUrl,
    database,
    server,
    async gql(query, variables) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<never>;
    },
    gqlOverWebSocket(query, variables) {
      wsClient ??= createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
      const client = wsClient;
      return new Promise((resolve, reject) => {
        let result: GraphQLResponse | undefined;
        client.subscribe(
          { query, variables },
          {
            next: (value) => {
              result = value as GraphQLResponse;
            },
            error: (error) => {
              // graphql-ws reports operation errors as an array of GraphQL errors.
              if (Array.isArray(error)) resolve({ errors: error } as GraphQLResponse);
              else reject(error);
            },
            complete: () => resolve((result ?? {}) as GraphQLResponse),
          },
        );
      }) as never;
    },
    async countStatements(run) {
      const before = database.counter.statements;
      await run();
      return database.counter.statements - before;
    },
    async close() {
      await wsClient?.dispose();
      await server.close();
      await database.destroy();
    },
  };
}
