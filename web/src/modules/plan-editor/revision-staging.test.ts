import { describe, expect, it } from 'vitest';
import type { EditorPlan } from './editor-plan';
import { applyStaged, changeIndexOf, keyOf, type StagedChange } from './revision-staging';

const unit = (code: string, name: string) => ({ code, name, kind: 'GOVERNMENT_DEPARTMENT' as const });
const departments = [unit('finance', '区财政局'), unit('commerce', '区商务局')];
const lead = (code: string, name: string) => ({ role: 'LEAD' as const, inherited: false, department: { code, name } });

const plan = {
  id: '1',
  code: 'p',
  title: '方案',
  endsOn: '2025-12-31',
  goals: [{ id: 'g1', code: 'G1', title: '目标一', description: null }],
  measures: [
    {
      id: 'm1',
      code: 'P1',
      kind: 'PROJECT',
      title: '工程',
      parent: null,
      goal: { id: 'g1', code: 'G1' },
      assignments: [],
    },
    {
      id: 'm2',
      code: 'P1.1',
      kind: 'MEASURE',
      title: '措施一',
      parent: { id: 'm1', code: 'P1' },
      goal: null,
      assignments: [lead('finance', '区财政局')],
    },
  ],
  indicators: [],
} as unknown as EditorPlan;

let id = 0;
const staged = (change: StagedChange['change']): StagedChange => ({ id: ++id, label: '', key: keyOf(change), change });

describe('the plan as the staged revision leaves it', () => {
  it('adds a measure under its parent with its lead, changes a lead unit, withdraws a measure', () => {
    const { plan: after, withdrawn } = applyStaged(plan, departments, [
      staged({ addMeasure: { code: 'P1.2', title: '新措施', parentCode: 'P1', leadCode: 'commerce' } }),
      staged({ setAssignments: { measureCode: 'P1.1', leadCode: 'commerce', participantCodes: ['finance'] } }),
      staged({ withdrawMeasure: { measureCode: 'P1.2', reason: '并入 P1.1' } }),
    ]);
    const added = after.measures.find((m) => m.code === 'P1.2');
    expect(added?.parent?.code).toBe('P1');
    expect(added?.assignments.map((a) => [a.role, a.department.name])).toEqual([['LEAD', '区商务局']]);
    const changed = after.measures.find((m) => m.code === 'P1.1');
    expect(changed?.assignments.map((a) => [a.role, a.department.code])).toEqual([
      ['LEAD', 'commerce'],
      ['PARTICIPANT', 'finance'],
    ]);
    expect([...withdrawn]).toEqual(['P1.2']);
    // The plan in force is untouched.
    expect(plan.measures).toHaveLength(2);
  });

  it('a removed entry simply drops out of the replay; a renamed measure keeps its children', () => {
    const rename = staged({ updateMeasure: { measureCode: 'P1', code: 'P9', title: '更名工程' } });
    const after = applyStaged(plan, departments, [rename]).plan;
    expect(after.measures.map((m) => [m.code, m.parent?.code ?? null])).toEqual([
      ['P9', null],
      ['P1.1', 'P9'],
    ]);
    expect(applyStaged(plan, departments, []).plan.measures.map((m) => m.code)).toEqual(['P1', 'P1.1']);
  });

  it('ties a server refusal to the change it names', () => {
    expect(changeIndexOf('input.changes[3].setAssignments.leadCode')).toBe(3);
    expect(changeIndexOf('input.changes.1.addMeasure.code')).toBe(1);
    expect(changeIndexOf('input.reason')).toBeNull();
    expect(keyOf({ setAssignments: { measureCode: 'P1.1', participantCodes: [] } })).toBe('measure:P1.1');
  });
});
