import type { Stored } from '../event';

/** The keys of T whose values are dates (possibly null): what JSON turned into strings. */
export type DateKeys<T> = { [K in keyof T]: Date extends T[K] ? K : never }[keyof T] & string;

/**
 * A row as an event's JSON payload kept it, with its dates (named in `dates`) back as Dates: the snapshots that
 * PlanEvent's edges hand out. Null when the payload has no such record.
 */
export function revive<T extends object>(
  record: Stored<T> | null | undefined,
  dates: readonly DateKeys<T>[],
): T | null {
  if (!record || typeof record !== 'object') return null;
  const copy: Record<string, unknown> = { ...record };
  for (const key of dates) if (typeof copy[key] === 'string') copy[key] = new Date(copy[key] as string);
  // Stored<T> differs from T only in the dates, and `dates` names them.
  return copy as T;
}
