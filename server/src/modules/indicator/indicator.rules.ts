import { TargetKind } from './indicator.enum';

/** The facts a baseline is told from. */
export interface BaselineFacts {
  baseline: number | null;
  baselineYear: number | null;
  unit: string | null;
  targetKind: TargetKind;
}

/**
 * 基期值 in words: the value with its unit and year as the document gives it; 文件未给出 when the document gives no
 * baseline (a screen never shows a bare dash that could mean zero, unknown or not loaded).
 */
export function baselineText(indicator: BaselineFacts): string {
  if (indicator.baseline === null) {
    return indicator.targetKind === TargetKind.NUMERIC ? '文件未给出' : '定性目标，无基期值';
  }
  const value = `${indicator.baseline}${indicator.unit ? ` ${indicator.unit}` : ''}`;
  return indicator.baselineYear === null ? value : `${value}（${indicator.baselineYear} 年）`;
}
