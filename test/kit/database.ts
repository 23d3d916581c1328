import type { Db } from '../../server/src/db/client';
import { openTestDatabase, type TestDatabase, type TestTemplate } from '../../server/src/db/test-database';
import { seedBoshanPlan, seedDemoAccounts } from '../../server/src/seed';

/**
 * The variable through which the global setup (test/kit/global-setup.ts) tells each test process where its
 * templates are. Forked workers inherit the environment of the process that ran the setup.
 */
export const TEMPLATES_VARIABLE = 'DUBAN_TEST_TEMPLATES';

export interface TestTemplates {
  /** Every migration applied, no rows. */
  migrated: TestTemplate;
  /** Migrated, with the Boshan plan and the demo accounts. */
  seeded: TestTemplate;
}

/** What a seeded test database holds: the Boshan plan and the demo accounts (password `demo`). */
export async function seedTestData(db: Db): Promise<void> {
  await seedBoshanPlan(db);
  await seedDemoAccounts(db);
}

/** The templates this run's global setup made, or null (a file run without it, outside vitest, or `off`). */
export function testTemplates(): TestTemplates | null {
  const value = process.env[TEMPLATES_VARIABLE];
  return value && value !== 'off' ? (JSON.parse(value) as TestTemplates) : null;
}

/**
 * A fresh database for one test file, seeded or not: a copy of this run's template when there is one, else
 * migrated (and seeded) here, as slowly as before.
 */
export async function openFileDatabase(seed: boolean): Promise<TestDatabase> {
  const templates = testTemplates();
  if (templates) return openTestDatabase(seed ? templates.seeded : templates.migrated);
  const database = await openTestDatabase();
  if (seed) await seedTestData(database.db);
  return database;
}
