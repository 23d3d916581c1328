import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { writtenRow } from '../../db/versioned-update';
import { calendarDays } from './calendar.table';

/** Every entry the plan office has made. */
export function listCalendarDays(db: Db) {
  return db.select().from(calendarDays).orderBy(asc(calendarDays.date));
}

/** Sets a day (insert or replace), returning the row. */
export async function upsertCalendarDay(
  db: Db,
  values: { date: string; working: boolean; name: string; updatedBy: number; updatedAt: Date },
) {
  const rows = await db
    .insert(calendarDays)
    .values(values)
    .onConflictDoUpdate({
      target: calendarDays.date,
      set: { working: values.working, name: values.name, updatedBy: values.updatedBy, updatedAt: values.updatedAt },
    })
    .returning();
  return writtenRow(rows, 'upsert calendar day');
}

/** Removes the office's entry for a day, returning it if there was one. */
export async function deleteCalendarDay(db: Db, date: string) {
  const [row] = await db.delete(calendarDays).where(eq(calendarDays.date, date)).returning();
  return row ?? null;
}
