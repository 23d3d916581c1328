import type { Db } from '../../db/client';
import { type Clock, chinaDate } from '../../shared/clock';
import { WarningLevel } from './supervision.enum';
import { countReportsSince, countWarningsByLevel } from './supervision.repository';

/** What an office watches at a glance, outside any viewer's scope: for /metrics, never for a screen. */
export interface OfficeFigures {
  /** Measures at each warning level, by plan (active plans, as the last sweep recorded them; every level listed). */
  warnings: { planCode: string; level: WarningLevel; measures: number }[];
  /** Progress reports submitted since midnight, Beijing time. */
  reportsToday: number;
}

/** Reads the office figures: two statements, whatever the size of the plans. */
export async function readOfficeFigures(db: Db, clock: Clock): Promise<OfficeFigures> {
  const midnight = new Date(`${chinaDate(clock.now())}T00:00:00+08:00`);
  const [rows, reportsToday] = await Promise.all([countWarningsByLevel(db), countReportsSince(db, midnight)]);
  const warnings: OfficeFigures['warnings'] = [];
  for (const planCode of new Set(rows.map((row) => row.planCode))) {
    for (const level of Object.values(WarningLevel)) {
      const found = rows.find((row) => row.planCode === planCode && row.level === level);
      warnings.push({ planCode, level, measures: found?.measures ?? 0 });
    }
  }
  return { warnings, reportsToday };
}
