import type { SecuritySettings } from '../config/env';
import type { Db } from '../db/client';
import { isConnectionError } from '../db/db-errors';
import { resolveViewer } from '../modules/auth';
import type { EventStream } from '../realtime/event-stream';
import type { CatalogCache } from '../shared/catalog-cache';
import type { Clock } from '../shared/clock';
import type { Context } from '../shared/context';
import { serviceUnavailable } from '../shared/errors';
import { RequestScope } from '../shared/request-scope';
import { currentRequest } from './request-id';

export interface ContextDeps {
  db: Db;
  catalog: CatalogCache;
  settings: SecuritySettings;
  eventStream: EventStream;
  clock: Clock;
}

/**
 * A fresh context per operation, over HTTP and WebSocket alike: the token is checked for every operation (one
 * statement), so a revoked or expired login stops working at once, and loaders never outlive one operation.
 */
export async function createContext(deps: ContextDeps, token: string | null): Promise<Context> {
  const viewer = await resolveViewer(deps.db, token).catch((error: unknown) => {
    // The read was already retried once on a fresh connection (db/client.ts): tell the client to come back.
    if (isConnectionError(error)) throw serviceUnavailable();
    throw error;
  });
  // The HTTP request's log line says who asked (never with what token).
  const record = currentRequest();
  if (record && viewer) {
    record.viewer = { userId: viewer.userId, role: viewer.role, departmentId: viewer.departmentId };
  }
  return { scope: new RequestScope(deps.db, deps.catalog, deps.settings, viewer, deps.eventStream, deps.clock) };
}
