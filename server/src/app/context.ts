import type { Db } from '../db/client';
import type { CatalogCache } from '../shared/catalog-cache';
import type { Context } from '../shared/context';
import { RequestScope } from '../shared/request-scope';

/** A fresh context per operation, over HTTP and WebSocket alike: loaders never outlive one operation. */
export function createContext(db: Db, catalog: CatalogCache): Context {
  return { scope: new RequestScope(db, catalog) };
}
