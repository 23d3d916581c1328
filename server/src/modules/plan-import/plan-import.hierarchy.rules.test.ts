import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from './plan-import.document';
import {
  buildTree,
  isGenericPart,
  joinBrokenParagraphs,
  markerOf,
  partKind,
  type SourceNode,
  splitHeading,
} from './plan-import.hierarchy.rules';

const paragraphs = (...texts: string[]): DocumentBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));
const outline = (nodes: SourceNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.marker!.number, outline(n.children)] : n.marker!.number));

describe('the numbered hierarchy', () => {
  it('recognises every kind of ordinal, with full- or half-width brackets', () => {
    expect(
      [
        '一、目标',
        '（一）任务',
        '(二)任务',
        '1.任务',
        '2、任务',
        '3．任务',
        '（1）任务',
        '①任务',
        '第一部分 总体要求',
      ].map((t) => markerOf(t)?.kind),
    ).toEqual(['han', 'hanParen', 'hanParen', 'arabic', 'arabic', 'arabic', 'arabicParen', 'circled', 'chapter']);
    // Not ordinals: a year, a decimal, a bare numeral.
    expect([markerOf('2025年，达到9件'), markerOf('3.5亿元'), markerOf('一')]).toEqual([null, null, null]);
  });

  it('splits a heading from the text on the same line', () => {
    expect(splitHeading('提升管理效能。加强顶层设计。完善体系。')).toEqual({
      title: '提升管理效能',
      description: '加强顶层设计。完善体系。',
    });
    expect(splitHeading('实施管理能力提升工程')).toEqual({ title: '实施管理能力提升工程', description: null });
  });

  it('nests by kind of ordinal, restarts numbering in each part, and copes with skipped levels', () => {
    const { front, roots } = buildTree(
      paragraphs(
        '某方案',
        '一、目标',
        '（一）甲',
        '（二）乙',
        '二、任务',
        '1.丙',
        '（1）丁',
        '（2）戊',
        '2.己',
        '①庚',
        '三、保障',
        '（一）辛',
      ),
    );
    expect(front).toHaveLength(1);
    expect(outline(roots)).toEqual([
      ['一、', ['（一）', '（二）']],
      [
        '二、',
        [
          ['1.', ['（1）', '（2）']],
          ['2.', ['①']],
        ],
      ],
      ['三、', ['（一）']],
    ]);
  });

  it('joins a paragraph that a page break cut in two, but not a heading to the next item', () => {
    const joined = joinBrokenParagraphs(
      paragraphs('（三）强化督导。聚焦主要', '目标，细化任务。', '（四）加强宣传', '1.开展活动。'),
    );
    expect(joined.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '（三）强化督导。聚焦主要目标，细化任务。',
      '（四）加强宣传',
      '1.开展活动。',
    ]);
  });

  it('tells which part holds goals, tasks and safeguards', () => {
    expect(
      ['工作目标', '主要目标', '重点任务', '工作措施', '主要举措', '保障措施', '强化督查问效', '指导思想'].map(
        partKind,
      ),
    ).toEqual(['goals', 'goals', 'tasks', 'tasks', 'tasks', 'safeguards', 'safeguards', 'other']);
  });

  it('takes 11.121人才梯队项目 for item 11 after item 10, but a decimal elsewhere for text', () => {
    const { roots } = buildTree(
      paragraphs('一、任务', '10.羊城学者项目。', '11.121人才梯队项目。', '2.5亿元用于补助。'),
    );
    expect(roots[0]!.children.map((c) => c.marker!.number)).toEqual(['10.', '11.']);
    expect(roots[0]!.children[1]!.marker!.rest).toBe('121人才梯队项目。');
    expect(roots[0]!.children[1]!.body).toHaveLength(1);
  });

  it('tells a part that only labels its items from a part with a theme', () => {
    expect(
      ['重点任务', '保障措施', '工作措施', '组织实施', '主要任务和工作措施', '进度安排', '重点建设任务'].map(
        isGenericPart,
      ),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(
      ['实施六大人才行动计划', '强化组织实施', '深化现代流通市场化改革', '加强组织保障'].map(isGenericPart),
    ).toEqual([false, false, false, false]);
    // What the tasks serve, then 的 and the label: still only a label.
    expect(['加快流通业发展的重点工作任务', '推进乡村振兴的主要措施'].map(isGenericPart)).toEqual([true, true]);
  });

  it('reads an ordinal closed by a full stop of any width: 1. 1． 1﹒', () => {
    for (const written of ['1.全省生产总值增长7%以上', '1．全省生产总值增长7%以上', '1﹒全省生产总值增长7%以上']) {
      expect(markerOf(written), written).toMatchObject({ kind: 'arabic', rest: '全省生产总值增长7%以上' });
    }
    expect(markerOf('一﹒总体要求')).toMatchObject({ kind: 'han', rest: '总体要求' });
  });
});
