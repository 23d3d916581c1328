import { eq } from 'drizzle-orm';
import type { SecuritySettings } from '../config/env';
import { catalogVersion } from '../db/catalog-version.table';
import type { Db } from '../db/client';
import type { EventStream } from '../realtime/event-stream';
import type { CatalogCache } from './catalog-cache';
import { type Clock, systemClock } from './clock';
import type { MaybePromise } from './maybe-promise';
import type { Viewer } from './viewer';

/**
 * Per-request state: the database handle, the request's loaders (created on first use) and the catalog
 * version the request reads at. Modules register nothing here; each asks for its own loader factory, so
 * shared/ knows no module.
 */
export class RequestScope {
  private readonly instances = new Map<(scope: RequestScope) => unknown, unknown>();
  private version: number | undefined;
  private versionRead: Promise<number> | undefined;

  constructor(
    readonly db: Db,
    private readonly catalog: CatalogCache,
    /** Login and limit settings, for the services that apply them. */
    readonly settings: SecuritySettings,
    /** Who the request acts for; null when nobody is signed in. */
    readonly viewer: Viewer | null = null,
    /** The process's live event stream, for subscriptions. */
    readonly eventStream: EventStream | null = null,
    /** The time the rules run at (deadlines, warnings, the reporting window). */
    readonly clock: Clock = systemClock,
  ) {}

  /**
   * The same request with the rules' clock elsewhere (a brief made for a later meeting day): same viewer and
   * database, loaders of its own.
   */
  withClock(clock: Clock): RequestScope {
    return new RequestScope(this.db, this.catalog, this.settings, this.viewer, this.eventStream, clock);
  }

  /** The request's instance of a loader set, made by `factory` the first time it is asked for. */
  get<T>(factory: (scope: RequestScope) => T): T {
    let instance = this.instances.get(factory) as T | undefined;
    if (instance === undefined) {
      instance = factory(this);
      this.instances.set(factory, instance);
    }
    return instance;
  }

  /**
   * Starts over as if a new request: a subscription runs one execution per event with the same context, and each
   * must see the data as of its event, not the loaders' memory of the first one.
   */
  renew(): void {
    this.instances.clear();
    this.version = undefined;
    this.versionRead = undefined;
  }

  /** The catalog version, read once per request (one statement), then known synchronously. */
  catalogVersion(): MaybePromise<number> {
    if (this.version !== undefined) return this.version;
    this.versionRead ??= this.db
      .select({ version: catalogVersion.version })
      .from(catalogVersion)
      .where(eq(catalogVersion.singleton, true))
      .then(([row]) => {
        this.version = row?.version ?? 0;
        return this.version;
      });
    return this.versionRead;
  }

  /** The shared cache bucket of one catalog loader at this request's version, if the cache can serve it. */
  catalogBucket<K, V>(name: string, version: number): Map<K, V> | undefined {
    return this.catalog.bucket<K, V>(name, version);
  }
}
