import { describe, expect, it } from 'vitest';
import {
  explainDocument,
  normaliseUnit,
  precision,
  recall,
  type ScoredPlan,
  scoreDocument,
  similarity,
  total,
} from './score';

const expected: ScoredPlan = {
  goals: [
    {
      title: '主要目标',
      indicators: [
        { name: '每万人发明专利拥有量', target: 9, unit: '件/万人' },
        { name: '有效商标注册量', target: 8000, unit: '件' },
      ],
    },
  ],
  measures: [
    {
      number: '一、',
      title: '强化知识产权创造',
      lead: [],
      participating: [],
      children: [
        { number: '（一）', title: '提升专利质量', lead: ['区市场监管局'], participating: ['区科技局', '各镇、街道'] },
        { number: '（二）', title: '培育商标品牌', lead: ['区市场监管局'], participating: ['区商务局'] },
      ],
    },
  ],
};

describe('scoring the importer against an expected plan', () => {
  it('gives 100 % everywhere when the importer finds exactly what is expected', () => {
    const score = scoreDocument(expected, structuredClone(expected));
    for (const t of Object.values(score)) {
      expect(precision(t)).toBe(1);
      expect(recall(t)).toBe(1);
    }
    expect(score.measures).toEqual({ matched: 3, found: 3, expected: 3 });
    expect(score.participating).toEqual({ matched: 3, found: 3, expected: 3 });
  });

  it('matches despite bracket styles, spaces and a longer title, and scores a partial result', () => {
    const found: ScoredPlan = {
      goals: [
        {
          title: '目标',
          indicators: [
            { name: '每万人发明专利拥有量', target: 9, unit: '件' },
            // right name, wrong target: not a match
            { name: '有效商标注册量', target: 800, unit: '件' },
            { name: '地区生产总值增速', target: 6, unit: '%' },
          ],
        },
      ],
      measures: [
        {
          number: '一',
          title: '强化知识产权创造',
          lead: [],
          participating: [],
          children: [
            {
              number: '(一)',
              title: '提升专利质量。实施高价值专利培育计划',
              lead: ['区市场监管局'],
              // the town group split in two: one right unit, two wrong ones
              participating: ['区科技局', '各镇', '街道'],
            },
            // the second measure is missed; a safeguard is taken for a measure
            { number: '（三）', title: '加强组织领导', lead: ['区政府办公室'], participating: [] },
          ],
        },
      ],
    };
    const score = scoreDocument(expected, found);
    expect(score.measures).toEqual({ matched: 2, found: 3, expected: 3 });
    expect(score.lead).toEqual({ matched: 1, found: 2, expected: 2 });
    expect(score.participating).toEqual({ matched: 1, found: 3, expected: 3 });
    expect(score.indicators).toEqual({ matched: 1, found: 3, expected: 2 });
    expect(precision(score.measures)).toBeCloseTo(2 / 3);
    expect(recall(score.participating)).toBeCloseTo(1 / 3);

    const sum = total([score, scoreDocument(expected, expected)]);
    expect(sum.measures).toEqual({ matched: 5, found: 6, expected: 6 });
  });

  it('does not pair measures whose numbers disagree, nor titles that are merely alike in a word', () => {
    const found: ScoredPlan = {
      measures: [{ number: '（二）', title: '提升专利质量', lead: ['区市场监管局'] }],
    };
    const plan: ScoredPlan = { measures: [{ number: '（一）', title: '提升专利质量', lead: ['区市场监管局'] }] };
    expect(scoreDocument(plan, found).measures.matched).toBe(0);
    expect(similarity('加强组织领导', '加强宣传引导')).toBeLessThan(0.6);
    expect(similarity('提升专利质量', '提升专利质量。实施高价值专利培育计划')).toBe(1);
  });

  it('compares unit names after normalising brackets and spaces', () => {
    expect(normaliseUnit('各县（市、区）')).toBe(normaliseUnit('各县(市、区) '));
    expect(normaliseUnit('省发展改革委 ')).toBe('省发展改革委');
  });

  it('counts nothing found against nothing expected as 100 %', () => {
    const score = scoreDocument({ goals: [], measures: [] }, { goals: [], measures: [] });
    expect(precision(score.indicators)).toBe(1);
    expect(recall(score.indicators)).toBe(1);
  });
});

describe('indicator targets', () => {
  it('are compared in plain units, so 1 万个 equals 10000 个', () => {
    const plan = (target: number, unit: string): ScoredPlan => ({
      goals: [{ title: '目标', indicators: [{ name: '累计建成5G基站', target, unit }] }],
    });
    expect(scoreDocument(plan(1, '万个'), plan(10000, '个')).indicators.matched).toBe(1);
    expect(scoreDocument(plan(1, '万个'), plan(1, '个')).indicators.matched).toBe(0);
  });
});

describe('explaining a score', () => {
  it('lists missed and extra measures, differing units and missed indicators', () => {
    const expectedPlan: ScoredPlan = {
      goals: [{ title: '目标', indicators: [{ name: '人才贡献率', target: 40, unit: '%' }] }],
      measures: [
        { number: '2.', title: '紧缺人才开发项目', lead: ['市发展改革委'], participating: ['各区、县级市'] },
        { number: '3.', title: '羊城企业家培养项目', lead: ['市委组织部'], participating: [] },
      ],
    };
    const found: ScoredPlan = {
      goals: [],
      measures: [
        { number: '2.', title: '紧缺人才开发项目', lead: ['市发展改革委'], participating: ['各区', '县级市'] },
        { number: '4.', title: '民营企业家素质提升项目', lead: [], participating: [] },
      ],
    };
    expect(explainDocument(expectedPlan, found)).toEqual([
      'missed measure   3.羊城企业家培养项目',
      'extra measure    4.民营企业家素质提升项目',
      'participating    2.紧缺人才开发项目: expected [各区、县级市] found [县级市、各区]',
      'missed indicator 人才贡献率 40%',
    ]);
  });
});
