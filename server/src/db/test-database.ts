import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { readEnv } from '../config/env';
import { type Database, type Db, openDatabase } from './client';

export interface TestDatabase extends Database {
  /** Where the database lives, for a second process to open the same one. */
  readonly url: string | null;
  /** Closes and, on a PostgreSQL server, drops the database. */
  destroy(): Promise<void>;
}

/**
 * What a test database is copied from: a dumped PGlite data directory (a file), or a database on the
 * TEST_DATABASE_URL server that `create database … template` copies. Made once per test run (the test kit's global
 * setup), so that each file skips the migrations and the seed.
 */
export type TestTemplate = { kind: 'pglite'; file: string } | { kind: 'postgres'; name: string };

// Another session still connected to the template (its creator closing, or a second copy starting): try again.
const OBJECT_IN_USE = '55006';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * TEST_DATABASE_URL server, dropped afterwards, so runs never see each other's rows. From `template` when given (a
 * copy of its rows; the migrations then find nothing left to apply), else empty and migrated here.
 */
export async function openTestDatabase(template?: TestTemplate): Promise<TestDatabase> {
  const serverUrl = readEnv().TEST_DATABASE_URL;
  if (!serverUrl) {
    if (template && template.kind !== 'pglite') throw new Error(`a ${template.kind} template for a PGlite test run`);
    const loadDataDir = template ? new Blob([fs.readFileSync(template.file)]) : undefined;
    const database = await openDatabase({ kind: 'pglite', loadDataDir });
    return { ...database, url: null, destroy: () => database.close() };
  }
  if (template && template.kind !== 'postgres') throw new Error(`a ${template.kind} template for a PostgreSQL run`);
  const name = `duban_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await createDatabase(admin, name, template?.name);
  const url = databaseUrl(serverUrl, name);
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
  return {
    ...database,
    url,
    destroy: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * Makes a template: a copy of `from` (or an empty migrated database) that `prepare` then fills, e.g. with the seed.
 * PGlite templates are files in `dir`; PostgreSQL ones are databases on the TEST_DATABASE_URL server.
 */
export async function createTestTemplate(
  label: string,
  options: { dir: string; from?: TestTemplate; prepare?: (db: Db) => Promise<void> },
): Promise<TestTemplate> {
  const serverUrl = readEnv().TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openTestDatabase(options.from);
    try {
      await options.prepare?.(database.db);
      const file = path.join(options.dir, `${label}.tar`);
      fs.writeFileSync(file, Buffer.from(await (await database.dump!()).arrayBuffer()));
      return { kind: 'pglite', file };
    } finally {
      await database.destroy();
    }
  }
  if (options.from && options.from.kind !== 'postgres') throw new Error('a PGlite template for a PostgreSQL run');
  const name = `duban_template_${process.pid}_${randomBytes(4).toString('hex')}_${label}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await createDatabase(admin, name, options.from?.name);
    const template: TestTemplate = { kind: 'postgres', name };
    try {
      // Migrated here (a no-op for a copy); every connection is closed again before anyone copies it.
      const database = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, name), poolSize: 2 });
      try {
        await options.prepare?.(database.db);
      } finally {
        await database.close();
      }
    } catch (error) {
      await dropTestTemplate(template);
      throw error;
    }
    return template;
  } finally {
    await admin.end();
  }
}

/** Removes a template made by `createTestTemplate`. */
export async function dropTestTemplate(template: TestTemplate): Promise<void> {
  if (template.kind === 'pglite') {
    fs.rmSync(template.file, { force: true });
    return;
  }
  const admin = postgres(readEnv().TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${template.name}" with (force)`);
  } finally {
    await admin.end();
  }
}

async function createDatabase(admin: postgres.Sql, name: string, template: string | undefined): Promise<void> {
  if (!template) {
    await admin.unsafe(`create database "${name}"`);
    return;
  }
  await retryWhileInUse(() => admin.unsafe(`create database "${name}" template "${template}"`));
}

/** Runs `statement`, again while PostgreSQL says a database it needs is in use by another session (for 30 s). */
async function retryWhileInUse(statement: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let attempt = 1; ; attempt++) {
    try {
      await statement();
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * attempt, 500)));
    }
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
