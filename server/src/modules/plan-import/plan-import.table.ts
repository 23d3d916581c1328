import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../user/user.table';

/**
 * A plan document as uploaded (POST /api/plan-documents) and read: its file name, its size and digest, and the
 * blocks extraction read from it (paragraphs and tables in reading order). The parser runs on the blocks, so the
 * proposal, the draft and a proposed revision all read the same text; the file's bytes are not kept.
 */
export const planDocuments = pgTable(
  'plan_documents',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    uploadedBy: integer()
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    fileName: text().notNull(),
    /** docx, pdf or text. */
    format: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    /** DocumentBlock[] (plan-import.document.ts; tables import tables only). */
    blocks: jsonb().$type<unknown[]>().notNull(),
  },
  (t) => [
    check('plan_documents_format_known', sql`${t.format} in ('docx', 'pdf', 'text')`),
    check('plan_documents_size_positive', sql`${t.byteSize} > 0`),
  ],
);

export type PlanDocumentRow = typeof planDocuments.$inferSelect;
