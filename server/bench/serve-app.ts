// type-graphql's decorators need the Reflect metadata API before any resolver class is declared.
import 'reflect-metadata';
import { sql } from 'drizzle-orm';
import { createServer, type DubanServer } from '../src/app/create-server';
import { type Database, openDatabase } from '../src/db/client';
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

  server = await createServer({ db: database.db, production: true });
  const port = await server.listen(0, '127.0.0.1');
  sendToParent({ type: 'ready', port });
}

main().catch(failStartup);
