import { and, asc, count, desc, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { type Db, executeRows } from '../../db/client';
import { versionedUpdate } from '../../db/versioned-update';
import { UserRole } from '../../shared/viewer';
import { assignments } from '../assignment';
import { departmentMembers } from '../department';
import { measures } from '../measure';
import { users } from '../user';
import { type ChannelKind, DeliveryState, MessageKind, type WebhookFormat } from './message.enum';
import type { MessageFacts } from './message.facts';
import {
  type ContactRow,
  contacts,
  type DeliveryRow,
  deliveries,
  type MessageRow,
  messageMutes,
  messages,
  type ReminderSettingsRow,
  reminderSettings,
} from './message.table';

/**
 * One message to queue: to a department (its own contacts, and each of its active clerks) or to one user. `key` is
 * the duty and step (message.rules.ts); each recipient's dedup key is `key` and the recipient, so queuing the
 * same item twice, from any process, queues nothing the second time.
 */
export interface MessageItem {
  planId: number;
  kind: MessageKind;
  facts: MessageFacts;
  key: string;
  departmentId?: number;
  userId?: number;
}

/** What one queue statement wrote: the recipients of the messages new this time, by plan and kind. */
export interface QueuedGroup {
  planId: number;
  kind: MessageKind;
  userIds: number[];
  departmentIds: number[];
  count: number;
}

/**
 * Queues messages and their deliveries in one statement: recipients are resolved in SQL (a department's active
 * clerks, unless they turned the kind off; URGE_NOTICE cannot be turned off), one message each with `on conflict
 * do nothing` on its dedup key, and one delivery per contact of its recipient, due at `now` (the sender holds it
 * over quiet hours). Returns the recipients of the messages written, grouped by plan and kind.
 */
export async function queueMessages(tx: Db, items: readonly MessageItem[], now: Date | null): Promise<QueuedGroup[]> {
  if (items.length === 0) return [];
  const rows = items.map((item) => ({
    plan_id: item.planId,
    kind: item.kind,
    facts: item.facts,
    key: item.key,
    department_id: item.departmentId ?? null,
    user_id: item.userId ?? null,
  }));
  // The time of the event that causes them (the database's own when it was not given).
  const at = sql`coalesce(${now?.toISOString() ?? null}::timestamptz, now())`;
  return executeRows<QueuedGroup>(
    tx,
    sql`with items as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as i(plan_id integer, kind message_kind, facts jsonb, key text, department_id integer, user_id integer)
    ), recipients as (
      select i.plan_id, i.kind, i.facts, i.key || ':u' || u.id as dedup_key, u.id as user_id, null::integer as department_id
      from items i
      join ${users} u on (u.id = i.user_id
        or (i.department_id is not null and u.role = ${UserRole.REPORTER} and (u.department_id = i.department_id
          -- A group (各镇、街道) has no clerks of its own: its member units act for it.
          or u.department_id in (select g.member_id from ${departmentMembers} g where g.group_id = i.department_id))))
      where u.disabled_at is null
        and (i.kind = ${MessageKind.URGE_NOTICE}
          or not exists (select 1 from ${messageMutes} m where m.user_id = u.id and m.kind = i.kind))
      union all
      select i.plan_id, i.kind, i.facts, i.key || ':d' || i.department_id, null, i.department_id
      from items i where i.department_id is not null
    ), inserted as (
      insert into ${messages} (plan_id, kind, user_id, department_id, facts, dedup_key, created_at)
      select plan_id, kind, user_id, department_id, facts, dedup_key, ${at} from recipients
      on conflict (dedup_key) do nothing
      returning id, plan_id, kind, user_id, department_id
    ), delivered as (
      insert into ${deliveries} (message_id, contact_id, channel, address, created_at)
      select m.id, c.id, c.channel, c.address, ${at}
      from inserted m join ${contacts} c on c.user_id = m.user_id or c.department_id = m.department_id
      returning id
    )
    select plan_id as "planId", kind,
      coalesce(array_agg(user_id order by user_id) filter (where user_id is not null), '{}') as "userIds",
      coalesce(array_agg(department_id order by department_id) filter (where department_id is not null), '{}')
        as "departmentIds",
      count(*)::integer as count,
      (select count(*) from delivered)::integer as deliveries
    from inserted group by plan_id, kind`,
  );
}

// ——— the inbox ———

/** A user's messages, newest first, a page before `beforeId`. */
export function listMessagesOfUser(db: Db, userId: number, limit: number, beforeId?: number, unreadOnly = false) {
  const conditions: (SQL | undefined)[] = [
    eq(messages.userId, userId),
    beforeId === undefined ? undefined : lt(messages.id, beforeId),
    unreadOnly ? isNull(messages.readAt) : undefined,
  ];
  return db
    .select()
    .from(messages)
    .where(and(...conditions))
    .orderBy(desc(messages.id))
    .limit(limit);
}

export async function countUnreadOfUser(db: Db, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.userId, userId), isNull(messages.readAt)));
  return row?.n ?? 0;
}

