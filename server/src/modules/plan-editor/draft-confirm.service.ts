import type { RequestScope } from '../../shared/request-scope';
import { type DraftContext, editDraft, refuse } from './draft';
import type { DraftItemKind } from './plan-editor.input';
import { updateGoal, updateIndicator, updateMeasure, updatePlanRow } from './plan-editor.repository';
import { header } from './plan-editor.service';

const LABEL: Record<DraftItemKind, string> = { PLAN: '方案', GOAL: '目标', MEASURE: '措施', INDICATOR: '指标' };

/**
 * 确认无误: the office has checked an imported item as it stands, so its 待核对 flags go (an edit clears them too).
 * An item with no flags is refused (NOTHING_TO_CONFIRM), so a stale screen learns it.
 */
export function confirmImportedItem(
  scope: RequestScope,
  planCode: string,
  kind: DraftItemKind,
  code: string,
): Promise<boolean> {
  return editDraft(scope, planCode, async (ctx: DraftContext) => {
    const { tx, content } = ctx;
    const missing = () =>
      refuse('NOT_FOUND', `${kind}_NOT_FOUND`, 'code', `方案中没有编号为「${code}」的${LABEL[kind]}`);
    const nothing = () =>
      refuse('BAD_USER_INPUT', 'NOTHING_TO_CONFIRM', 'code', `${LABEL[kind]}「${code}」没有待核对的导入标记`);
    if (kind === 'PLAN') {
      if (content.plan.importFlags.length === 0) throw nothing();
      const { before, after } = await updatePlanRow(tx, content.plan, { importFlags: [] });
      return { change: { kind: 'PLAN_UPDATED', before: header(before), after: header(after) }, result: true };
    }
    if (kind === 'GOAL') {
      const goal = content.goals.find((g) => g.code === code);
      if (!goal) throw missing();
      if (goal.importFlags.length === 0) throw nothing();
      const updated = await updateGoal(tx, goal, { importFlags: [] });
      return { change: { kind: 'GOAL_UPDATED', ...updated }, result: true };
    }
    if (kind === 'MEASURE') {
      const measure = content.measures.find((m) => m.code === code);
      if (!measure) throw missing();
      if (measure.importFlags.length === 0) throw nothing();
      const updated = await updateMeasure(tx, measure, { importFlags: [] });
      return { change: { kind: 'MEASURE_UPDATED', ...updated }, result: true };
    }
    const indicator = content.indicators.find((i) => i.code === code);
    if (!indicator) throw missing();
    if (indicator.importFlags.length === 0) throw nothing();
    const updated = await updateIndicator(tx, indicator, { importFlags: [] });
    return { change: { kind: 'INDICATOR_UPDATED', ...updated }, result: true };
  });
}
