import { describe, expect, it } from 'vitest';
import { AssignmentRole } from '../assignment';
import type { PlanChange } from '../event';
import type { GoalRow } from '../goal';
import { IndicatorDirection, type IndicatorRow, TargetKind } from '../indicator';
import { MeasureKind, type MeasureRow } from '../measure';
import {
  changeLine,
  dayBefore,
  departmentsTouched,
  isEffective,
  type Names,
  type PlanState,
  versionAt,
} from './plan-revision.rules';

const goal: GoalRow = {
  id: 1,
  planId: 9,
  code: 'G1',
  title: '创造质量提升',
  description: null,
  position: 0,
  source: null,
  importFlags: [],
};
const measure = (id: number, code: string, parentId: number | null, extra: Partial<MeasureRow> = {}): MeasureRow => ({
  id,
  planId: 9,
  parentId,
  goalId: parentId === null ? 1 : null,
  code,
  kind: parentId === null ? MeasureKind.PROJECT : MeasureKind.MEASURE,
  position: id,
  title: `措施${code}`,
  description: null,
  withdrawnOn: null,
  withdrawnReason: null,
  source: null,
  importFlags: [],
  ...extra,
});
const indicator: IndicatorRow = {
  id: 5,
  planId: 9,
  goalId: 1,
  measureId: null,
  departmentId: 100,
  code: 'valid-trademarks',
  position: 0,
  name: '有效商标注册量',
  unit: '件',
  baseline: 5000,
  baselineYear: 2021,
  target: 8000,
  targetDate: '2025-12-31',
  direction: IndicatorDirection.INCREASE,
  targetKind: TargetKind.NUMERIC,
  targetText: '累计达到8000件',
  targetHistory: [],
  source: null,
  importFlags: [],
};
const P1 = measure(10, 'P1', null);
const P11 = measure(11, 'P1.1', 10);
const P12 = measure(12, 'P1.2', 10);

const published: PlanState = {
  goals: [goal],
  measures: [P1, P11, P12],
  assignments: [
    { measureId: 10, departmentId: 100, role: AssignmentRole.LEAD, position: 0 },
    { measureId: 10, departmentId: 101, role: AssignmentRole.PARTICIPANT, position: 1 },
  ],
  indicators: [indicator],
};

const names: Names = {
  department: (id) => ({ 100: '区市场监督管理局', 101: '区财政局', 102: '区科学技术局' })[id] ?? `#${id}`,
  goal: (id) => (id === 1 ? 'G1' : null),
  measure: (id) => ({ 10: 'P1', 11: 'P1.1', 12: 'P1.2', 13: 'P1.3' })[id ?? 0] ?? null,
};

// One revision: a measure added under P1, P1's lead handed over, the target raised, P1.2 withdrawn.
const P13 = measure(13, 'P1.3', 10);
const withdrawnP12 = { ...P12, withdrawnOn: '2024-06-01', withdrawnReason: '并入P1.1' };
const raised = { ...indicator, target: 9000, targetText: '累计达到9000件' };
const revision1: PlanChange[] = [
  { kind: 'MEASURE_ADDED', before: null, after: P13 },
  {
    kind: 'ASSIGNMENTS_SET',
    measureCode: 'P1',
    before: [
      { departmentId: 100, departmentCode: 'market-supervision', role: AssignmentRole.LEAD },
      { departmentId: 101, departmentCode: 'finance', role: AssignmentRole.PARTICIPANT },
    ],
    after: [
      { departmentId: 102, departmentCode: 'science-technology', role: AssignmentRole.LEAD },
      { departmentId: 101, departmentCode: 'finance', role: AssignmentRole.PARTICIPANT },
    ],
  },
  { kind: 'INDICATOR_UPDATED', before: indicator, after: raised },
  { kind: 'MEASURE_WITHDRAWN', before: P12, after: withdrawnP12, withdrawnCodes: ['P1.2'] },
];
const now: PlanState = {
  goals: [goal],
  measures: [P1, P11, withdrawnP12, P13],
  assignments: [
    { measureId: 10, departmentId: 101, role: AssignmentRole.PARTICIPANT, position: 1 },
    { measureId: 10, departmentId: 102, role: AssignmentRole.LEAD, position: 2 },
  ],
  indicators: [raised],
};

describe('the plan as it stood (versionAt)', () => {
  it('undoes the later revisions’ changes in reverse order: version 0 is the plan as published', () => {
    const v0 = versionAt(now, [{ number: 1, changes: revision1 }]);
    expect(v0.measures.map((m) => [m.code, m.withdrawnOn])).toEqual([
      ['P1', null],
      ['P1.1', null],
      ['P1.2', null],
    ]);
    expect(v0.indicators).toEqual([indicator]);
    expect(v0.assignments.filter((a) => a.measureId === 10).map((a) => [a.departmentId, a.role])).toEqual([
      [100, AssignmentRole.LEAD],
      [101, AssignmentRole.PARTICIPANT],
    ]);
  });

  it('with nothing later, is the plan now', () => {
    expect(versionAt(now, []).measures.map((m) => m.code)).toEqual(['P1', 'P1.1', 'P1.2', 'P1.3']);
  });
});

describe('a change as people read it (changeLine)', () => {
  it('names units by name and shows only the fields that changed', () => {
    const lines = revision1.map((c) => changeLine(c, names));
    expect(lines.map((l) => l.summary)).toEqual([
      '新增措施 P1.3 措施P1.3（P1 下）',
      'P1 牵头单位 区市场监督管理局 → 区科学技术局',
      '指标 valid-trademarks 目标值 8000件 → 9000件（原目标留作调整前）',
      '撤销措施 P1.2：并入P1.1',
    ]);
    expect(lines[1]?.fields).toEqual([{ label: '牵头单位', before: '区市场监督管理局', after: '区科学技术局' }]);
    expect(lines[2]?.fields.map((f) => f.label)).toEqual(['目标值', '目标原文']);
  });
});

describe('what a revision changes', () => {
  it('an update to the same values, or the same units, is no change', () => {
    expect(isEffective({ kind: 'GOAL_UPDATED', before: goal, after: { ...goal } })).toBe(false);
    expect(isEffective({ kind: 'GOAL_UPDATED', before: goal, after: { ...goal, title: '新' } })).toBe(true);
    expect(isEffective(revision1[1] as PlanChange)).toBe(true);
    expect(isEffective({ kind: 'ASSIGNMENTS_SET', measureCode: 'P1', before: [], after: [] })).toBe(false);
  });

  it('touches the units that gained, lost or answer for a changed measure, and the indicator’s', () => {
    expect(departmentsTouched(revision1, published, now)).toEqual([100, 101, 102]);
  });

  it('ends a replaced duty the day before the revision takes effect', () => {
    expect(dayBefore('2024-06-01')).toBe('2024-05-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});
