import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { readEnv } from '../config/env';
import { type Database, openDatabase } from './client';

export interface TestDatabase extends Database {
  /** Where the database lives, for a second process to open the same one. */
  readonly url: string | null;
  /** Closes and, on a PostgreSQL server, drops the database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * TEST_DATABASE_URL server, dropped afterwards, so runs never see each other's rows.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = readEnv().TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ kind: 'pglite' });
    return { ...database, url: null, destroy: () => database.close() };
  }
  const name = `duban_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  return {
    ...database,
    url: url.toString(),
    destroy: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
