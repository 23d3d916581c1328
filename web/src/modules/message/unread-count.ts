import { useSyncExternalStore } from 'react';

/**
 * The viewer's unread count, as the server last said it: the 消息 subscription (at once, on every new message and on
 * every reconnect) and each markMessagesRead (its answer). Kept per session token, so that after a sign-in as
 * someone else nothing of the previous person's count shows.
 */
let current: { owner: string; count: number } | null = null;
const listeners = new Set<() => void>();

export function setUnreadCount(owner: string | undefined, count: number): void {
  if (!owner || (current?.owner === owner && current.count === count)) return;
  current = { owner, count };
  for (const listener of listeners) listener();
}

/** The count for this session's token; null until the server has said. */
export function useUnreadCount(owner: string | undefined): number | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (owner && current?.owner === owner ? current.count : null),
  );
}

/** The unread count as the bell's badge shows it: nothing at 0, 99+ above 99. */
export function badgeText(count: number | null): string {
  if (!count || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
