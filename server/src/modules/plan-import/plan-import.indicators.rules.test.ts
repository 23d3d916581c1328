import { describe, expect, it } from 'vitest';
import { readIndicators, readIndicatorTable } from './plan-import.indicators.rules';

const read = (text: string) => readIndicators(text, { defaultYear: 2025 });
const brief = (text: string) =>
  read(text).indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.direction, i.targetDate]);

describe('indicators in prose', () => {
  it('reads two indicators from one sentence, with the year it names', () => {
    expect(brief('到2025年，每万人发明专利拥有量提高至9件，有效商标注册量累计达到8000件。')).toEqual([
      ['每万人发明专利拥有量', null, 9, '件/万人', 'INCREASE', '2025-12-31'],
      ['有效商标注册量', null, 8000, '件', 'INCREASE', '2025-12-31'],
    ]);
  });

  it('reads a baseline and its year from 由…提高到…', () => {
    expect(read('到2024年，森林覆盖率由2020年的35.2%提高到38%。').indicators[0]).toMatchObject({
      name: '森林覆盖率',
      baseline: 35.2,
      baselineYear: 2020,
      target: 38,
      unit: '%',
      targetDate: '2024-12-31',
    });
  });

  it('knows which words mean a decrease', () => {
    expect(
      brief('PM2.5平均浓度控制在35微克以内，单位GDP能耗下降到0.5吨，安全事故起数不超过10起，产值不低于100亿元').map(
        (i) => [i[0], i[4]],
      ),
    ).toEqual([
      ['PM2.5平均浓度', 'DECREASE'],
      ['单位GDP能耗', 'DECREASE'],
      ['安全事故起数', 'DECREASE'],
      ['产值', 'INCREASE'],
    ]);
  });

  it('keeps a goal without a number as a qualitative indicator, and flags a number it cannot read', () => {
    const { indicators, flags } = read('各类版权作品登记数量显著增长，营商环境持续优化，综合排名进入全省前3。');
    expect(indicators.map((i) => [i.name, i.target, i.targetKind, i.text])).toEqual([
      ['版权作品登记数量', null, 'QUALITATIVE', '各类版权作品登记数量显著增长'],
      ['营商环境', null, 'QUALITATIVE', '营商环境持续优化'],
    ]);
    expect(flags.map((f) => f.code)).toEqual(['NUMBER_NOT_READ']);
  });

  it('flags a target date it had to assume', () => {
    const [indicator] = read('地区生产总值达到500亿元').indicators;
    expect(indicator).toMatchObject({ target: 500, unit: '亿元', targetDate: '2025-12-31' });
    expect(indicator!.flags.map((f) => f.code)).toEqual(['TARGET_DATE_GUESSED']);
  });

  it('reads a target with no direction verb at the end of a clause, and its qualifier', () => {
    expect(brief('2022年，全市新建5G基站2600个以上，制造业增加值占地区生产总值比重35%左右。')).toEqual([
      ['新建5G基站', null, 2600, '个', 'INCREASE', '2022-12-31'],
      ['制造业增加值占地区生产总值比重', null, 35, '%', 'INCREASE', '2022-12-31'],
    ]);
    expect(brief('到2024年，累计建成5G基站1万个，新建项目30余个')).toEqual([
      ['累计建成5G基站', null, 1, '万个', 'INCREASE', '2024-12-31'],
      ['新建项目', null, 30, '个', 'INCREASE', '2024-12-31'],
    ]);
  });

  it('reads a count before the thing counted, and a range by its lower bound', () => {
    expect(brief('培育形成2个千亿级产业集群和6个五百亿级产业集群，力争培育8—10个百亿企业')).toEqual([
      ['千亿级产业集群', null, 2, '个', 'INCREASE', '2025-12-31'],
      ['五百亿级产业集群', null, 6, '个', 'INCREASE', '2025-12-31'],
      ['百亿企业', null, 8, '个', 'INCREASE', '2025-12-31'],
    ]);
    expect(brief('新增10家规上企业')).toEqual([['新增规上企业', null, 10, '家', 'INCREASE', '2025-12-31']]);
  });

  it('reads a target in Chinese numerals after a direction verb, but not a measure word alone', () => {
    expect(brief('全市重点产业集群总量超过五千亿规模')).toEqual([
      ['重点产业集群总量', null, 5000, '亿', 'INCREASE', '2025-12-31'],
    ]);
    expect(brief('提升一批特色产业园区')).toEqual([]);
  });

  it('splits a clause listing several targets at 、 and 和, but not a name holding 及', () => {
    expect(brief('新建市级及以上创新平台15个以上、省级企业技术中心3家')).toEqual([
      ['新建市级及以上创新平台', null, 15, '个', 'INCREASE', '2025-12-31'],
      ['省级企业技术中心', null, 3, '家', 'INCREASE', '2025-12-31'],
    ]);
  });

  it('reads 年均增长 and 年均下降 targets with their direction', () => {
    expect(brief('地区生产总值年均增长6.5%，单位工业增加值能耗年均下降5%')).toEqual([
      ['地区生产总值', null, 6.5, '%', 'INCREASE', '2025-12-31'],
      ['单位工业增加值能耗', null, 5, '%', 'DECREASE', '2025-12-31'],
    ]);
  });

  it('does not read a year, an ordinal or a model number as a target', () => {
    const { indicators } = read('2012年起5年内，推进5G网络建设，排名进入全省第3，2023年4月10日');
    expect(indicators).toEqual([]);
  });

  it('pairs the names and targets of a 分别 clause in order', () => {
    expect(brief('全市地区生产总值、一般公共预算收入分别增长6%和5%')).toEqual([
      ['地区生产总值', null, 6, '%', 'INCREASE', '2025-12-31'],
      ['一般公共预算收入', null, 5, '%', 'INCREASE', '2025-12-31'],
    ]);
  });

  it('leaves the comparison out of the name, and reads compound units', () => {
    expect(brief('城镇化率较2020年提高5个百分点，PM2.5浓度控制在30微克/立方米以内，粮食产量保持在25亿斤以上')).toEqual([
      ['城镇化率', null, 5, '个百分点', 'INCREASE', '2025-12-31'],
      ['PM2.5浓度', null, 30, '微克/立方米', 'DECREASE', '2025-12-31'],
      ['粮食产量', null, 25, '亿斤', 'INCREASE', '2025-12-31'],
    ]);
  });

  it('reads an indicator table: name, unit, baseline, target and its year, and which way it goes', () => {
    const rows = [
      ['序号', '指标名称', '单位', '2020年基期值', '2025年目标值', '属性'],
      ['1', '地区生产总值', '亿元', '1200', '1800', '预期性'],
      ['2', '单位GDP能耗下降', '%', '', '≤13.5', '约束性'],
      ['3', '森林覆盖率', '%', '40.2', '38', '约束性'],
      ['4', '备注', '', '', '', ''],
    ];
    expect(
      readIndicatorTable(rows)!.map((i) => [i.name, i.unit, i.baseline, i.target, i.direction, i.targetDate]),
    ).toEqual([
      ['地区生产总值', '亿元', 1200, 1800, 'INCREASE', '2025-12-31'],
      ['单位GDP能耗下降', '%', null, 13.5, 'DECREASE', '2025-12-31'],
      ['森林覆盖率', '%', 40.2, 38, 'DECREASE', '2025-12-31'],
    ]);
    expect(
      readIndicatorTable([
        ['序号', '任务', '牵头单位', '完成时限'],
        ['1', '建设平台', '市科技局', '2025年'],
      ]),
    ).toBeNull();
  });
});
