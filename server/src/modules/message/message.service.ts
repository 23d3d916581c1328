import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { getWorkingCalendar } from '../calendar';
import { getDepartmentByCode, getDepartmentsByIds } from '../department';
import { appendEvents, type ContactSnapshot, EventType, recordChange } from '../event';
import { getMeasureIndex } from '../measure';
import { getPlanById, getWritablePlan, planOfficeTarget, planTakes } from '../plan';
import { authorize, can } from '../policy';
import { findUserByUsername, listUsersByIds } from '../user';
import { ChannelKind, type DeliveryState, MessageKind, WebhookFormat } from './message.enum';
import type { MessageFacts, MessageNames } from './message.facts';
import type { ContactInput, ContactOwnerInput, DeliveryFilter, ReminderSettingsInput } from './message.input';
import * as repo from './message.repository';
import { DEFAULT_REMINDER_LEAD_DAYS, isQuietTime, nextSendingTime } from './message.rules';
import type { ContactRow, DeliveryRow, MessageRow } from './message.table';
import { composeMessage, messageLink } from './message.text';
import type { MessageView } from './message.type';

/** Kinds a person cannot turn off: a formal urging notice always reaches the department. */
export const REQUIRED_KINDS: readonly MessageKind[] = [MessageKind.URGE_NOTICE];
const MAX_PAGE = 100;
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,}$/;

// ——— words ———

function departmentIdsOf(facts: MessageFacts): number[] {
  switch (facts.kind) {
    case MessageKind.WEEKLY_DIGEST:
      return facts.late.map((row) => row.departmentId);
    default:
      return [facts.departmentId];
  }
}

/** The names a plan's messages need, read once for all of them (catalog rows: no statement while warm). */
export async function messageNames(scope: RequestScope, planId: number, facts: readonly MessageFacts[]) {
  const plan = await getPlanById(scope, planId);
  const index = await getMeasureIndex(scope, planId);
  const departments = await getDepartmentsByIds(scope, [...new Set(facts.flatMap(departmentIdsOf))]);
  const byId = new Map(departments.filter(Boolean).map((d) => [d.id, d.name]));
  const names: MessageNames = {
    planCode: plan.code,
    planTitle: plan.title,
    measure: (id) => {
      const measure = index.byId.get(id);
      return measure ? { code: measure.code, title: measure.title } : undefined;
    },
    department: (id) => byId.get(id),
  };
  return names;
}

/** Messages as the API and the channels show them: words and link made from their facts, by plan. */
export async function viewMessages(scope: RequestScope, rows: readonly MessageRow[]): Promise<MessageView[]> {
  const byPlan = new Map<number, MessageRow[]>();
  for (const row of rows) byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), row]);
  const views = new Map<number, MessageView>();
  for (const [planId, planRows] of byPlan) {
    const names = await messageNames(
      scope,
      planId,
      planRows.map((row) => row.facts),
    );
    for (const row of planRows) {
      const link = messageLink(row.facts, names);
      const text = composeMessage(row.facts, names, link);
      views.set(row.id, {
        id: row.id,
        kind: row.kind,
        planCode: names.planCode,
        title: text.title,
        body: text.text,
        link,
        createdAt: row.createdAt,
        readAt: row.readAt,
      });
    }
  }
  return rows.map((row) => views.get(row.id) as MessageView);
}

// ——— the inbox ———

export async function getMyMessages(
  scope: RequestScope,
  options: { first: number; before?: number | null; unreadOnly?: boolean | null },
) {
  const viewer = authorize(scope, 'message.own');
  const first = Math.min(Math.max(options.first, 1), MAX_PAGE);
  const rows = await repo.listMessagesOfUser(
    scope.db,
    viewer.userId,
    first + 1,
    options.before ?? undefined,
    options.unreadOnly ?? false,
  );
  return {
    items: await viewMessages(scope, rows.slice(0, first)),
    unreadCount: await repo.countUnreadOfUser(scope.db, viewer.userId),
    hasMore: rows.length > first,
  };
}

/** The viewer's newest message and unread count (what the 消息 subscription sends). */
export async function getMyMessageNotice(scope: RequestScope) {
  const viewer = authorize(scope, 'message.own');
  const [latest] = await repo.listMessagesOfUser(scope.db, viewer.userId, 1);
  return {
    unreadCount: await repo.countUnreadOfUser(scope.db, viewer.userId),
    latest: latest ? ((await viewMessages(scope, [latest]))[0] ?? null) : null,
  };
}

