// type-graphql's decorators need the Reflect metadata API before any resolver class is declared.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createServer, type DubanServer } from '../src/app/create-server';
import { clockFrom, readEnv, securitySettings } from '../src/config/env';
import { type Database, openDatabase } from '../src/db/client';
import { hashPassword, UserRole, users } from '../src/modules/user';
import { boshanIpPlanSeed, importPlan, seedBoshanPlan } from '../src/seed';
import { scalePlanSeed } from '../src/seed/synthetic-plan';
import { closeOnParentExit, failStartup, isParentMessage, readTarget, SCALE_FACTOR, sendToParent } from './protocol';

/**
 * Our real server, exactly as production runs it (createServer with production: true, NODE_ENV=production set by
 * the parent), over a database holding the seeded plan and the synthetic plan 100 times its size.
 */
async function main(): Promise<void> {
  const target = readTarget();
  let database: Database | undefined;
  let server: DubanServer | undefined;
  // Registered before the slow seeding, so that a bench stopped early still closes the database cleanly.
  closeOnParentExit(async () => {
    await server?.close();
    await database?.close();
  });

  database = await openDatabase(
    target.kind === 'postgres' ? { kind: 'postgres', url: target.url } : { kind: 'pglite' },
  );
  await seedBoshanPlan(database.db);
  await importPlan(database.db, scalePlanSeed(boshanIpPlanSeed, SCALE_FACTOR));
  // Statistics for the freshly seeded rows now, rather than whenever autovacuum gets to them on PostgreSQL: an
  // ANALYZE in the middle of the runs can change plans (the floor's among them) between one run and the next.
  await database.db.execute(sql`analyze`);

  const counter = database.counter;
  process.on('message', (message: unknown) => {
    if (!isParentMessage(message)) return;
    sendToParent({ type: 'statements', requestId: message.requestId, statements: counter.statements });
  });

  // A read-only account for the load, as a meeting-room screen would use; BENCH_ACCOUNT_ROLE=ADMIN gives the
  // revision bench an account that may revise plans.
  const role = process.env.BENCH_ACCOUNT_ROLE === 'ADMIN' ? UserRole.ADMIN : UserRole.VIEWER;
  const password = randomBytes(18).toString('base64url');
  await database.db
    .insert(users)
    .values({
      username: 'bench-viewer',
      displayName: role === UserRole.ADMIN ? '压测管理员' : '压测大屏',
      role,
      passwordHash: await hashPassword(password),
    })
    .onConflictDoNothing();
  server = await createServer({
    db: database.db,
    listen: database.listen,
    settings: securitySettings(readEnv({ NODE_ENV: 'production' })),
    // BENCH_CLOCK runs the rules at another date (the revision bench needs its plans in force).
    ...(process.env.BENCH_CLOCK ? { clock: clockFrom(readEnv({ DUBAN_CLOCK: process.env.BENCH_CLOCK })) } : {}),
  });
  const port = await server.listen(0, '127.0.0.1');
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: 'bench-viewer', p: password },
    }),
  });
  const login = (await response.json()) as { data?: { login?: { token?: string } } };
  const token = login.data?.login?.token;
  if (!token) throw new Error(`bench login failed: ${JSON.stringify(login)}`);
  sendToParent({ type: 'ready', port, token });
}

main().catch(failStartup);
