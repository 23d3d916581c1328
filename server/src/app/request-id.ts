import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const storage = new AsyncLocalStorage<string>();

/** A new request id: short enough to read out over the phone, unique enough to find one line in a day's log. */
export function newRequestId(): string {
  return randomUUID().replaceAll('-', '').slice(0, 16);
}

/** Runs `work` with `id` as the current request id, so that errors formatted within it carry the same id. */
export function withRequestId<T>(id: string, work: () => T): T {
  return storage.run(id, work);
}

/** The id of the request being served, or a fresh one outside a request (a WebSocket message). */
export function currentRequestId(): string {
  return storage.getStore() ?? newRequestId();
}
