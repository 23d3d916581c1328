import { describe, expect, it } from 'vitest';
import { readIndicators } from './plan-import.indicators.rules';

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
    const { indicators, flags } = read('各类版权作品登记数量显著增长，营商环境持续优化，新建项目30余个。');
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
});