/** Marks a user's messages read (those ids, or all when null); returns how many changed. */
export async function markMessagesRead(db: Db, userId: number, ids: readonly number[] | null, now: Date) {
  const rows = await db
    .update(messages)
    .set({ readAt: now })
    .where(and(eq(messages.userId, userId), isNull(messages.readAt), ids ? inArray(messages.id, [...ids]) : undefined))
    .returning({ id: messages.id });
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

// ——— preferences ———

export async function listMutedKinds(db: Db, userId: number): Promise<MessageKind[]> {
  const rows = await db
    .select({ kind: messageMutes.kind })
    .from(messageMutes)
    .where(eq(messageMutes.userId, userId))
    .orderBy(asc(messageMutes.kind));
  return rows.map((row) => row.kind);
}

/** Replaces a user's muted kinds; returns them before and after. */
export async function replaceMutedKinds(tx: Db, userId: number, kinds: readonly MessageKind[]) {
  const before = await listMutedKinds(tx, userId);
  await tx.delete(messageMutes).where(eq(messageMutes.userId, userId));
  if (kinds.length > 0) await tx.insert(messageMutes).values(kinds.map((kind) => ({ userId, kind })));
  return { before, after: [...kinds].sort() };
}

// ——— contacts ———

export function listContactsOfUser(db: Db, userId: number): Promise<ContactRow[]> {
  return db.select().from(contacts).where(eq(contacts.userId, userId)).orderBy(asc(contacts.id));
}

export function listContactsOfDepartment(db: Db, departmentId: number): Promise<ContactRow[]> {
  return db.select().from(contacts).where(eq(contacts.departmentId, departmentId)).orderBy(asc(contacts.id));
}

export function findContact(db: Db, id: number, lock = false): Promise<ContactRow | undefined> {
  const query = db.select().from(contacts).where(eq(contacts.id, id));
  return (lock ? query.for('update') : query).then((rows) => rows[0]);
}

export interface ContactValues {
  channel: ChannelKind;
  address: string;
  format: WebhookFormat | null;
  secret: string | null;
  label: string;
}

export async function insertContact(
  tx: Db,
  owner: { userId: number } | { departmentId: number },
  values: ContactValues,
  createdBy: number,
) {
  const [after] = await tx
    .insert(contacts)
    .values({ ...owner, ...values, createdBy })
    .returning();
  if (!after) throw new Error('insert into contacts returned no row');
  return { before: null, after };
}

export function updateContact(tx: Db, before: ContactRow, values: ContactValues) {
  return versionedUpdate(tx, contacts, before, values);
}

export async function deleteContact(tx: Db, before: ContactRow) {
  await tx.delete(contacts).where(eq(contacts.id, before.id));
  return { before, after: null };
}

// ——— reminder settings ———

export function findReminderSettings(db: Db, planId: number): Promise<ReminderSettingsRow | undefined> {
  return db
    .select()
    .from(reminderSettings)
    .where(eq(reminderSettings.planId, planId))
    .then((rows) => rows[0]);
}

export function listReminderSettings(db: Db, planIds: readonly number[]): Promise<ReminderSettingsRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(reminderSettings)
    .where(inArray(reminderSettings.planId, [...planIds]));
}

