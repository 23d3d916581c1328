import { describe, expect, it } from 'vitest';
import { backfillNote, checkReportedOn, reportedOnOf } from './progress.rules';

const PLAN = { startsOn: '2022-01-01', endsOn: '2025-12-31' };

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    const { extensions } = error as { extensions: Record<string, unknown> };
    return { field: extensions.field, detail: extensions.detail, reason: extensions.reason };
  }
  throw new Error('the date was accepted');
};

describe('the original date of a backfilled report (原报送日期)', () => {
  it('is taken when the report could have been made then', () => {
    expect(() => checkReportedOn('2024-03-04', '2024-02', PLAN, '2026-12-05')).not.toThrow();
    // A report may be made during its own period.
    expect(() => checkReportedOn('2024-02-29', '2024-02', PLAN, '2026-12-05')).not.toThrow();
    expect(() => checkReportedOn('2026-12-05', '2025-12', PLAN, '2026-12-05')).not.toThrow();
  });

  it('is refused in the future, before the plan, or before its period began, saying which', () => {
    expect(refusal(() => checkReportedOn('2026-12-06', '2025-12', PLAN, '2026-12-05'))).toEqual({
      field: 'input.reportedOn',
      detail: 'FUTURE_DATE',
      reason: '原报送日期 2026-12-06 晚于今天（2026-12-05），补录只能记录已经发生的报送',
    });
    expect(refusal(() => checkReportedOn('2021-12-31', '2022-01', PLAN, '2026-12-05'))).toMatchObject({
      field: 'input.reportedOn',
      detail: 'BEFORE_PLAN',
    });
    expect(refusal(() => checkReportedOn('2024-02-10', '2024-03', PLAN, '2026-12-05'))).toEqual({
      field: 'input.reportedOn',
      detail: 'BEFORE_PERIOD',
      reason: '原报送日期 2024-02-10 早于报告期 2024-03 的开始（2024-03-01），该期报告不可能在此之前报送',
    });
    expect(refusal(() => checkReportedOn('2024-02-30', '2024-02', PLAN, '2026-12-05'))).toMatchObject({
      detail: 'DATE_FORMAT',
    });
  });

  it('stands for the report’s date and marks it; a report made in the system keeps its Beijing submission day', () => {
    const backfilled = { reportedOn: '2024-03-04', submittedAt: new Date('2026-12-05T02:00:00Z') };
    expect(reportedOnOf(backfilled)).toBe('2024-03-04');
    expect(backfillNote(backfilled)).toBe('办公室补录，原报送日期 2024-03-04');
    // 2024-03-04 23:30 UTC is already the 5th in Beijing.
    const live = { reportedOn: null, submittedAt: new Date('2024-03-04T23:30:00Z') };
    expect(reportedOnOf(live)).toBe('2024-03-05');
    expect(backfillNote(live)).toBeNull();
  });
});
