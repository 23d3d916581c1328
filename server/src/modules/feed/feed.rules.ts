/**
 * A row as an event's JSON payload kept it, with its dates (named in `dates`) back as Dates: the snapshots that
 * PlanEvent's edges hand out. Null when the payload has no such record.
 */
export function revive<T>(record: unknown, dates: readonly string[]): T | null {
  if (!record || typeof record !== 'object') return null;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of dates) if (typeof copy[key] === 'string') copy[key] = new Date(copy[key] as string);
  return copy as T;
}
