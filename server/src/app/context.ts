import type { Db } from '../db/client';
import type { Context } from '../shared/context';
import { RequestScope } from '../shared/request-scope';

/** A fresh context per operation, over HTTP and WebSocket alike: loaders never outlive one operation. */
export function createContext(db: Db): Context {
  return { scope: new RequestScope(db) };
}
