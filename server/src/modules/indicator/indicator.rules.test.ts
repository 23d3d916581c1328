import { describe, expect, it } from 'vitest';
import { TargetKind } from './indicator.enum';
import { baselineText } from './indicator.rules';

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
