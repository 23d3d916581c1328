import { DerivedCache } from './derived-cache';

/**
 * Process-wide cache of catalog rows (plans, goals, measures, assignments, indicators, departments), valid for
 * exactly one catalog version. The version lives in the database and moves on, by trigger, in every transaction
 * that changes the catalog; each request reads it once, so a request never sees rows older than its own read,
 * whichever process made the change.
 */
export class CatalogCache {
  private version = -1;
  /** Derived state (warnings, roll-ups) shared by requests at the same standing: shared/derived-cache.ts. */
  readonly derived = new DerivedCache();
  private readonly buckets = new Map<string, Map<unknown, unknown>>();

  /**
   * The bucket of one loader for `version`, or undefined when the cache already holds a newer version (the
   * request is older than the cache and must not mix in its rows). A newer version empties the cache.
   */
  bucket<K, V>(name: string, version: number): Map<K, V> | undefined {
    if (version > this.version) {
      this.version = version;
      this.buckets.clear();
    }
    if (version !== this.version) return undefined;
    let bucket = this.buckets.get(name);
    if (!bucket) {
      bucket = new Map();
      this.buckets.set(name, bucket);
    }
    return bucket as Map<K, V>;
  }
}
