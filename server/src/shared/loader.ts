import DataLoader from 'dataloader';
import type { MaybePromise } from './maybe-promise';
import type { RequestScope } from './request-scope';

export type { MaybePromise } from './maybe-promise';

function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === 'function';
}

/** Applies `fn` now if `value` is here, else when it arrives. */
export function andThen<T, U>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return isPromise(value) ? value.then(fn) : fn(value);
}

/** Like Promise.all, but stays synchronous when every value is already here. */
export function all<T>(values: readonly MaybePromise<T>[]): MaybePromise<T[]> {
  return values.some(isPromise) ? Promise.all(values) : (values as T[]);
}

/**
 * A loader of catalog rows: DataLoader batching within a request, and the process-wide catalog cache across
 * requests. Once a key is at hand, `load` returns it synchronously: graphql-js then completes the field in
 * place, with no promise per field, which is most of the cost of a large response.
 */
export class CatalogLoader<K, V> {
  private readonly local = new Map<K, V>();
  private readonly loader: DataLoader<K, V>;

  constructor(
    private readonly scope: RequestScope,
    /** Unique per loader: the name of its cache bucket. */
    private readonly name: string,
    batch: (keys: readonly K[]) => Promise<V[]>,
    /** Misses (null) are not shared, so that a stream of unknown codes cannot grow the cache. */
    private readonly shareable: (value: V) => boolean = (value) => value !== null,
  ) {
    this.loader = new DataLoader<K, V>(batch);
  }

  load(key: K): MaybePromise<V> {
    if (this.local.has(key)) return this.local.get(key) as V;
    return andThen(this.scope.catalogVersion(), (version) => {
      const shared = this.scope.catalogBucket<K, V>(this.name, version);
      if (shared?.has(key)) {
        const value = shared.get(key) as V;
        this.local.set(key, value);
        return value;
      }
      return this.loader.load(key).then((value) => {
        this.local.set(key, value);
        if (this.shareable(value)) this.scope.catalogBucket<K, V>(this.name, version)?.set(key, value);
        return value;
      });
    });
  }
}

/** A catalog loader of one row per key; a missing key resolves to null. */
export function rowLoader<K, R>(
  scope: RequestScope,
  name: string,
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): CatalogLoader<K, R | null> {
  return new CatalogLoader<K, R | null>(scope, name, async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A catalog loader of all rows for each key (e.g. every goal of a plan), shaped by `build` once per key. */
export function groupLoader<K, R, V>(
  scope: RequestScope,
  name: string,
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  build: (rows: R[]) => V,
): CatalogLoader<K, V> {
  return new CatalogLoader<K, V>(
    scope,
    name,
    async (keys) => {
      const rows = await load(keys);
      const groups = groupBy(rows, keyOf);
      return keys.map((key) => build(groups.get(key) ?? []));
    },
    () => true,
  );
}

/** Groups rows by a key, keeping their order. */
export function groupBy<K, R>(rows: Iterable<R>, keyOf: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
