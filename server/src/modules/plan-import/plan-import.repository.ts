import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { DocumentBlock } from './plan-import.document';
import { type PlanDocumentRow, planDocuments } from './plan-import.table';

/** Stores an uploaded document's extracted blocks; returns the row. */
export async function insertPlanDocument(
  db: Db,
  values: Omit<typeof planDocuments.$inferInsert, 'id' | 'uploadedAt'>,
): Promise<PlanDocumentRow> {
  const [row] = await db.insert(planDocuments).values(values).returning();
  if (!row) throw new Error('insert plan document returned no row');
  return row;
}

/** An uploaded document by id, or null. */
export async function findPlanDocument(db: Db, id: number): Promise<PlanDocumentRow | null> {
  const [row] = await db.select().from(planDocuments).where(eq(planDocuments.id, id));
  return row ?? null;
}

/** The blocks stored for a document, typed. */
export const blocksOf = (row: PlanDocumentRow) => row.blocks as DocumentBlock[];
