import { describe, expect, it } from 'vitest';
import { draftRowsOf } from './plan-import.draft.rules';
import { SMALL_PLAN_REVISED_TEXT, SMALL_PLAN_TEXT } from './plan-import.fixtures';
import {
  type CurrentPlanContent,
  matchByTitle,
  revisionProposalOf,
  titleSimilarity,
  WITHDRAWN_BY_DOCUMENT,
} from './plan-import.revision.rules';
import { proposePlan } from './plan-import.rules';
import { textToDocument } from './plan-import.text';

const REGISTER: Record<string, string> = {
  区市场监督管理局: 'market-supervision',
  区科学技术局: 'science-technology',
  区财政局: 'finance',
  区工业和信息化局: 'industry-it',
  区公安分局: 'public-security',
  区司法局: 'justice',
  区法院: 'court',
};
const codeOf = (name: string) => REGISTER[name] ?? null;
const read = (text: string) => proposePlan(textToDocument(text));
const options = { codeOf, defaultDepartmentCode: 'market-supervision' };

/** The plan in force as importing the original text made it. */
function planOf(text: string): CurrentPlanContent {
  const rows = draftRowsOf(read(text), codeOf, '2026-12-31');
  return {
    endsOn: '2026-12-31',
    goals: rows.goals.map((g) => ({ code: g.code, title: g.title })),
    measures: rows.measures.map((m) => ({
      code: m.code,
      parentCode: m.parentCode,
      kind: m.kind,
      title: m.title,
      withdrawn: false,
      leadCode: m.leadCode,
      participantCodes: m.participantCodes,
    })),
    indicators: rows.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      target: i.target,
      targetDate: i.targetDate,
      targetText: i.targetText,
      unit: i.unit,
    })),
  };
}

describe('matching titles', () => {
  it('scores a reworded title close and an unrelated one far', () => {
    expect(titleSimilarity('建设知识产权服务站', '建设知识产权服务站。')).toBe(1);
    expect(titleSimilarity('建设知识产权服务站', '建设知识产权公共服务站点')).toBeGreaterThan(0.5);
    expect(titleSimilarity('建设知识产权服务站', '推进司法保护')).toBeLessThan(0.2);
  });

  it('pairs the closest titles first, then a reworded one in the same place, and leaves the new one out', () => {
    expect(
      matchByTitle(
        ['加强行政执法', '推进司法保护', '强化知识产权宣传'],
        ['加强知识产权宣传工作', '加强行政执法', '开展调解'],
      ),
    ).toEqual([2, 0, -1]);
    // Rewritten beyond recognition, but alone between the same neighbours: the same item.
    expect(
      matchByTitle(['甲项工作', '开展专利导航', '乙项工作'], ['甲项工作', '推动专利导航成果运用', '乙项工作']),
    ).toEqual([0, 1, 2]);
  });
});

