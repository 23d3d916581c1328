/**
 * Times in the district's own time (UTC+8, no daylight saving), whatever the browser's zone: the server's working
 * calendar, quiet hours and deadlines are Beijing time, so a time the office reads beside them must be too.
 */

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

function beijing(iso: string): Date {
  return new Date(new Date(iso).getTime() + BEIJING_OFFSET_MS);
}

/** 2025-12-08T01:05:00Z → 2025-12-08 09:05, for tables. */
export function beijingDateTime(iso: string): string {
  const d = beijing(iso);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 2025-12-15T00:30:00Z → 12月15日 08:30, in a sentence. */
export function beijingMonthDayTime(iso: string): string {
  const d = beijing(iso);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
