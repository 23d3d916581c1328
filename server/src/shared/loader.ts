import DataLoader from 'dataloader';

/** A batch loader of one row per key; a missing key resolves to null. */
export function rowLoader<K, R>(
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R | null> {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A batch loader of all rows for each key (e.g. every goal of a plan), shaped by `build` once per key. */
export function groupLoader<K, R, V>(
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  build: (rows: R[]) => V,
): DataLoader<K, V> {
  return new DataLoader<K, V>(async (keys) => {
    const rows = await load(keys);
    const groups = groupBy(rows, keyOf);
    return keys.map((key) => build(groups.get(key) ?? []));
  });
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