/** Marks the viewer's own messages read (those ids, or all): another person's ids change nothing. */
export async function markMyMessagesRead(scope: RequestScope, ids: readonly number[] | null): Promise<number> {
  const viewer = authorize(scope, 'message.own');
  if (ids && ids.length > 500)
    throw new DomainError('BAD_USER_INPUT', { field: 'ids', reason: '一次最多标记 500 条消息', detail: 'TOO_MANY' });
  return scope.db.transaction(async (tx) => {
    const read = await repo.markMessagesRead(tx, viewer.userId, ids, scope.clock.now());
    // The bell in the reader's other tabs and devices hears it (messageEvents); nothing read, nothing said.
    if (read.length > 0) {
      await appendEvents(tx, [
        {
          type: EventType.MESSAGES_READ,
          actorUserId: viewer.userId,
          payload: { userId: viewer.userId, messageIds: read },
        },
      ]);
    }
    return repo.countUnreadOfUser(tx, viewer.userId);
  });
}

// ——— preferences ———

const snapshotOf = (row: ContactRow): ContactSnapshot => ({
  userId: row.userId,
  departmentId: row.departmentId,
  channel: row.channel,
  address: row.address,
  format: row.format,
  label: row.label,
  hasSecret: row.secret !== null && row.secret !== '',
});

export async function getMyPreferences(scope: RequestScope) {
  const viewer = authorize(scope, 'message.own');
  return {
    mutedKinds: await repo.listMutedKinds(scope.db, viewer.userId),
    requiredKinds: [...REQUIRED_KINDS],
    contacts: await repo.listContactsOfUser(scope.db, viewer.userId),
  };
}

export async function setMyMutedKinds(scope: RequestScope, kinds: readonly MessageKind[]) {
  const viewer = authorize(scope, 'message.own');
  const required = kinds.find((kind) => REQUIRED_KINDS.includes(kind));
  if (required)
    throw new DomainError('BAD_USER_INPUT', {
      field: 'mutedKinds',
      reason: '督办单消息不能关闭：督办单总是送达责任部门',
      detail: 'REQUIRED_KIND',
    });
  const unique = [...new Set(kinds)];
  await scope.db.transaction(async (tx) => {
    const change = await repo.replaceMutedKinds(tx, viewer.userId, unique);
    await recordChange(tx, change, ({ before, after }) => ({
      type: EventType.MESSAGE_PREFERENCES_SET,
      actorUserId: viewer.userId,
      payload: { userId: viewer.userId, before, after },
    }));
  });
  return getMyPreferences(scope);
}

// ——— contacts ———

type Owner = { userId: number } | { departmentId: number };

/** Whose contacts: the viewer's own, or (admins only) another user's or a department's. */
async function ownerOf(scope: RequestScope, owner: ContactOwnerInput | null | undefined): Promise<Owner> {
  const viewer = authorize(scope, 'message.own');
  if (!owner?.username && !owner?.departmentCode) return { userId: viewer.userId };
  if (owner.username && owner.departmentCode)
    throw new DomainError('BAD_USER_INPUT', {
      field: 'owner',
      reason: '联系方式只能属于一个人或一个部门',
      detail: 'ONE_OWNER',
    });
  authorize(scope, 'message.manageContacts');
  if (owner.departmentCode) {
    const department = await getDepartmentByCode(scope, owner.departmentCode, 'owner.departmentCode');
    return { departmentId: department.id };
  }
  const user = await findUserByUsername(scope.db, owner.username as string);
  if (!user)
    throw new DomainError('NOT_FOUND', { field: 'owner.username', reason: '没有这个用户', detail: 'USER_NOT_FOUND' });
  return { userId: user.id };
}

/** A contact the viewer may change: their own, or any for an admin; NOT_FOUND otherwise (no hint it exists). */
async function contactOf(scope: RequestScope, id: number, lock: boolean, db = scope.db): Promise<ContactRow> {
  const viewer = authorize(scope, 'message.own');
  const row = await repo.findContact(db, id, lock);
  if (!row || (row.userId !== viewer.userId && !can(scope, 'message.manageContacts')))
    throw new DomainError('NOT_FOUND', { field: 'id', reason: '没有这个联系方式', detail: 'CONTACT_NOT_FOUND' });
  return row;
}

