import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type Change, versionedUpdate, writtenRow } from '../../db/versioned-update';
import type { DomainError } from '../../shared/errors';
import { ExtensionRequestState, type UrgeNoticeState } from './urge.enum';
import { type ExtensionRequestRow, extensionRequests, type UrgeNoticeRow, urgeNotices } from './urge.table';

type NewUrgeNoticeRow = typeof urgeNotices.$inferInsert;
type NewExtensionRequestRow = typeof extensionRequests.$inferInsert;

/** The notices of the given plans, newest first. */
export function listNoticesOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(urgeNotices)
    .where(inArray(urgeNotices.planId, [...planIds]))
    .orderBy(desc(urgeNotices.id));
}

/** A notice by id, read without a lock. */
export async function findNoticeById(db: Db, id: number): Promise<UrgeNoticeRow | null> {
  const [row] = await db.select().from(urgeNotices).where(eq(urgeNotices.id, id));
  return row ?? null;
}

/** A notice locked `for update` until the transaction ends. */
export async function lockNotice(tx: Db, id: number): Promise<UrgeNoticeRow | null> {
  const [row] = await tx.select().from(urgeNotices).where(eq(urgeNotices.id, id)).for('update');
  return row ?? null;
}

/** The given notices, locked `for update`, in one statement. */
export function lockNotices(tx: Db, ids: readonly number[]): Promise<UrgeNoticeRow[]> {
  return tx
    .select()
    .from(urgeNotices)
    .where(inArray(urgeNotices.id, [...ids]))
    .for('update');
}

/** What the escalation sweep judges of a plan's notices in the given states, unlocked. */
export function listNoticesInStates(db: Db, planId: number, states: readonly UrgeNoticeState[]) {
  return db
    .select({
      id: urgeNotices.id,
      state: urgeNotices.state,
      level: urgeNotices.level,
      dueOn: urgeNotices.dueOn,
      measureId: urgeNotices.measureId,
    })
    .from(urgeNotices)
    .where(and(eq(urgeNotices.planId, planId), inArray(urgeNotices.state, [...states])));
}

/** Issues a notice. */
export async function insertNotice(tx: Db, values: NewUrgeNoticeRow): Promise<Change<UrgeNoticeRow>> {
  return { before: null, after: writtenRow(await tx.insert(urgeNotices).values(values).returning(), 'insert notice') };
}

/** Changes a notice at the version it was read at, moving the version on (versionedUpdate). */
export function updateNotice(
  tx: Db,
  before: UrgeNoticeRow,
  changes: Partial<NewUrgeNoticeRow>,
  stale?: () => DomainError,
) {
  return versionedUpdate(tx, urgeNotices, before, changes, stale);
}

/** The extension requests of the given notices, oldest first. */
export function listRequestsOfNotices(db: Db, noticeIds: readonly number[]) {
  return db
    .select()
    .from(extensionRequests)
    .where(inArray(extensionRequests.urgeNoticeId, [...noticeIds]))
    .orderBy(asc(extensionRequests.id));
}

/** Which of the given notices have an extension request pending. */
export async function noticesWithPendingRequest(db: Db, noticeIds: readonly number[]): Promise<Set<number>> {
  const rows = await db
    .select({ noticeId: extensionRequests.urgeNoticeId })
    .from(extensionRequests)
    .where(
      and(
        inArray(extensionRequests.urgeNoticeId, [...noticeIds]),
        eq(extensionRequests.state, ExtensionRequestState.PENDING),
      ),
    );
  return new Set(rows.map((row) => row.noticeId));
}

/** An extension request by id, read without a lock. */
export async function findRequestById(db: Db, id: number): Promise<ExtensionRequestRow | null> {
  const [row] = await db.select().from(extensionRequests).where(eq(extensionRequests.id, id));
  return row ?? null;
}

/** An extension request locked `for update` until the transaction ends. */
export async function lockRequest(tx: Db, id: number): Promise<ExtensionRequestRow | null> {
  const [row] = await tx.select().from(extensionRequests).where(eq(extensionRequests.id, id)).for('update');
  return row ?? null;
}

/** Files an extension request. */
export async function insertRequest(tx: Db, values: NewExtensionRequestRow): Promise<Change<ExtensionRequestRow>> {
  const after = writtenRow(await tx.insert(extensionRequests).values(values).returning(), 'insert extension request');
  return { before: null, after };
}

/** Records the decision on a request the caller has locked (requests carry no version: the lock decides). */
export async function decideRequest(
  tx: Db,
  before: ExtensionRequestRow,
  decision: Pick<NewExtensionRequestRow, 'state' | 'decidedBy' | 'decidedAt' | 'decisionNote'>,
): Promise<ExtensionRequestRow> {
  return writtenRow(
    await tx.update(extensionRequests).set(decision).where(eq(extensionRequests.id, before.id)).returning(),
    'decide extension request',
  );
}

/** Withdraws a notice's pending extension request, if any; returns the ids withdrawn. */
export async function withdrawPendingRequests(tx: Db, noticeId: number, now: Date, note: string): Promise<number[]> {
  const rows = await tx
    .update(extensionRequests)
    .set({ state: ExtensionRequestState.WITHDRAWN, decidedAt: now, decisionNote: note })
    .where(
      and(eq(extensionRequests.urgeNoticeId, noticeId), eq(extensionRequests.state, ExtensionRequestState.PENDING)),
    )
    .returning({ id: extensionRequests.id });
  return rows.map((row) => row.id);
}
