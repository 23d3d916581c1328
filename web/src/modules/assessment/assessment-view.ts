/** Pure helpers of the assessment page (kept apart from the component so they are testable without a browser). */

import type { EventType } from '../../gql/graphql';

export const WEIGHT_FIELDS = [
  { field: 'timeliness', label: '报送及时' },
  { field: 'completion', label: '任务完成' },
  { field: 'indicators', label: '指标达成' },
  { field: 'notices', label: '督办响应' },
] as const;

export type WeightField = (typeof WEIGHT_FIELDS)[number]['field'];

/** The sum the editor shows: empty fields count 0. */
export function weightSum(values: Partial<Record<WeightField, number | null>>): number {
  return WEIGHT_FIELDS.reduce((sum, { field }) => sum + (Number(values[field]) || 0), 0);
}

/** The periods to pick: the whole term, then each year of the plan followed by its quarters. */
export function assessmentPeriods(startsOn: string, endsOn: string): { value: string; label: string }[] {
  const options = [{ value: '', label: '全周期' }];
  for (let year = Number(startsOn.slice(0, 4)); year <= Number(endsOn.slice(0, 4)); year++) {
    options.push({ value: String(year), label: `${year} 年` });
    for (let q = 1; q <= 4; q++) options.push({ value: `${year}-Q${q}`, label: `${year} 年第 ${q} 季度` });
  }
  return options;
}

/** Events that move a score: reports, indicator values, notice steps, weights and reporting settings. */
export const LIVE_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'PROGRESS_REPORTED',
  'PROGRESS_REPORT_EDITED',
  'PROGRESS_REPORT_WITHDRAWN',
  'PLAN_IMPORTED',
  'PLAN_REVISED',
  'INDICATOR_VALUE_RECORDED',
  'URGE_NOTICE_ISSUED',
  'URGE_NOTICE_ACKNOWLEDGED',
  'URGE_NOTICE_RESPONDED',
  'URGE_NOTICE_RETURNED',
  'URGE_NOTICE_CLOSED',
  'URGE_NOTICE_ESCALATED',
  'EXTENSION_APPROVED',
  'ASSESSMENT_WEIGHTS_SET',
  'REPORTING_CYCLE_SET',
  'CALENDAR_DAY_SET',
  'CALENDAR_DAY_CLEARED',
]);
