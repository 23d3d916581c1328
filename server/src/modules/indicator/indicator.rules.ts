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

/** The facts a revised target is told from: the target history a revision (方案调整) left. */
export interface TargetHistoryFacts {
  unit: string | null;
  targetHistory?: readonly { target: number | null; targetText: string; until: string; revisionNumber: number }[];
}

/**
 * 调整前 in words: the targets revisions replaced, oldest first, e.g. （调整前：15 件/万人，第 1 次调整，至 2024-06-30）;
 * empty when the target was never revised. The target judged is always the one in force (the row's).
 */
export function targetRevisedNote(indicator: TargetHistoryFacts): string {
  const history = indicator.targetHistory ?? [];
  if (history.length === 0) return '';
  const olds = history.map((old) => {
    const value = old.target === null ? old.targetText : `${old.target}${indicator.unit ? ` ${indicator.unit}` : ''}`;
    return `${value}，第 ${old.revisionNumber} 次调整，至 ${old.until}`;
  });
  return `（调整前：${olds.join('；')}）`;
}
