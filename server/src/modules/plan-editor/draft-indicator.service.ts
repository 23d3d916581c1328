import { requireText } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { IndicatorDirection, type IndicatorRow, indicators, TargetKind } from '../indicator';
import { type DraftContext, type DraftEdit, editDraft, itemCode, refuse, unitOf } from './draft';
import { checkCodeFree, type EditOf } from './draft-tree.service';
import type { DraftIndicatorInput } from './plan-editor.input';
import { deleteIndicator, insertIndicator, renumber, updateIndicator } from './plan-editor.repository';

const NAME_MAX = 500;

type IndicatorFields = Omit<IndicatorRow, 'id' | 'planId' | 'position' | 'targetHistory'>;

/** The input over the indicator as it was (or over nothing, for a new one): a field left out stays. */
function merged(ctx: DraftContext, input: EditOf<DraftIndicatorInput>, before: IndicatorRow | null): IndicatorFields {
  const { content, register } = ctx;
  const pick = <K extends keyof EditOf<DraftIndicatorInput> & keyof IndicatorRow>(key: K) =>
    input[key] === undefined && before ? before[key] : input[key];
  const code = input.code === undefined && before ? before.code : itemCode(input.code, 'input.code', '指标');
  const goalCode = input.goalCode;
  const goalId =
    goalCode === undefined && before
      ? before.goalId
      : (content.goals.find((g) => g.code === goalCode)?.id ??
        (() => {
          throw refuse(
            'NOT_FOUND',
            'GOAL_NOT_FOUND',
            'input.goalCode',
            `指标「${code}」所属目标「${goalCode ?? ''}」不存在`,
          );
        })());
  const measureId =
    input.measureCode === undefined
      ? (before?.measureId ?? null)
      : input.measureCode === null
        ? null
        : (content.measures.find((m) => m.code === input.measureCode)?.id ??
          (() => {
            throw refuse(
              'NOT_FOUND',
              'MEASURE_NOT_FOUND',
              'input.measureCode',
              `指标「${code}」所属措施「${input.measureCode}」不存在`,
            );
          })());
  const departmentId =
    input.departmentCode === undefined && before
      ? before.departmentId
      : unitOf(register, input.departmentCode ?? '', 'input.departmentCode').id;
  const targetDate = pick('targetDate');
  if (!targetDate) throw refuse('BAD_USER_INPUT', 'REQUIRED', 'input.targetDate', `指标「${code}」须有目标日期`);
  return {
    code,
    goalId,
    measureId,
    departmentId,
    name:
      input.name === undefined && before
        ? before.name
        : requireText(input.name ?? '', 'input.name', NAME_MAX, '指标名称'),
    unit: input.unit === undefined ? (before?.unit ?? null) : input.unit?.trim() || null,
    baseline: pick('baseline') ?? null,
    baselineYear: pick('baselineYear') ?? null,
    target: pick('target') ?? null,
    targetDate,
    direction: pick('direction') ?? IndicatorDirection.INCREASE,
    targetKind: pick('targetKind') ?? TargetKind.NUMERIC,
    targetText:
      input.targetText === undefined && before
        ? before.targetText
        : requireText(input.targetText ?? '', 'input.targetText', NAME_MAX, '目标原文'),
    // An imported indicator keeps its 原文; an edit is the office's check of it, so its 待核对 flags go.
    source: before?.source ?? null,
    importFlags: [],
  };
}

