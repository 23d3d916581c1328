import { sql } from 'drizzle-orm';
import { bigint, boolean, check, pgTable } from 'drizzle-orm/pg-core';

/**
 * One row whose `version` moves on whenever the catalog changes: plans, goals, measures, assignments,
 * indicators, departments and their groups. Triggers on those tables (see the custom migration) bump it in the
 * writing transaction, so no write can forget to, and every process can trust a cache tagged with it.
 */
export const catalogVersion = pgTable(
  'catalog_version',
  {
    singleton: boolean().primaryKey().default(true),
    version: bigint({ mode: 'number' }).notNull().default(1),
  },
  (t) => [check('catalog_version_singleton', sql`${t.singleton}`)],
);
