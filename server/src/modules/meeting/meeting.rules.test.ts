import { describe, expect, it } from 'vitest';
import { groupProblems, type Problem } from './meeting.rules';

const departments = [
  { code: 'finance', name: '区财政局' },
  { code: 'market-supervision', name: '区市场监督管理局' },
  { code: 'science', name: '区科技局' },
];
const problem = (text: string, by = 'market-supervision'): Problem => ({
  text,
  measure: { code: 'P1.1', title: '措施' },
  raisedBy: { code: by, name: '' },
  period: '2025-06',
});

describe('problems needing coordination', () => {
  it('go under each department their text names, with or without the leading 区', () => {
    const groups = groupProblems(
      [problem('需财政局落实专项资金'), problem('需区科技局和区财政局联合发文')],
      departments,
    );
    expect(groups.map((g) => [g.to?.code, g.problems.length])).toEqual([
      ['finance', 2],
      ['science', 1],
    ]);
  });

  it('never ask the raising department to help itself; unnamed ones are listed last', () => {
    const groups = groupProblems([problem('市场监督管理局人手不足'), problem('资金不足')], departments);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.to).toBeNull();
    expect(groups[0]?.problems).toHaveLength(2);
  });
});