export async function upsertReminderSettings(
  tx: Db,
  planId: number,
  values: { leadDays: number; weeklyDigest: boolean },
  updatedBy: number,
  now: Date,
) {
  const before = await tx
    .select()
    .from(reminderSettings)
    .where(eq(reminderSettings.planId, planId))
    .for('update')
    .then((rows) => rows[0] ?? null);
  const [after] = await tx
    .insert(reminderSettings)
    .values({ planId, ...values, updatedBy, updatedAt: now })
    .onConflictDoUpdate({
      target: reminderSettings.planId,
      set: { ...values, updatedBy, updatedAt: now, version: sql`${reminderSettings.version} + 1` },
    })
    .returning();
  if (!after) throw new Error('upsert into reminder_settings returned no row');
  return { before, after };
}

// ——— deliveries ———

/** A delivery claimed by a sender, with what sending it needs. */
export interface ClaimedDelivery {
  delivery: DeliveryRow;
  message: MessageRow;
  contact: ContactRow | null;
}

/**
 * Claims up to `limit` due deliveries for `leaseMs`: pending, due, and not claimed by a live lease. `for update skip
 * locked` lets several processes claim at once without waiting on each other or taking the same one.
 */
export async function claimDueDeliveries(
  db: Db,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<ClaimedDelivery[]> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const claimed = await executeRows<{ id: number }>(
    db,
    sql`update ${deliveries} set locked_until = ${until}::timestamptz
      where id in (
        select id from ${deliveries}
        where state = ${DeliveryState.PENDING} and (next_attempt_at is null or next_attempt_at <= ${at}::timestamptz)
          and (locked_until is null or locked_until <= ${at}::timestamptz)
        order by next_attempt_at nulls first, id
        limit ${limit}
        for update skip locked
      )
      returning id`,
  );
  if (claimed.length === 0) return [];
  const rows = await db
    .select({ delivery: deliveries, message: messages, contact: contacts })
    .from(deliveries)
    .innerJoin(messages, eq(messages.id, deliveries.messageId))
    .leftJoin(contacts, eq(contacts.id, deliveries.contactId))
    .where(
      inArray(
        deliveries.id,
        claimed.map((row) => Number(row.id)),
      ),
    )
    .orderBy(asc(deliveries.id));
  return rows;
}

/** An attempt's outcome: SENT, PENDING again (backing off), or FAILED. */
export type AttemptOutcome =
  | { state: DeliveryState.SENT; at: Date }
  | { state: DeliveryState.PENDING; error: string; nextAttemptAt: Date }
  | { state: DeliveryState.FAILED; error: string };

/**
 * Records a pass's outcomes in one statement, each only if its claim still holds (`locked_until` as claimed: a
 * sender whose lease lapsed and was taken over records nothing). Returns how many were recorded.
 */
export async function recordAttempts(
  db: Db,
  attempts: readonly { claimed: DeliveryRow; outcome: AttemptOutcome }[],
): Promise<number> {
  if (attempts.length === 0) return 0;
  const rows = attempts.map(({ claimed, outcome }) => ({
    id: claimed.id,
    state: outcome.state,
    sent_at: outcome.state === DeliveryState.SENT ? outcome.at.toISOString() : null,
    error: outcome.state === DeliveryState.SENT ? null : outcome.error,
    next_attempt_at: outcome.state === DeliveryState.PENDING ? outcome.nextAttemptAt.toISOString() : null,
    locked_until: claimed.lockedUntil?.toISOString() ?? null,
  }));
  const recorded = await executeRows<{ id: number }>(
    db,
    sql`update ${deliveries} d set state = o.state::delivery_state, attempts = d.attempts + 1, locked_until = null,
        sent_at = coalesce(o.sent_at, d.sent_at), last_error = o.error,
        next_attempt_at = coalesce(o.next_attempt_at, d.next_attempt_at)
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as o(id bigint, state text, sent_at timestamptz, error text, next_attempt_at timestamptz, locked_until timestamptz)
      where d.id = o.id and d.state = ${DeliveryState.PENDING} and d.locked_until is not distinct from o.locked_until
      returning d.id`,
  );
  return recorded.length;
}

