/**
 * Where a request stands in the data: the catalog version and the event log's position. Derived state (warnings,
 * reporting standing, roll-ups, assessments) computed at one standing holds for every request at the same standing,
 * so it is computed once and shared (`DerivedCache`), instead of recomputed from every report on every read.
 *
 * The log position is the newest settled event: the newest of those whose transaction is older than every one
 * still running (the event stream's horizon, so nothing can later commit in front of it). When some committed event
 * lies beyond that horizon (`settled` false), the position does not name what the request sees, and the request
 * shares nothing: it computes for itself, as before.
 */
export interface Standing {
  catalog: number;
  transactionId: bigint;
  eventId: number;
  settled: boolean;
}

/**
 * What changed between two standings, when only reported data did (reports, indicator values): the measures whose
 * derived state may differ (those the events name, and each one's ancestors) and the indicators. A change that
 * reaches further (a revision, a cycle, the calendar, the register) is not described: everything starts over.
 */
export interface DerivedChange {
  planIds: ReadonlySet<number>;
  measureIds: ReadonlySet<number>;
  indicatorIds: ReadonlySet<number>;
}

/**
 * What becomes of one entry when the standing moves on by `change`: the same value (it still holds), a refreshed
 * one, or undefined (drop it: the next request computes it again). `scope` is the request that moves the cache on.
 */
export type Carry<K, V, S> = (key: K, value: V, change: DerivedChange, scope: S) => V | undefined;

/** Reads what changed between two settled standings (the events between them), or null when it cannot say. */
export type ChangeReader<S> = (scope: S, from: Standing, to: Standing) => Promise<DerivedChange | null>;

let changeReader: ChangeReader<never> | null = null;

/** The module that knows the events and the measure tree says what a change touched (supervision, at load). */
export function setDerivedChangeReader<S>(reader: ChangeReader<S>): void {
  changeReader = reader as ChangeReader<never>;
}

const same = (a: Standing, b: Standing) =>
  a.catalog === b.catalog && a.transactionId === b.transactionId && a.eventId === b.eventId;

/** Buckets kept for one standing: one per name and day; more days than this (a clock moved about) starts over. */
const MAX_BUCKETS = 256;

/**
 * Process-wide memory of derived state for exactly one standing. A request at another settled standing starts it
 * over (newer, as a rule; older after a restore, which must not leave the cache refusing everyone); a request at an
 * unsettled one gets nothing from it and leaves nothing in it.
 */
export class DerivedCache {
  private standing: Standing | null = null;
  private buckets = new Map<string, Map<unknown, unknown>>();
  /** Each bucket's rule for a change (none: dropped), kept with the bucket. */
  private carries = new Map<string, Carry<unknown, unknown, unknown>>();
  private moving: { to: Standing; done: Promise<void> } | null = null;
  /**
   * Buckets handed out: found there (shared), made (fresh), refused (an unsettled standing); moves on to a new
   * standing that carried entries over (carried) or started over (rebuilt). For the bench, tests and /metrics.
   */
  readonly tally = { shared: 0, fresh: 0, refused: 0, carried: 0, rebuilt: 0 };

  /**
   * The shared bucket `name` for a request at `standing`, or undefined when it may not share. A request at a new
   * standing first moves the cache on, carrying over by each bucket's rule what the change left standing.
   */
  async bucket<K, V, S>(
    name: string,
    standing: Standing,
    scope: S,
    carry?: Carry<K, V, S>,
  ): Promise<Map<K, V> | undefined> {
    if (!standing.settled) {
      this.tally.refused += 1;
      return undefined;
    }
    if (!this.standing || !same(standing, this.standing)) await this.moveTo(standing, scope);
    else if (this.moving && same(this.moving.to, standing)) await this.moving.done;
    let bucket = this.buckets.get(name);
    if (bucket) this.tally.shared += 1;
    else {
      if (this.buckets.size >= MAX_BUCKETS) this.clearBuckets();
      bucket = new Map();
      this.buckets.set(name, bucket);
      if (carry) this.carries.set(name, carry as Carry<unknown, unknown, unknown>);
      this.tally.fresh += 1;
    }
    return bucket as Map<K, V>;
  }

  private moveTo<S>(standing: Standing, scope: S): Promise<void> {
    const from = this.standing;
    const old = this.buckets;
    const carries = this.carries;
    this.standing = standing;
    this.buckets = new Map();
    this.carries = new Map();
    const reader = changeReader as ChangeReader<S> | null;
    if (!from || from.catalog !== standing.catalog || !reader || carries.size === 0) {
      this.tally.rebuilt += 1;
      this.moving = null;
      return Promise.resolve();
    }
    const done = reader(scope, from, standing)
      .catch(() => null)
      .then((change) => {
        // Moved on again meanwhile: what this move would carry belongs to a standing nobody asks for.
        if (!this.standing || !same(this.standing, standing)) return;
        if (!change) {
          this.tally.rebuilt += 1;
          return;
        }
        this.tally.carried += 1;
        for (const [name, entries] of old) {
          const carry = carries.get(name);
          if (!carry) continue;
          const kept = new Map<unknown, unknown>();
          for (const [key, value] of entries) {
            const next = carry(key, value, change, scope as never);
            if (next === undefined) continue;
            kept.set(key, next);
            // A refresh that fails is not kept for others: the next request computes the entry again.
            if (next instanceof Promise) next.catch(() => kept.get(key) === next && kept.delete(key));
          }
          this.buckets.set(name, kept);
          this.carries.set(name, carry);
        }
      });
    this.moving = { to: standing, done };
    return done;
  }

  private clearBuckets(): void {
    this.buckets = new Map();
    this.carries = new Map();
  }

  /** Forgets everything (a test that compares with a rebuild, or a restore). */
  clear(): void {
    this.standing = null;
    this.moving = null;
    this.clearBuckets();
  }
}

/** A carry rule for entries keyed by (or starting with) a measure id: kept unless the change touched the measure. */
export function unlessMeasureTouched<K extends number | string, V, S>(): Carry<K, V, S> {
  return (key, value, change) => {
    const measureId = typeof key === 'number' ? key : Number.parseInt(key, 10);
    return change.measureIds.has(measureId) ? undefined : value;
  };
}

/** A carry rule for entries keyed by an indicator id: kept unless the change touched the indicator. */
export function unlessIndicatorTouched<V, S>(): Carry<number, V, S> {
  return (key, value, change) => (change.indicatorIds.has(key) ? undefined : value);
}