/** The rules of an indicator's values, each refusal naming it (the plan file's, docs/PLAN-FORMAT.md). */
function checkValues(f: IndicatorFields, startsOn: string): void {
  const fail = (detail: string, field: string, reason: string) => {
    throw refuse('BAD_USER_INPUT', detail, field, `指标「${f.code}」${reason}`);
  };
  for (const [key, value] of [
    ['baseline', f.baseline],
    ['target', f.target],
  ] as const) {
    if (value !== null && !Number.isFinite(value)) fail('NOT_FINITE', `input.${key}`, '的数值须为有限数');
  }
  if (f.targetKind === TargetKind.NUMERIC && f.target === null) {
    fail('INDICATOR_TARGET_REQUIRED', 'input.target', '是数值目标，须给出目标值');
  }
  if (f.targetKind === TargetKind.QUALITATIVE && f.target !== null) {
    fail('INDICATOR_TARGET_QUALITATIVE', 'input.target', '是定性目标，不能给出目标值');
  }
  if (f.baselineYear !== null) {
    if (f.baseline === null)
      fail('BASELINE_YEAR_WITHOUT_BASELINE', 'input.baseline', '给出了基期年份，须同时给出基期值');
    if (!Number.isInteger(f.baselineYear) || f.baselineYear < 1949 || f.baselineYear > 2200) {
      fail('BASELINE_YEAR_RANGE', 'input.baselineYear', '的基期年份须为 1949 至 2200 年');
    }
    if (f.baselineYear > Number(f.targetDate.slice(0, 4))) {
      fail('BASELINE_AFTER_TARGET', 'input.baselineYear', `的基期年份 ${f.baselineYear} 晚于目标日期 ${f.targetDate}`);
    }
  }
  if (f.targetDate < startsOn) {
    fail('TARGET_BEFORE_START', 'input.targetDate', `的目标日期 ${f.targetDate} 早于方案开始日期 ${startsOn}`);
  }
}

/** Adds an indicator at the end of the plan's list (no `indicatorCode`), or changes one. */
export function saveDraftIndicator(scope: RequestScope, input: DraftIndicatorInput): Promise<IndicatorRow> {
  return editDraft(scope, input.planCode, (ctx) => applyIndicator(ctx, input));
}

/**
 * The core of saveDraftIndicator. `history`, in a revision: what to append to the target history when the target
 * changes (the old target, its last day and the revision's number); a draft keeps none.
 */
export async function applyIndicator(
  ctx: DraftContext,
  input: EditOf<DraftIndicatorInput>,
  history?: { until: string; revisionNumber: number },
): Promise<DraftEdit<IndicatorRow>> {
  const { tx, content } = ctx;
  const before =
    input.indicatorCode == null ? null : (content.indicators.find((i) => i.code === input.indicatorCode) ?? null);
  if (input.indicatorCode != null && !before) {
    throw refuse(
      'NOT_FOUND',
      'INDICATOR_NOT_FOUND',
      'input.indicatorCode',
      `未找到编号为「${input.indicatorCode}」的指标`,
    );
  }
  const fields = merged(ctx, input, before);
  checkCodeFree(content.indicators, fields.code, before?.id ?? null, { kind: 'INDICATOR', name: '指标' });
  checkValues(fields, content.plan.startsOn);
  if (before) {
    const retargeted =
      before.target !== fields.target ||
      before.targetText !== fields.targetText ||
      before.targetDate !== fields.targetDate;
    const targetHistory =
      history && retargeted
        ? [
            ...before.targetHistory,
            {
              target: before.target,
              targetText: before.targetText,
              targetDate: before.targetDate,
              ...history,
            },
          ]
        : before.targetHistory;
    const updated = await updateIndicator(tx, before, { ...fields, targetHistory });
    return { change: { kind: 'INDICATOR_UPDATED', ...updated }, result: updated.after };
  }
  const added = await insertIndicator(tx, {
    ...fields,
    planId: content.plan.id,
    position: content.indicators.length,
  });
  return { change: { kind: 'INDICATOR_ADDED', ...added }, result: added.after };
}

/** Removes an indicator of a draft. */
export function removeDraftIndicator(scope: RequestScope, planCode: string, indicatorCode: string): Promise<boolean> {
  return editDraft(scope, planCode, async ({ tx, content }) => {
    const indicator = content.indicators.find((i) => i.code === indicatorCode);
    if (!indicator) {
      throw refuse('NOT_FOUND', 'INDICATOR_NOT_FOUND', 'indicatorCode', `未找到编号为「${indicatorCode}」的指标`);
    }
    const removed = await deleteIndicator(tx, indicator);
    const rest = content.indicators.filter((i) => i.id !== indicator.id);
    await renumber(
      tx,
      indicators,
      rest.map((i) => i.id),
      new Map(rest.map((i) => [i.id, i.position])),
    );
    return { change: { kind: 'INDICATOR_REMOVED', ...removed }, result: true };
  });
}
