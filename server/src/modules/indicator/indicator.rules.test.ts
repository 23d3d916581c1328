import { describe, expect, it } from 'vitest';
import { TargetKind } from './indicator.enum';
import { baselineText, targetRevisedNote } from './indicator.rules';

describe('the baseline in words', () => {
  it('gives the value, unit and year the document gives', () => {
    expect(baselineText({ baseline: 5.2, baselineYear: 2021, unit: '件/万人', targetKind: TargetKind.NUMERIC })).toBe(
      '5.2 件/万人（2021 年）',
    );
    expect(baselineText({ baseline: 0, baselineYear: null, unit: null, targetKind: TargetKind.NUMERIC })).toBe('0');
  });

  it('says 文件未给出 when the document gives none, and nothing to compare for a qualitative target', () => {
    expect(baselineText({ baseline: null, baselineYear: null, unit: '件', targetKind: TargetKind.NUMERIC })).toBe(
      '文件未给出',
    );
    expect(baselineText({ baseline: null, baselineYear: null, unit: null, targetKind: TargetKind.QUALITATIVE })).toBe(
      '定性目标，无基期值',
    );
  });
});

describe('a target a revision replaced (调整前)', () => {
  it('says nothing when the target was never revised', () => {
    expect(targetRevisedNote({ unit: '件', targetHistory: [] })).toBe('');
    expect(targetRevisedNote({ unit: '件' })).toBe('');
  });

  it('names each old target, oldest first, with the revision and the last day it held', () => {
    expect(
      targetRevisedNote({
        unit: '件/万人',
        targetHistory: [
          { target: 15, targetText: '15件/万人', until: '2023-12-31', revisionNumber: 1 },
          { target: null, targetText: '显著增长', until: '2024-06-30', revisionNumber: 2 },
        ],
      }),
    ).toBe('（调整前：15 件/万人，第 1 次调整，至 2023-12-31；显著增长，第 2 次调整，至 2024-06-30）');
  });
});
