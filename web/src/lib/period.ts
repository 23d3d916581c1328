/** Reporting periods and the plan's clock, computed the same way everywhere in the dashboard. */

export interface PlanPeriod {
  startsOn: string;
  endsOn: string;
}

const monthOf = (iso: string) => iso.slice(0, 7);

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The month whose report is due now: this month while the plan runs; after it ends, its last month (reports are
 * still taken in the evaluation window, but the monthly cadence ends with the plan).
 */
export function currentPeriod(plan: PlanPeriod, today: string): string {
  const first = monthOf(plan.startsOn);
  const last = monthOf(plan.endsOn);
  const month = monthOf(today);
  return month < first ? first : month > last ? last : month;
}

/** The month before a period. */
export function previousPeriod(period: string): string {
  return addMonths(period, -1);
}

/** The last month of a period: 2025-06 → 2025-06, 2025-Q2 → 2025-06, 2025-H2 → 2025-12. */
export function lastMonthOf(period: string): string {
  const [year, part = ''] = period.split('-');
  if (part.startsWith('Q')) return `${year}-${String(Number(part.slice(1)) * 3).padStart(2, '0')}`;
  if (part.startsWith('H')) return `${year}-${String(Number(part.slice(1)) * 6).padStart(2, '0')}`;
  return `${year}-${part}`;
}

/** Whether a report for `period` reaches the month `wanted` (or later). */
export function covers(period: string | null | undefined, wanted: string): boolean {
  return period != null && lastMonthOf(period) >= wanted;
}