describe('a revised document against the plan in force', () => {
  it('finds nothing to change in the same document', () => {
    expect(revisionProposalOf(planOf(SMALL_PLAN_TEXT), read(SMALL_PLAN_TEXT), options)).toEqual({
      changes: [],
      unresolvedUnits: [],
    });
  });

  it('proposes exactly the reworded, added, dropped, reassigned and retargeted items, with their 原文', () => {
    const { changes, unresolvedUnits } = revisionProposalOf(
      planOf(SMALL_PLAN_TEXT),
      read(SMALL_PLAN_REVISED_TEXT),
      options,
    );
    expect(unresolvedUnits).toEqual([]);
    expect(changes.map((c) => c.change)).toEqual([
      { updateMeasure: { measureCode: 'P1.2', title: '建设知识产权公共服务站点' } },
      {
        addMeasure: {
          code: 'P1.4',
          kind: 'MEASURE',
          title: '推动专利转化运用',
          description: '开展专利开放许可。',
          parentCode: 'P1',
          leadCode: 'industry-it',
          participantCodes: [],
        },
      },
      { setAssignments: { measureCode: 'P2.1', leadCode: 'market-supervision', participantCodes: ['justice'] } },
      { withdrawMeasure: { measureCode: 'P2.2', reason: WITHDRAWN_BY_DOCUMENT } },
      {
        updateIndicator: {
          indicatorCode: 'I2',
          target: 3500,
          targetKind: 'NUMERIC',
          targetText: '有效商标注册量累计达到3500件',
        },
      },
    ]);
    expect(changes.map((c) => c.description)).toEqual([
      '修改「P1.2」名称：「建设知识产权服务站」改为「建设知识产权公共服务站点」',
      '新增措施「P1.4 推动专利转化运用」（在「P1」下）（牵头：industry-it）',
      '调整「P2.1」责任单位：牵头：market-supervision；配合：justice（原：牵头：market-supervision；配合：public-security）',
      '撤销「P2.2 推进司法保护」：修订文件中已删除',
      '修改指标「有效商标注册量」：目标值 3000 → 3500件',
    ]);
    expect(changes[0]?.source).toContain('2.建设知识产权公共服务站点。');
    expect(changes[1]?.source).toContain('（责任单位：区工业和信息化局）');
    expect(changes[2]?.source).toContain('区司法局');
    expect(changes[3]?.source).toBeNull();
    expect(changes[4]?.source).toBe('有效商标注册量累计达到3500件');
  });

  it('gives new items free codes, never one a withdrawn item still holds', () => {
    const current = planOf(SMALL_PLAN_TEXT);
    // P1.4 was added and withdrawn in an earlier revision: its code stays taken.
    current.measures.push({ ...current.measures[1]!, code: 'P1.4', title: '已撤销的措施', withdrawn: true });
    const { changes } = revisionProposalOf(current, read(SMALL_PLAN_REVISED_TEXT), options);
    expect(changes.find((c) => c.change && 'addMeasure' in c.change)?.change).toMatchObject({
      addMeasure: { code: 'P1.5', parentCode: 'P1' },
    });
  });

  it('adds a new goal, a new goal indicator reported by the plan office, and a new project with its children', () => {
    const text = SMALL_PLAN_TEXT.replace(
      '二、重点任务',
      '（三）知识产权运用效益显现。到2026年，知识产权质押融资额达到5亿元。\n二、重点任务',
    ).replace(
      '三、保障措施',
      '（三）实施知识产权运用工程。\n1.开展质押融资。搭建银企对接平台。（责任单位：区财政局）\n三、保障措施',
    );
    const { changes } = revisionProposalOf(planOf(SMALL_PLAN_TEXT), read(text), options);
    expect(changes.map((c) => c.change)).toEqual([
      { addGoal: { code: 'G3', title: '知识产权运用效益显现', description: expect.any(String) } },
      expect.objectContaining({
        addMeasure: expect.objectContaining({ code: 'P3', kind: 'PROJECT', parentCode: null }),
      }),
      {
        addMeasure: expect.objectContaining({
          code: 'P3.1',
          parentCode: 'P3',
          leadCode: 'finance',
          participantCodes: [],
        }),
      },
      {
        addIndicator: expect.objectContaining({
          code: 'I4',
          goalCode: 'G3',
          measureCode: null,
          departmentCode: 'market-supervision',
          target: 5,
          unit: '亿元',
        }),
      },
    ]);
  });

  it('holds back a change that needs a unit the register does not know, naming it', () => {
    const text = SMALL_PLAN_REVISED_TEXT.replace(
      '（责任单位：区工业和信息化局）',
      '（牵头单位：区工业和信息化局；配合单位：区退役军人事务局）',
    ).replace('区市场监督管理局、区司法局', '区市场监督管理局、区数据局');
    const { changes, unresolvedUnits } = revisionProposalOf(planOf(SMALL_PLAN_TEXT), read(text), options);
    expect(unresolvedUnits).toEqual(['区退役军人事务局', '区数据局']);
    const held = changes.filter((c) => c.change === null);
    expect(held.map((c) => [c.description, c.unresolvedUnits])).toEqual([
      [
        '新增措施「P1.4 推动专利转化运用」（在「P1」下）（牵头：区工业和信息化局；配合：区退役军人事务局）',
        ['区退役军人事务局'],
      ],
      [
        '调整「P2.1」责任单位：牵头：区市场监督管理局；配合：区数据局（原：牵头：market-supervision；配合：public-security）',
        ['区数据局'],
      ],
    ]);
    // The rest is proposed as before.
    expect(changes.filter((c) => c.change !== null)).toHaveLength(3);
  });

  it('leaves a measure’s units alone when the revised document names none for it', () => {
    const text = SMALL_PLAN_TEXT.replace('（责任单位：区财政局）', '');
    const { changes } = revisionProposalOf(planOf(SMALL_PLAN_TEXT), read(text), options);
    expect(changes).toEqual([]);
  });
});
