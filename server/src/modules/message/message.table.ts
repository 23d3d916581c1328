import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { plans } from '../plan/plan.table';
import { users } from '../user/user.table';
import { ChannelKind, DeliveryState, MessageKind, WebhookFormat } from './message.enum';
import type { MessageFacts } from './message.facts';

export const messageKind = pgEnum('message_kind', MessageKind);
export const channelKind = pgEnum('channel_kind', ChannelKind);
export const webhookFormat = pgEnum('webhook_format', WebhookFormat);
export const deliveryState = pgEnum('delivery_state', DeliveryState);

/**
 * Where a person's or a department's messages go besides the 消息 bell: an e-mail address, or a webhook (a work-chat
 * group robot, or any receiver of Duban's signed JSON). Exactly one owner: a user or a department.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer().references(() => users.id, { onDelete: 'cascade' }),
    departmentId: integer().references(() => departments.id, { onDelete: 'cascade' }),
    channel: channelKind().notNull(),
    address: text().notNull(),
    /** WEBHOOK only: the message format the receiver expects. */
    format: webhookFormat(),
    /** WEBHOOK only: the signing secret (DingTalk/Feishu sign, or the HMAC of GENERIC). Never shown back. */
    secret: text(),
    label: text().notNull().default(''),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    check('contacts_one_owner', sql`(${t.userId} is null) <> (${t.departmentId} is null)`),
    check('contacts_webhook_format', sql`(${t.channel} = 'WEBHOOK') = (${t.format} is not null)`),
    check('contacts_address_length', sql`length(${t.address}) between 3 and 2000`),
    index('contacts_user_idx').on(t.userId),
    index('contacts_department_idx').on(t.departmentId),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;

/** A kind of message a person turned off (absent: on). URGE_NOTICE cannot be turned off (the service refuses). */
export const messageMutes = pgTable(
  'message_mutes',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: messageKind().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** A plan's reminder settings, set by its office: how many working days before a deadline the first reminder goes. */
export const reminderSettings = pgTable(
  'reminder_settings',
  {
    planId: integer()
      .primaryKey()
      .references(() => plans.id, { onDelete: 'cascade' }),
    leadDays: integer().notNull(),
    weeklyDigest: boolean().notNull().default(true),
    updatedBy: integer()
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [check('reminder_settings_lead_days', sql`${t.leadDays} between 0 and 20`)],
);

export type ReminderSettingsRow = typeof reminderSettings.$inferSelect;

/**
 * The outbox and the inbox at once: one message to one recipient (a user: their 消息 bell and contacts; or a
 * department: its own contacts), written in the transaction of the event that causes it, or by the reminder sweep.
 * `dedupKey` makes it once per recipient, duty and step, whatever the number of processes or sweeps.
 */
export const messages = pgTable(
  'messages',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kind: messageKind().notNull(),
    userId: integer().references(() => users.id, { onDelete: 'cascade' }),
    departmentId: integer().references(() => departments.id, { onDelete: 'cascade' }),
    facts: jsonb().$type<MessageFacts>().notNull(),
    dedupKey: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('messages_one_recipient', sql`(${t.userId} is null) <> (${t.departmentId} is null)`),
    index('messages_user_idx').on(t.userId, t.id),
    index('messages_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

export type MessageRow = typeof messages.$inferSelect;

/** One message to one contact: sent by the sender with retries and backoff, its every attempt's outcome kept. */
export const deliveries = pgTable(
  'deliveries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    messageId: integer()
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    contactId: integer().references(() => contacts.id, { onDelete: 'set null' }),
    channel: channelKind().notNull(),
    /** The address when queued (the contact may change or go). */
    address: text().notNull(),
    state: deliveryState().notNull().default(DeliveryState.PENDING),
    attempts: integer().notNull().default(0),
    /**
     * Not before this time (by the rules' clock): held over quiet hours, or backing off after a failure. Null: due at
     * once (queued, or put back by the office).
     */
    nextAttemptAt: timestamp({ withTimezone: true }),
    /** A sender's claim: another process leaves it alone until then. */
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('deliveries_message_contact').on(t.messageId, t.contactId),
    index('deliveries_due_idx').on(t.nextAttemptAt.asc().nullsFirst(), t.id).where(sql`${t.state} = 'PENDING'`),
    index('deliveries_message_idx').on(t.messageId),
  ],
);

export type DeliveryRow = typeof deliveries.$inferSelect;
