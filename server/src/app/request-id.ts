import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What the request log line and the metrics say about one HTTP request, filled in as it is served: the operation
 * (Apollo's plugin, request-log.ts), the viewer (context.ts), the error codes answered (format-error.ts,
 * http-answer.ts). Never a token or a password: only what is written here reaches the log.
 */
export interface RequestRecord {
  readonly id: string;
  operationName: string | null;
  /** `query`, `mutation`, `subscription`, or null before the document is resolved. */
  operationType: string | null;
  viewer: { userId: number; role: string; departmentId: number | null } | null;
  /** The distinct `extensions.code`s of the errors answered, in order. */
  errorCodes: string[];
  /** SQL statements the request sent (GraphQL over HTTP). */
  statements: number | null;
}

const storage = new AsyncLocalStorage<RequestRecord>();

/** A new request id: short enough to read out over the phone, unique enough to find one line in a day's log. */
export function newRequestId(): string {
  return randomUUID().replaceAll('-', '').slice(0, 16);
}

/** A fresh record for a request with this id. */
export function newRequestRecord(id: string = newRequestId()): RequestRecord {
  return { id, operationName: null, operationType: null, viewer: null, errorCodes: [], statements: null };
}

/** Runs `work` as the request `record`: errors formatted and viewers resolved within it are noted there. */
export function withRequest<T>(record: RequestRecord, work: () => T): T {
  return storage.run(record, work);
}

/** Runs `work` with `id` as the current request id, so that errors formatted within it carry the same id. */
export function withRequestId<T>(id: string, work: () => T): T {
  return storage.run(newRequestRecord(id), work);
}

/** The id of the request being served, or a fresh one outside a request (a WebSocket message). */
export function currentRequestId(): string {
  return storage.getStore()?.id ?? newRequestId();
}

/** The request being served over HTTP, if any. */
export function currentRequest(): RequestRecord | undefined {
  return storage.getStore();
}

/** Notes an error code answered to the current request (once each). */
export function noteErrorCode(code: string): void {
  const record = storage.getStore();
  if (record && !record.errorCodes.includes(code)) record.errorCodes.push(code);
}
