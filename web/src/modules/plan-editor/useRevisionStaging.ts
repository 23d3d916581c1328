import { useCallback, useMemo, useRef, useState } from 'react';
import type { RevisionChangeInput } from '../../gql/graphql';
import type { EditorActions, WriteResult } from './editor-actions';
import type { EditorDepartment, EditorPlan } from './editor-plan';
import { applyStaged, keyOf, type StagedChange } from './revision-staging';

const refused = (reason: string): WriteResult => ({
  ok: false,
  errors: [{ field: null, path: null, code: 'BAD_USER_INPUT', reason }],
  problems: null,
});
const OK: WriteResult = { ok: true };

const KIND_WORD: Record<string, string> = { PROJECT: '工程', MEASURE: '措施', SAFEGUARD: '保障措施' };

/**
 * 本次调整: the changes staged on a plan in force, the plan as they leave it, and the editor's actions in staging
 * mode (each edit becomes an entry of the list instead of a write). Adding units to a measure added in this same
 * revision folds into its 新增 entry.
 */
export function useRevisionStaging(base: EditorPlan | null, departments: readonly EditorDepartment[]) {
  const [staged, setStaged] = useState<StagedChange[]>([]);
  const nextId = useRef(1);
  const applied = useMemo(() => (base ? applyStaged(base, departments, staged) : null), [base, departments, staged]);
  const plan = applied?.plan ?? null;
  const nameOf = useCallback(
    (code: string | null | undefined) => departments.find((d) => d.code === code)?.name ?? code ?? '',
    [departments],
  );
  const unitsWords = useCallback(
    (lead: string | null | undefined, participants: readonly string[] | null | undefined) =>
      [
        lead ? `牵头：${nameOf(lead)}` : '未定牵头单位',
        ...(participants?.length ? [`配合：${participants.map(nameOf).join('、')}`] : []),
      ].join('；'),
    [nameOf],
  );

  const stage = useCallback((label: string, change: RevisionChangeInput): WriteResult => {
    const id = nextId.current++;
    setStaged((list) => [...list, { id, label, key: keyOf(change), change }]);
    return OK;
  }, []);

  /** Replaces the staged 新增 of `code`, if this revision adds it: its later edits go into it. */
  const foldIntoAdded = useCallback(
    (
      code: string,
      fold: (add: NonNullable<RevisionChangeInput['addMeasure']>) => RevisionChangeInput['addMeasure'],
    ) => {
      let folded = false;
      setStaged((list) =>
        list.map((entry) => {
          if (entry.change.addMeasure?.code !== code) return entry;
          folded = true;
          const add = fold(entry.change.addMeasure)!;
          const label = `新增${KIND_WORD[add.kind ?? 'MEASURE']}「${add.code} ${add.title}」（${unitsWords(add.leadCode, add.participantCodes)}）`;
          return { ...entry, label, key: keyOf({ addMeasure: add }), change: { addMeasure: add } };
        }),
      );
      return folded;
    },
    [unitsWords],
  );

  const added = useCallback((code: string) => staged.some((entry) => entry.change.addMeasure?.code === code), [staged]);

  const actions = useMemo<EditorActions>(
    () => ({
      mode: 'revise',
      done: '已加入本次调整',
      saveGoal: async (goal, v) => {
        if (!goal)
          return stage(`新增目标「${v.code} ${v.title}」`, { addGoal: { ...v, description: v.description ?? null } });
        return stage(`修改目标「${goal.code}」：${v.title}`, {
          updateGoal: {
            goalCode: goal.code,
            ...(v.code !== goal.code && { code: v.code }),
            title: v.title,
            description: v.description ?? null,
          },
        });
      },
      removeGoal: async () => refused('已发布方案的目标不能删除；可修改其表述'),
      addMeasure: async (v) =>
        stage(`新增${KIND_WORD[v.kind]}「${v.code} ${v.title}」（未定牵头单位）`, {
          addMeasure: {
            code: v.code,
            title: v.title,
            kind: v.kind,
            parentCode: v.parentCode,
            goalCode: v.goalCode ?? null,
          },
        }),
      updateMeasure: async (measure, v, units) => {
        const fieldsChanged =
          v.code !== measure.code ||
          v.kind !== measure.kind ||
          v.title !== measure.title ||
          (v.description ?? '') !== (measure.description ?? '') ||
          (v.goalCode !== undefined && (v.goalCode ?? null) !== (measure.goal?.code ?? null));
        if (!fieldsChanged && !units) return OK;
        if (added(measure.code)) {
          foldIntoAdded(measure.code, (add) => ({
            ...add,
            code: v.code,
            kind: v.kind,
            title: v.title,
            description: v.description ?? null,
            ...(v.goalCode !== undefined && { goalCode: v.goalCode }),
            ...(units && { leadCode: units.leadCode, participantCodes: units.participantCodes }),
          }));
          return OK;
        }
        if (fieldsChanged) {
          const what = [
            v.code !== measure.code && `编号 ${measure.code} → ${v.code}`,
            v.title !== measure.title && `名称改为「${v.title}」`,
            (v.description ?? '') !== (measure.description ?? '') && '内容',
            v.kind !== measure.kind && `类型改为${KIND_WORD[v.kind]}`,
            v.goalCode !== undefined && (v.goalCode ?? null) !== (measure.goal?.code ?? null) && '服务目标',
          ].filter(Boolean);
          stage(`修改「${measure.code}」：${what.join('、')}`, {
            updateMeasure: {
              measureCode: measure.code,
              ...(v.code !== measure.code && { code: v.code }),
              ...(v.kind !== measure.kind && { kind: v.kind }),
              ...(v.title !== measure.title && { title: v.title }),
              ...((v.description ?? '') !== (measure.description ?? '') && { description: v.description ?? null }),
              ...(v.goalCode !== undefined && { goalCode: v.goalCode }),
            },
          });
        }
        if (units) {
          stage(`调整「${v.code}」责任单位：${unitsWords(units.leadCode, units.participantCodes)}`, {
            setAssignments: { measureCode: v.code, ...units },
          });
        }
        return OK;
      },
      moveMeasure: async (code, to) =>
        stage(
          `移动「${code}」${to.parentCode ? `到「${to.parentCode}」下第 ${to.position + 1} 位` : `到第 ${to.position + 1} 位`}`,
          {
            moveMeasure: { measureCode: code, parentCode: to.parentCode, position: to.position },
          },
        ),
      removeMeasure: async (code) => stage(`删除「${code}」`, { removeMeasure: { measureCode: code } }),
      withdrawMeasure: async (code, reason) =>
        stage(`撤销「${code}」：${reason}`, { withdrawMeasure: { measureCode: code, reason } }),
      saveIndicator: async (indicator, v) => {
        if (!indicator) return stage(`新增指标「${v.name}」`, { addIndicator: { ...v } });
        const before: Record<string, unknown> = {
          code: indicator.code,
          name: indicator.name,
          goalCode: indicator.goal.code,
          measureCode: indicator.measure?.code ?? null,
          departmentCode: indicator.department.code,
          unit: indicator.unit ?? null,
          baseline: indicator.baseline ?? null,
          baselineYear: indicator.baselineYear ?? null,
          target: indicator.target ?? null,
          targetDate: indicator.targetDate,
          direction: indicator.direction,
          targetKind: indicator.targetKind,
          targetText: indicator.targetText,
        };
        const changed = Object.fromEntries(
          Object.entries(v).filter(([k, value]) => (value ?? null) !== (before[k] ?? null)),
        );
        if (Object.keys(changed).length === 0) return OK;
        const words =
          'target' in changed
            ? `目标值 ${indicator.target ?? '—'} → ${v.target ?? '—'}${v.unit ?? ''}`
            : Object.keys(changed).length === 1 && 'targetText' in changed
              ? `目标原文改为「${v.targetText}」`
              : '修改指标要素';
        return stage(`修改指标「${indicator.name}」：${words}`, {
          updateIndicator: { indicatorCode: indicator.code, ...changed },
        });
      },
      removeIndicator: async () => refused('已发布方案的指标不能删除；可修改其目标'),
    }),
    [stage, added, foldIntoAdded, unitsWords],
  );

  const unstage = useCallback((id: number) => setStaged((list) => list.filter((entry) => entry.id !== id)), []);
  return {
    staged,
    plan,
    withdrawn: applied?.withdrawn ?? new Set<string>(),
    actions,
    /** Stages one change as an entry of 本次调整 (e.g. one accepted from a revised document). */
    stage,
    unstage,
    clear: () => setStaged([]),
  };
}
