import type { Db } from '../db/client';

/**
 * Per-request state: the database handle and the request's loaders, created on first use.
 * Modules register nothing here; each asks for its own loader factory, so shared/ knows no module.
 */
export class RequestScope {
  private readonly instances = new Map<(db: Db) => unknown, unknown>();

  constructor(readonly db: Db) {}

  /** The request's instance of a loader set, made by `factory` the first time it is asked for. */
  get<T>(factory: (db: Db) => T): T {
    let instance = this.instances.get(factory) as T | undefined;
    if (instance === undefined) {
      instance = factory(this.db);
      this.instances.set(factory, instance);
    }
    return instance;
  }
}