export interface DeliveryFilter {
  state?: DeliveryState;
  channel?: ChannelKind;
  beforeId?: number;
}

/** The delivery log, newest first, with each delivery's message. */
export function listDeliveries(db: Db, filter: DeliveryFilter, limit: number) {
  return db
    .select({ delivery: deliveries, message: messages })
    .from(deliveries)
    .innerJoin(messages, eq(messages.id, deliveries.messageId))
    .where(
      and(
        filter.state ? eq(deliveries.state, filter.state) : undefined,
        filter.channel ? eq(deliveries.channel, filter.channel) : undefined,
        filter.beforeId === undefined ? undefined : lt(deliveries.id, filter.beforeId),
      ),
    )
    .orderBy(desc(deliveries.id))
    .limit(limit);
}

/** Counts of deliveries by channel and state (the log's summary). */
export function countDeliveries(db: Db) {
  return db
    .select({ channel: deliveries.channel, state: deliveries.state, n: count() })
    .from(deliveries)
    .groupBy(deliveries.channel, deliveries.state);
}

export function findDelivery(db: Db, id: number, lock = false): Promise<DeliveryRow | undefined> {
  const query = db.select().from(deliveries).where(eq(deliveries.id, id));
  return (lock ? query.for('update') : query).then((rows) => rows[0]);
}

/** Puts a failed delivery back in the queue, due now, its attempts counted afresh. */
export async function requeueDelivery(tx: Db, id: number) {
  const [after] = await tx
    .update(deliveries)
    .set({ state: DeliveryState.PENDING, attempts: 0, nextAttemptAt: null, lockedUntil: null })
    .where(and(eq(deliveries.id, id), eq(deliveries.state, DeliveryState.FAILED)))
    .returning();
  return after;
}

/** The oldest pending delivery's due time and the number pending (/metrics, the bench). */
export async function pendingDeliveries(db: Db): Promise<{ pending: number; oldest: Date | null }> {
  const [row] = await db
    .select({ pending: count(), oldest: sql<string | null>`min(${deliveries.createdAt})` })
    .from(deliveries)
    .where(eq(deliveries.state, DeliveryState.PENDING));
  return { pending: row?.pending ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/**
 * The departments an instruction on a measure is addressed to: those assigned to it, or, when the document names
 * none on the measure itself, to its nearest ancestor that has some (a project's measures take the project's units,
 * as assignment.service's `effectiveAssignments` reads them); and the leader's name.
 */
export async function instructionAddressees(
  db: Db,
  measureId: number,
  leaderId: number,
): Promise<{ departmentIds: number[]; leader: string | null }> {
  const [row] = await executeRows<{ departmentIds: number[] | null; leader: string | null }>(
    db,
    sql`with recursive lineage(id, parent_id, depth) as (
        select id, parent_id, 0 from ${measures} where id = ${measureId}
        union all
        select m.id, m.parent_id, l.depth + 1 from ${measures} m join lineage l on m.id = l.parent_id
      ), nearest as (
        select min(l.depth) as depth from lineage l where exists (select 1 from ${assignments} a where a.measure_id = l.id)
      )
      select (select array_agg(a.department_id order by a.department_id)
          from lineage l join ${assignments} a on a.measure_id = l.id
          where l.depth = (select depth from nearest)) as "departmentIds",
        (select u.display_name from ${users} u where u.id = ${leaderId}) as leader`,
  );
  return { departmentIds: row?.departmentIds ?? [], leader: row?.leader ?? null };
}
