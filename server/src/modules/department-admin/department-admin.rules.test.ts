import { describe, expect, it } from 'vitest';
import { normalizeName } from '../department';
import { checkAliases, checkChangeDay, checkCode, checkNameFree } from './department-admin.rules';

const units = [
  { id: 1, code: 'market-supervision', name: '区市场监督管理局', aliases: ['区市场监管局'] },
  { id: 2, code: 'finance', name: '区财政局', aliases: [] },
];

describe('the register’s rules', () => {
  it('a name is free only if no other unit bears it as name or alias, spaces aside', () => {
    expect(() => checkNameFree(units, '区 市场监管局', normalizeName, 'input.name', null)).toThrow(
      '「区 市场监管局」已是部门「区市场监督管理局」（market-supervision）的别名',
    );
    expect(() => checkNameFree(units, '区财政局', normalizeName, 'input.name', 2)).not.toThrow();
    expect(() => checkNameFree(units, '区财政局', normalizeName, 'input.name', 1)).toThrow('的名称');
  });

  it('aliases are refused when repeated, equal to the unit’s name, or another unit’s', () => {
    const finance = units[1]!;
    expect(checkAliases(units, finance, [' 财政局 '], normalizeName)).toEqual(['财政局']);
    expect(() => checkAliases(units, finance, ['财政局', '财政 局'], normalizeName)).toThrow('别名「财政 局」重复');
    expect(() => checkAliases(units, finance, ['区财政局'], normalizeName)).toThrow('与部门名称相同');
    expect(() => checkAliases(units, finance, ['区市场监管局'], normalizeName)).toThrow('已是部门');
  });

  it('codes and days of change are checked', () => {
    expect(() => checkCode('Finance', 'input.code')).toThrow('部门编码');
    expect(checkCode('emergency-management', 'input.code')).toBe('emergency-management');
    expect(() => checkChangeDay('2026-01-02', '2026-01-01', 'f', '更名日期')).toThrow('不能晚于今天');
    expect(() =>
      checkChangeDay('2024-01-01', '2026-01-01', 'f', '更名日期', { day: '2025-01-01', why: '上次更名日期' }),
    ).toThrow('不能早于上次更名日期（2025-01-01）');
  });
});
