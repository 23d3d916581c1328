import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestTemplate, dropTestTemplate, type TestTemplate } from '../../server/src/db/test-database';
import { seedTestData, TEMPLATES_VARIABLE, type TestTemplates } from './database';

/**
 * Runs once per `vitest run` that includes whole-system tests: migrates one database and seeds a copy of it, then
 * hands both to the test processes, which copy them instead of migrating and seeding (PGlite: dumped data
 * directories in a temporary directory; PostgreSQL: template databases on the TEST_DATABASE_URL server).
 */
export default async function setup(): Promise<() => Promise<void>> {
  // DUBAN_TEST_TEMPLATES=off: every file migrates and seeds its own database, as before (to compare, or to check).
  if (process.env[TEMPLATES_VARIABLE] === 'off') return async () => {};
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-templates-'));
  const made: TestTemplate[] = [];
  const teardown = async () => {
    delete process.env[TEMPLATES_VARIABLE];
    for (const template of made.reverse()) await dropTestTemplate(template);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const migrated = await createTestTemplate('migrated', { dir });
    made.push(migrated);
    const seeded = await createTestTemplate('seeded', { dir, from: migrated, prepare: seedTestData });
    made.push(seeded);
    const templates: TestTemplates = { migrated, seeded };
    process.env[TEMPLATES_VARIABLE] = JSON.stringify(templates);
  } catch (error) {
    await teardown();
    throw error;
  }
  console.log(`[test templates] migrated and seeded once in ${Date.now() - started} ms`);
  return teardown;
}
