import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type Change, writtenRow } from '../../db/versioned-update';
import { type InstructionReadRow, type InstructionRow, instructionReads, instructions } from './instruction.table';

/** The instructions of the given plans, newest first. */
export function listInstructionsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(instructions)
    .where(inArray(instructions.planId, [...planIds]))
    .orderBy(desc(instructions.id));
}

/** The 已阅 marks of the given instructions, first read first. */
export function listReadsOfInstructions(db: Db, instructionIds: readonly number[]) {
  return db
    .select()
    .from(instructionReads)
    .where(inArray(instructionReads.instructionId, [...instructionIds]))
    .orderBy(asc(instructionReads.readAt));
}

/** An instruction by id. */
export async function findInstructionById(db: Db, id: number): Promise<InstructionRow | null> {
  const [row] = await db.select().from(instructions).where(eq(instructions.id, id));
  return row ?? null;
}

/** Issues an instruction. */
export async function insertInstruction(
  tx: Db,
  values: typeof instructions.$inferInsert,
): Promise<Change<InstructionRow>> {
  return {
    before: null,
    after: writtenRow(await tx.insert(instructions).values(values).returning(), 'insert instruction'),
  };
}

/** Marks an instruction read for a department; null when that department had already marked it. */
export async function insertRead(
  tx: Db,
  values: typeof instructionReads.$inferInsert,
): Promise<InstructionReadRow | null> {
  const [read] = await tx.insert(instructionReads).values(values).onConflictDoNothing().returning();
  return read ?? null;
}