export async function getContacts(scope: RequestScope, owner: ContactOwnerInput | null | undefined) {
  const of = await ownerOf(scope, owner);
  return 'userId' in of
    ? repo.listContactsOfUser(scope.db, of.userId)
    : repo.listContactsOfDepartment(scope.db, of.departmentId);
}

/** The input checked and normalised: a well-formed address for its channel, a format for a webhook. */
function contactValues(input: ContactInput, stored?: ContactRow): repo.ContactValues {
  const address = input.address.trim();
  const label = (input.label ?? '').trim();
  if (label.length > 40)
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.label',
      reason: '名称不能超过 40 个字',
      detail: 'TOO_LONG',
    });
  if (input.channel === ChannelKind.EMAIL) {
    if (!EMAIL.test(address))
      throw new DomainError('BAD_USER_INPUT', {
        field: 'input.address',
        reason: '不是有效的电子邮件地址',
        detail: 'BAD_EMAIL',
      });
    if (input.format)
      throw new DomainError('BAD_USER_INPUT', {
        field: 'input.format',
        reason: '电子邮件不需要格式',
        detail: 'NO_FORMAT',
      });
    return { channel: input.channel, address, format: null, secret: null, label };
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new DomainError('BAD_USER_INPUT', { field: 'input.address', reason: '不是有效的网址', detail: 'BAD_URL' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.address',
      reason: 'Webhook 地址必须以 http:// 或 https:// 开头',
      detail: 'BAD_URL',
    });
  if (address.length > 2000)
    throw new DomainError('BAD_USER_INPUT', { field: 'input.address', reason: '网址过长', detail: 'TOO_LONG' });
  if (!input.format)
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.format',
      reason: '请选择群机器人类型（企业微信、钉钉、飞书或通用 JSON）',
      detail: 'FORMAT_REQUIRED',
    });
  const secret = input.secret === undefined || input.secret === null ? (stored?.secret ?? null) : input.secret.trim();
  if (secret && secret.length > 200)
    throw new DomainError('BAD_USER_INPUT', { field: 'input.secret', reason: '密钥过长', detail: 'TOO_LONG' });
  if (input.format === WebhookFormat.GENERIC && !secret)
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.secret',
      reason: '通用 JSON Webhook 需要签名密钥，接收方据此验证消息来自本平台',
      detail: 'SECRET_REQUIRED',
    });
  return { channel: input.channel, address, format: input.format, secret: secret || null, label };
}

export async function addContact(
  scope: RequestScope,
  owner: ContactOwnerInput | null | undefined,
  input: ContactInput,
) {
  const viewer = authorize(scope, 'message.own');
  const of = await ownerOf(scope, owner);
  const values = contactValues(input);
  return scope.db.transaction((tx) =>
    recordChange(tx, repo.insertContact(tx, of, values, viewer.userId), ({ after }) => ({
      type: EventType.CONTACT_SET,
      actorUserId: viewer.userId,
      departmentId: after.departmentId,
      payload: { contactId: after.id, before: null, after: snapshotOf(after) },
    })),
  );
}

export async function updateContact(scope: RequestScope, id: number, version: number, input: ContactInput) {
  const viewer = authorize(scope, 'message.own');
  return scope.db.transaction(async (tx) => {
    const before = await contactOf(scope, id, true, tx);
    if (before.version !== version)
      throw new DomainError('CONFLICT', {
        field: 'version',
        reason: '联系方式已被修改，请刷新后重试',
        detail: 'STALE_VERSION',
      });
    const values = contactValues(input, before);
    return recordChange(tx, repo.updateContact(tx, before, values), (change) => ({
      type: EventType.CONTACT_SET,
      actorUserId: viewer.userId,
      departmentId: change.after.departmentId,
      payload: { contactId: id, before: snapshotOf(change.before), after: snapshotOf(change.after) },
    }));
  });
}

export async function removeContact(scope: RequestScope, id: number): Promise<boolean> {
  const viewer = authorize(scope, 'message.own');
  await scope.db.transaction(async (tx) => {
    const before = await contactOf(scope, id, true, tx);
    await recordChange(tx, repo.deleteContact(tx, before), () => ({
      type: EventType.CONTACT_SET,
      actorUserId: viewer.userId,
      departmentId: before.departmentId,
      payload: { contactId: id, before: snapshotOf(before), after: null },
    }));
  });
  return true;
}

// ——— reminder settings ———

