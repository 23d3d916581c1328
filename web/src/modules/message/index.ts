// The message module's surface for other modules: the 消息 bell of every header, how the cache keeps messages
// (app/client.ts), and the office's parts (contacts, reminder rules). MessagesPage and DeliveryLogPage are routed by
// app/ directly.

export { MessageBell } from './MessageBell';
export { messageCacheKeys, messageCacheUpdates } from './message-cache';
export { ReminderSettingsCard, ReminderSettingsCard_Plan } from './ReminderSettingsCard';
/** The contacts drawer as its own chunk, for a page that opens it on a click. */
export const loadContactsDrawer = () => import('./ContactsDrawer');
