import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../server/src/db/client';
import { startTestApp, type TestApp } from './kit/app';
import { testTemplates } from './kit/database';
import { sqlRows } from './kit/sql';

/**
 * The kit gives each file its own database, copied from the run's template when the global setup made one: a
 * copy must be as good as a database migrated and seeded on the spot, and no file may see another's rows.
 */
const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const count = async (app: TestApp, table: string) =>
  Number((await sqlRows<{ n: string }>(app.database.db, sql.raw(`select count(*)::text as n from ${table}`)))[0]!.n);

let seeded: TestApp;
let empty: TestApp;
beforeAll(async () => {
  [seeded, empty] = await Promise.all([startTestApp(), startTestApp({ seed: false })]);
});
afterAll(async () => {
  await Promise.all([seeded?.close(), empty?.close()]);
});

describe('the test kit’s databases', () => {
  it('come from the run’s templates when the global setup ran, one dumped file or template database each', () => {
    const templates = testTemplates();
    // Run from an editor without the setup, a file migrates and seeds on its own; under `vitest run` it copies.
    if (!templates) return;
    expect(templates.migrated.kind).toBe(seeded.database.kind);
    expect(templates.seeded).not.toEqual(templates.migrated);
  });

  it('have every migration applied, seeded or not', async () => {
    for (const app of [seeded, empty]) {
      expect(await count(app, 'drizzle.__drizzle_migrations')).toBe(journal.entries.length);
    }
  });

  it('hold the Boshan plan and the demo accounts when seeded, and nothing when not', async () => {
    expect(await count(seeded, 'plans')).toBeGreaterThan(0);
    await expect(seeded.as('leader')).resolves.toMatchObject({ token: expect.any(String) });
    expect(await count(empty, 'plans')).toBe(0);
    expect(await count(empty, 'users')).toBe(0);
    expect(await count(empty, 'events')).toBe(0);
  });

  it('are copies: what one file writes, another never sees', async () => {
    const other = await startTestApp();
    try {
      const before = await count(other, 'events');
      await seeded.database.db.execute(sql`insert into events (type, payload) values ('TEST_KIT', '{}')`);
      expect(await count(seeded, 'events')).toBe(before + 1);
      expect(await count(other, 'events')).toBe(before);
    } finally {
      await other.close();
    }
  });
});
