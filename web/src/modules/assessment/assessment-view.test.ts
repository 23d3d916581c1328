import { describe, expect, it } from 'vitest';
import { assessmentPeriods, LIVE_TYPES, weightSum } from './assessment-view';

describe('the assessment page', () => {
  it('offers the whole term, then each year with its quarters', () => {
    const options = assessmentPeriods('2022-01-01', '2025-12-31');
    expect(options[0]).toEqual({ value: '', label: '全周期' });
    expect(options.slice(1, 6).map((o) => o.value)).toEqual(['2022', '2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4']);
    expect(options.at(-1)).toEqual({ value: '2025-Q4', label: '2025 年第 4 季度' });
    expect(options).toHaveLength(1 + 4 * 5);
  });

  it('sums the weights being edited, empty fields as 0', () => {
    expect(weightSum({ timeliness: 30, completion: 30, indicators: 20, notices: 20 })).toBe(100);
    expect(weightSum({ timeliness: 30, completion: null })).toBe(30);
  });

  // That each type exists is the compiler's check: LIVE_TYPES holds the schema's EventType (web/src/gql).
  it('refetches on events that move a score', () => {
    for (const type of ['PROGRESS_REPORTED', 'URGE_NOTICE_RESPONDED', 'ASSESSMENT_WEIGHTS_SET'] as const) {
      expect(LIVE_TYPES.has(type)).toBe(true);
    }
  });
});
