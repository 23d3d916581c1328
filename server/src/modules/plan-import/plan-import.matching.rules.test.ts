import { describe, expect, it } from 'vitest';
import {
  closeness,
  type MatchableUnit,
  matchUnit,
  matchUnits,
  proposedCodeOf,
  proposedKindOf,
} from './plan-import.matching.rules';

const unit = (code: string, name: string, more: Partial<MatchableUnit> = {}): MatchableUnit => ({
  code,
  name,
  kind: 'GOVERNMENT_DEPARTMENT',
  aliases: [],
  formerNames: [],
  retired: false,
  ...more,
});

const register: MatchableUnit[] = [
  unit('market-supervision', '区市场监督管理局'),
  unit('development-reform', '区发展和改革局', { aliases: ['区发改局'] }),
  unit('industry-it', '区工业和信息化局'),
  unit('science-technology', '区科学技术局', { formerNames: ['区科技局'] }),
  unit('towns-subdistricts', '各镇、街道', { kind: 'GROUP' }),
  unit('old-bureau', '区旧机构局', { retired: true }),
  unit('leadership-group', '博山区领导小组', { kind: 'LEADING_GROUP' }),
  unit('finance', '区财政局'),
];

describe('matching the units a document names against the register', () => {
  it('finds a unit by its name, an alias or a former name, ignoring spaces and bracket widths', () => {
    expect(matchUnit('区市场监督管理局', register)).toMatchObject({
      status: 'MATCHED',
      code: 'market-supervision',
      by: 'NAME',
    });
    expect(matchUnit(' 区市场 监督管理局', register)).toMatchObject({ status: 'MATCHED', by: 'NAME' });
    expect(matchUnit('区发改局', register)).toMatchObject({
      status: 'MATCHED',
      code: 'development-reform',
      by: 'ALIAS',
    });
    expect(matchUnit('区科技局', register)).toMatchObject({
      status: 'MATCHED',
      code: 'science-technology',
      by: 'FORMER_NAME',
    });
  });

  it('offers an abbreviation as an alias of the unit it abbreviates', () => {
    const match = matchUnit('区市场监管局', register);
    expect(match.status).toBe('UNKNOWN');
    if (match.status !== 'UNKNOWN') return;
    expect(match.suggestions[0]).toMatchObject({ code: 'market-supervision', reason: '疑为简称' });
    expect(match.proposedKind).toBe('GOVERNMENT_DEPARTMENT');
  });

  it('matches a group written with other punctuation, and offers a name without its level prefix', () => {
    expect(matchUnit('各镇（街道）', register)).toMatchObject({ status: 'MATCHED', code: 'towns-subdistricts' });
    expect(matchUnit('各镇街道', register)).toMatchObject({ status: 'MATCHED', code: 'towns-subdistricts' });
    expect(closeness('各镇（街道）', '各镇、街道')).toMatchObject({ reason: '仅标点不同' });
    const bare = matchUnit('工业和信息化局', register);
    if (bare.status !== 'UNKNOWN') throw new Error(`expected UNKNOWN, got ${bare.status}`);
    expect(bare.suggestions[0]).toMatchObject({ code: 'industry-it', reason: '名称相同，仅省略了级别前缀' });
  });

  it('offers nothing for a unit unlike any in the register, and never a leading group or a retired unit', () => {
    const match = matchUnit('区退役军人事务局', register);
    expect(match).toMatchObject({ status: 'UNKNOWN', suggestions: [] });
    expect(matchUnit('区旧机构局', register)).toMatchObject({ status: 'RETIRED', code: 'old-bureau' });
    const near = matchUnit('博山区领导小组办', register);
    if (near.status === 'UNKNOWN') expect(near.suggestions.map((s) => s.code)).not.toContain('leadership-group');
  });

  it('keeps 各项目牵头单位 apart: it means the leads of the other items', () => {
    expect(matchUnit('各项目牵头单位', register)).toEqual({ name: '各项目牵头单位', status: 'OTHER_ITEMS_LEADS' });
  });

  it('matches each distinct name once, in the order the document first writes it', () => {
    const matches = matchUnits(['区财政局', '区市场监管局', '区财政局 ', '区 财政局'], register);
    expect(matches.map((m) => m.name)).toEqual(['区财政局', '区市场监管局']);
  });

  it('does not call unrelated names close', () => {
    expect(closeness('区财政局', '区市场监督管理局')).toBeNull();
    expect(closeness('区教育局', '区公安分局')).toBeNull();
    expect(closeness('区司法局', '区法院')).toBeNull();
  });

  it('proposes a kind and a free code for a new unit', () => {
    expect(proposedKindOf('城南街道')).toBe('SUBDISTRICT');
    expect(proposedKindOf('石马镇')).toBe('TOWN');
    expect(proposedKindOf('各有关单位')).toBe('GROUP');
    expect(proposedKindOf('区人民检察院')).toBe('JUDICIAL_ORGAN');
    expect(proposedKindOf('区委组织部')).toBe('PARTY_DEPARTMENT');
    expect(proposedKindOf('区教育和体育局')).toBe('GOVERNMENT_DEPARTMENT');
    const code = proposedCodeOf('区教育和体育局', new Set());
    expect(code).toMatch(/^unit-[a-z0-9]+$/);
    expect(proposedCodeOf('区教育和体育局', new Set([code]))).toBe(`${code}-2`);
  });
});