export async function getReminderSettings(scope: RequestScope, planId: number) {
  const plan = await getPlanById(scope, planId);
  const row = await repo.findReminderSettings(scope.db, planId);
  return {
    leadDays: row?.leadDays ?? DEFAULT_REMINDER_LEAD_DAYS,
    weeklyDigest: row?.weeklyDigest ?? true,
    // Not on an archived plan, which takes no write (the same gate setReminderSettings passes first).
    viewerCanEdit: planTakes(plan, 'settings') && (await can(scope, 'reminder.set', planOfficeTarget(scope, plan))),
  };
}

export async function setReminderSettings(scope: RequestScope, planCode: string, input: ReminderSettingsInput) {
  const plan = await getWritablePlan(scope, planCode, 'planCode', 'settings');
  const viewer = await authorize(scope, 'reminder.set', planOfficeTarget(scope, plan));
  if (!Number.isInteger(input.leadDays) || input.leadDays < 0 || input.leadDays > 20)
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.leadDays',
      reason: '提前提醒的工作日数应在 0 到 20 之间（0 表示不提前提醒）',
      detail: 'OUT_OF_RANGE',
    });
  const now = scope.clock.now();
  await scope.db.transaction(async (tx) => {
    const change = await repo.upsertReminderSettings(tx, plan.id, input, viewer.userId, now);
    await recordChange(tx, change, ({ before, after }) => ({
      type: EventType.REMINDER_SETTINGS_SET,
      planId: plan.id,
      actorUserId: viewer.userId,
      payload: {
        before: before ? { leadDays: before.leadDays, weeklyDigest: before.weeklyDigest } : null,
        after: { leadDays: after.leadDays, weeklyDigest: after.weeklyDigest },
      },
    }));
  });
  return getReminderSettings(scope, plan.id);
}

// ——— the delivery log ———

export async function getDeliveryLog(
  scope: RequestScope,
  filter: DeliveryFilter | null | undefined,
  first: number,
  before: number | null | undefined,
) {
  authorize(scope, 'message.readDeliveries');
  const limit = Math.min(Math.max(first, 1), MAX_PAGE);
  const rows = await repo.listDeliveries(
    scope.db,
    { state: filter?.state ?? undefined, channel: filter?.channel ?? undefined, beforeId: before ?? undefined },
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const views = await viewMessages(
    scope,
    page.map((row) => row.message),
  );
  const userIds = [...new Set(page.flatMap((row) => (row.message.userId ? [row.message.userId] : [])))];
  const people = new Map((await listUsersByIds(scope.db, userIds)).map((user) => [user.id, user.displayName]));
  const departmentIds = [
    ...new Set(page.flatMap((row) => (row.message.departmentId ? [row.message.departmentId] : []))),
  ];
  const units = new Map((await getDepartmentsByIds(scope, departmentIds)).map((d) => [d.id, d.name]));
  const calendar = await getWorkingCalendar(scope);
  const now = scope.clock.now();
  return {
    counts: (await repo.countDeliveries(scope.db)).map((row) => ({
      channel: row.channel,
      state: row.state,
      count: row.n,
    })),
    items: page.map((row, i) => ({
      ...deliveryFields(row.delivery),
      recipient: row.message.userId
        ? (people.get(row.message.userId) ?? '（已删除的用户）')
        : (units.get(row.message.departmentId as number) ?? '（部门）'),
      message: views[i] as MessageView,
    })),
    hasMore: rows.length > limit,
    quietUntil: isQuietTime(now, calendar) ? nextSendingTime(now, calendar) : null,
  };
}

const deliveryFields = (row: DeliveryRow) => ({
  id: row.id,
  channel: row.channel,
  address: row.address,
  state: row.state as DeliveryState,
  attempts: row.attempts,
  nextAttemptAt: row.nextAttemptAt,
  lastError: row.lastError,
  sentAt: row.sentAt,
  createdAt: row.createdAt,
});

/** Puts a failed delivery back in the queue, due at once, its attempts counted afresh. */
export async function retryDelivery(scope: RequestScope, id: number): Promise<boolean> {
  authorize(scope, 'message.retryDelivery');
  const row = await repo.requeueDelivery(scope.db, id);
  if (!row) {
    const exists = await repo.findDelivery(scope.db, id);
    throw exists
      ? new DomainError('CONFLICT', { field: 'id', reason: '只有发送失败的消息可以重新发送', detail: 'NOT_FAILED' })
      : new DomainError('NOT_FOUND', { field: 'id', reason: '没有这条发送记录', detail: 'DELIVERY_NOT_FOUND' });
  }
  return true;
}
