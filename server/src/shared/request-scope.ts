import { sql } from 'drizzle-orm';
import type { SecuritySettings } from '../config/env';
import { type Db, executeRows } from '../db/client';
import type { EventStream } from '../realtime/event-stream';
import type { CatalogCache } from './catalog-cache';
import { type Clock, systemClock, today } from './clock';
import type { Carry, Standing } from './derived-cache';
import type { MaybePromise } from './maybe-promise';
import type { Viewer } from './viewer';

/**
 * Per-request state: the database handle, the request's loaders (created on first use) and the catalog
 * version the request reads at. Modules register nothing here; each asks for its own loader factory, so
 * shared/ knows no module.
 */
export class RequestScope {
  private readonly instances = new Map<(scope: RequestScope) => unknown, unknown>();
  private known: Standing | undefined;
  private standingRead: Promise<Standing> | undefined;
  private local: Map<string, Map<unknown, unknown>> | undefined;

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
    this.known = undefined;
    this.standingRead = undefined;
    this.local = undefined;
  }

  /**
   * Where the request stands: the catalog version and the event log's settled head (shared/derived-cache.ts), read
   * once per request in one statement, then known synchronously.
   */
  standing(): MaybePromise<Standing> {
    if (this.known !== undefined) return this.known;
    this.standingRead ??= readStanding(this.db).then((standing) => {
      this.known = standing;
      return standing;
    });
    return this.standingRead;
  }

  /** The catalog version the request reads at. */
  catalogVersion(): MaybePromise<number> {
    const known = this.standing();
    return 'catalog' in known ? known.catalog : known.then((standing) => standing.catalog);
  }

  /**
   * Derived state `name` of `key` (a warning, a roll-up, a plan's reporting facts) as of the request's standing and
   * the rules' day: computed once for every request at the same standing, while nothing has changed; computed for
   * the request alone when it may not share (shared/derived-cache.ts). `compute` must not depend on the viewer.
   * `carry` says what becomes of an entry when only reported data changed; without it, any change drops it.
   */
  async derived<K, V>(
    name: string,
    key: K,
    compute: () => Promise<V>,
    carry?: Carry<K, Promise<V>, RequestScope>,
  ): Promise<V> {
    const standing = await this.standing();
    const bucketName = `${name}@${today(this.clock)}`;
    const shared = await this.catalog.derived.bucket<K, Promise<V>, RequestScope>(bucketName, standing, this, carry);
    let bucket = shared;
    if (!bucket) {
      this.local ??= new Map();
      bucket = this.local.get(bucketName) as Map<K, Promise<V>> | undefined;
      if (!bucket) {
        bucket = new Map();
        this.local.set(bucketName, bucket as Map<unknown, unknown>);
      }
    }
    let value = bucket.get(key);
    if (!value) {
      value = compute();
      bucket.set(key, value);
      // A failure is not kept for others: the next request tries again.
      const kept = value;
      if (shared) kept.catch(() => shared.get(key) === kept && shared.delete(key));
    }
    return value;
  }

  /** The shared cache bucket of one catalog loader at this request's version, if the cache can serve it. */
  catalogBucket<K, V>(name: string, version: number): Map<K, V> | undefined {
    return this.catalog.bucket<K, V>(name, version);
  }
}

interface StandingRow {
  catalog: number | string | null;
  txid: string | null;
  id: number | string | null;
  unsettled: boolean;
}

/** The catalog version and the event log's settled head, in one statement. */
async function readStanding(db: Db): Promise<Standing> {
  const [row] = await executeRows<StandingRow>(
    db,
    sql`
    select (select version from catalog_version where singleton) as catalog, head.txid, head.id,
           exists (select 1 from events where transaction_id >= pg_snapshot_xmin(pg_current_snapshot())) as unsettled
      from (select 1) as one
      left join lateral (
        select transaction_id::text as txid, id from events
         where transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         order by transaction_id desc, id desc limit 1
      ) as head on true`,
  );
  return {
    catalog: Number(row?.catalog ?? 0),
    transactionId: BigInt(row?.txid ?? 0),
    eventId: Number(row?.id ?? 0),
    settled: row?.unsettled === false,
  };
}
