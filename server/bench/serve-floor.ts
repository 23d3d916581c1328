// The seed modules import the resolver classes, whose decorators need the Reflect metadata API first.
import 'reflect-metadata';
import http from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { openDatabase } from '../src/db/client';
import { boshanIpPlanSeed, importPlan, seedBoshanPlan } from '../src/seed';
import { scalePlanSeed } from '../src/seed/synthetic-plan';
import { PLAN_GRAPH_SQL } from './floor-query';
import { type BenchTarget, closeOnParentExit, failStartup, readTarget, SCALE_FACTOR, sendToParent } from './protocol';

/** Runs the one floor statement for a plan code and returns the response text. */
interface FloorSource {
  planGraph(code: string): Promise<string>;
  close(): Promise<void>;
}

interface BodyRow {
  body: string;
}

// The same pool size our server gets by default, so neither side is starved of connections.
const POOL_SIZE = 10;

/** On PostgreSQL the floor reads the bench database our server child has already seeded. */
function postgresSource(url: string): FloorSource {
  const sql = postgres(url, {
    max: POOL_SIZE,
    onnotice: () => {},
    connect_timeout: 10,
    // The planner's row estimates for the recursive CTE are far too high, which pushes the statement's cost over
    // jit_above_cost: compiling it with LLVM then takes about 2 s, far longer than running it (7 ms for the
    // seeded plan, 0.6 s for the 100x one). Turning JIT off for such OLTP statements is standard tuning.
    // Our server's statements are simple and cheap enough never to reach the JIT threshold.
    connection: { jit: 'off' },
  });
  return {
    async planGraph(code) {
      // prepare: true keeps the plan cached per connection, as a tuned hand-written data layer would.
      const rows = await sql.unsafe<BodyRow[]>(PLAN_GRAPH_SQL, [code], { prepare: true });
      return rows[0]?.body ?? '{"data":{"plan":null}}';
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

/**
 * PGlite lives inside one process, so the floor needs its own copy, seeded exactly as our server's (same
 * statements in the same order, hence the same ids and positions).
 */
async function pgliteSource(): Promise<FloorSource> {
  const database = await openDatabase({ kind: 'pglite' });
  await seedBoshanPlan(database.db);
  await importPlan(database.db, scalePlanSeed(boshanIpPlanSeed, SCALE_FACTOR));
  // The query builder's type does not expose its driver; drizzle keeps it as $client, checked here at run time.
  const client: unknown = Reflect.get(database.db, '$client');
  if (!(client instanceof PGlite)) throw new Error('expected the PGlite instance behind the query builder');
  // As our server does after seeding (serve-app.ts), so that both plan their statements with statistics.
  await client.exec('analyze');
  return {
    async planGraph(code) {
      const result = await client.query<BodyRow>(PLAN_GRAPH_SQL, [code]);
      return result.rows[0]?.body ?? '{"data":{"plan":null}}';
    },
    close: () => database.close(),
  };
}

function openSource(target: BenchTarget): Promise<FloorSource> {
  return target.kind === 'postgres' ? Promise.resolve(postgresSource(target.url)) : pgliteSource();
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function planCodeOf(body: string): string | null {
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== 'object' || parsed === null) return null;
  const code: unknown = Reflect.get(parsed, 'code');
  return typeof code === 'string' ? code : null;
}

/** POST /floor {"code": "..."} → the plan graph JSON; no GraphQL, no validation beyond the code. */
function handle(source: FloorSource, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method !== 'POST' || req.url !== '/floor') {
    res.writeHead(404).end();
    return Promise.resolve();
  }
  return readBody(req).then(async (raw) => {
    const code = planCodeOf(raw);
    if (code === null) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('expected {"code": string}');
      return;
    }
    const body = await source.planGraph(code);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });
}

async function main(): Promise<void> {
  const target = readTarget();
  let source: FloorSource | undefined;
  let server: http.Server | undefined;
  closeOnParentExit(async () => {
    if (server?.listening) await new Promise<void>((resolve) => server?.close(() => resolve()));
    await source?.close();
  });

  const opened = await openSource(target);
  source = opened;
  server = http.createServer((req, res) => {
    handle(opened, req, res).catch((error: unknown) => {
      console.error('[floor] request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('floor failed');
    });
  });
  const listening = server;
  const port = await new Promise<number>((resolve, reject) => {
    listening.once('error', reject);
    listening.listen(0, '127.0.0.1', () => {
      const address = listening.address();
      if (typeof address === 'object' && address) resolve(address.port);
      else reject(new Error('the floor server has no TCP address'));
    });
  });
  sendToParent({ type: 'ready', port });
}

main().catch(failStartup);
