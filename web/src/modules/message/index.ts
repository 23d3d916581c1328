// The message module's surface for other modules: the 消息 bell of every header, and how the cache keeps messages
// (app/client.ts). MessagesPage is routed by app/ directly.

export { MessageBell } from './MessageBell';
export { messageCacheKeys, messageCacheUpdates } from './message-cache';
