import type { Cache, Data, KeyingConfig, UpdatesConfig } from '@urql/exchange-graphcache';
import { graphql } from '../../gql';

const MessageReadAt_Message = graphql(`
  fragment MessageReadAt_Message on Message { id readAt }
`);

/**
 * How the normalised cache stores the message types: a page of messages and a notice are part of their parent; the
 * preferences are the viewer's one set (one client per sign-in), so a mutation's answer replaces what a query read.
 */
export const messageCacheKeys: KeyingConfig = {
  MessagePage: () => null,
  MessageNotice: () => null,
  MessagePreferences: () => 'viewer',
};

/** The viewer's message lists in the cache: each `myMessages` page, with its arguments and its items' keys. */
function cachedLists(cache: Cache) {
  return cache.inspectFields('Query').flatMap((field) => {
    if (field.fieldName !== 'myMessages') return [];
    const page = cache.resolve('Query', field.fieldKey);
    if (typeof page !== 'string') return [];
    const items = cache.resolve(page, 'items');
    return [{ page, args: field.arguments ?? {}, items: Array.isArray(items) ? (items as string[]) : [] }];
  });
}

/** A new message on the subscription goes on top of every first page already read, so an open list is current. */
function prependLatest(cache: Cache, latest: Data | null | undefined): void {
  const key = latest ? cache.keyOfEntity(latest) : null;
  if (!latest || !key) return;
  for (const list of cachedLists(cache)) {
    if (list.args.before != null || list.items.includes(key)) continue;
    if (list.args.unreadOnly && latest.readAt != null) continue;
    cache.link(list.page, 'items', [key, ...list.items]);
  }
}

/** Messages marked read: these ids, or (null) every message in the cache, read as of now. */
function markRead(cache: Cache, ids: readonly number[] | null | undefined): void {
  const readAt = new Date().toISOString();
  const keys = ids
    ? ids.map((id) => cache.keyOfEntity({ __typename: 'Message', id }))
    : [...new Set(cachedLists(cache).flatMap((list) => list.items))];
  for (const key of keys) {
    if (!key || cache.resolve(key, 'readAt') !== null) continue;
    cache.writeFragment(MessageReadAt_Message, {
      __typename: 'Message',
      id: cache.resolve(key, 'id') as number,
      readAt,
    });
  }
}

/** The viewer's own contacts (the preferences' list) gain what addContact added, and lose what was removed. */
function ownContacts(cache: Cache, change: (keys: string[]) => string[]): void {
  const preferences = cache.keyOfEntity({ __typename: 'MessagePreferences' });
  const list = preferences ? cache.resolve(preferences, 'contacts') : null;
  if (preferences && Array.isArray(list)) cache.link(preferences, 'contacts', change(list as string[]));
}

/** The cache's updates for messages: new ones on top of the open lists, read marks, the viewer's contacts. */
export const messageCacheUpdates = {
  Subscription: {
    messageEvents: (result, _args, cache) => {
      const notice = result.messageEvents as { latest?: Data | null; readIds?: number[] } | null;
      prependLatest(cache, notice?.latest);
      // Read in another tab or on another device: the lists here show them read too.
      if (notice?.readIds?.length) markRead(cache, notice.readIds);
    },
  },
  Mutation: {
    markMessagesRead: (_result, args, cache) => markRead(cache, args.ids as number[] | null | undefined),
    addContact: (result, args, cache) => {
      const key = cache.keyOfEntity(result.addContact as Data | null);
      // Another owner's contact (the office's screens) is not on the viewer's list.
      if (key && !args.owner) ownContacts(cache, (keys) => (keys.includes(key) ? keys : [...keys, key]));
    },
    removeContact: (result, args, cache) => {
      const key = cache.keyOfEntity({ __typename: 'Contact', id: args.id as number });
      if (!result.removeContact || !key) return;
      ownContacts(cache, (keys) => keys.filter((k) => k !== key));
      // Any other list that showed it reads again.
      cache.invalidate(key);
    },
  },
} satisfies UpdatesConfig;
