import { describe, expect, it } from 'vitest';
import { nameOn, normalizeName, predecessorsOf, retiredProblem } from './department.rules';

describe('department rules', () => {
  it('a unit renamed twice bore each name until the day of the rename that ended it', () => {
    const former = [
      { name: '区食品药品监督管理局', renamedOn: '2019-03-01' },
      { name: '区市场监管局', renamedOn: '2024-07-01' },
    ];
    expect(nameOn('区市场监督管理局', former, '2018-12-31')).toBe('区食品药品监督管理局');
    expect(nameOn('区市场监督管理局', former, '2019-03-01')).toBe('区市场监管局');
    expect(nameOn('区市场监督管理局', former, '2024-06-30')).toBe('区市场监管局');
    expect(nameOn('区市场监督管理局', former, '2024-07-01')).toBe('区市场监督管理局');
    expect(nameOn('区财政局', [], '2020-01-01')).toBe('区财政局');
  });

  it('names compare without spaces, full-width ones included', () => {
    expect(normalizeName(' 区市场\u3000监管局 ')).toBe('区市场监管局');
  });

  it('a chain of merges makes every earlier unit a predecessor of the last', () => {
    const units = [
      { id: 1, mergedIntoId: 2 },
      { id: 2, mergedIntoId: 3 },
      { id: 3, mergedIntoId: null },
      { id: 4, mergedIntoId: 3 },
    ];
    const predecessors = predecessorsOf(units);
    expect(predecessors.get(3)?.sort()).toEqual([1, 2, 4]);
    expect(predecessors.get(2)).toEqual([1]);
    expect(predecessors.get(1)).toBeUndefined();
  });
});

describe('a retired unit', () => {
  it('takes no new assignment or account, and says when it was retired or merged', () => {
    expect(retiredProblem({ name: '区财政局', retiredOn: null, mergedIntoId: null })).toBeNull();
    expect(retiredProblem({ name: '区人社局', retiredOn: '2025-03-01', mergedIntoId: 7 })?.reason).toBe(
      '部门「区人社局」已于 2025-03-01 撤销（已并入其他单位），不能再承担任务或开设账号',
    );
  });
});
