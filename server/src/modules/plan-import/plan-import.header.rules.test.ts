import { describe, expect, it } from 'vitest';
import { periodOf, readHeader } from './plan-import.header.rules';
import { chineseNumber, parseDate } from './plan-import.numerals';

describe('the header of a plan document', () => {
  it('reads dates in Chinese numerals and in digits, and refuses impossible ones', () => {
    expect(parseDate('二〇二二年十一月十八日')).toBe('2022-11-18');
    expect(parseDate('二○二三年一月三十一日')).toBe('2023-01-31');
    expect(parseDate('2022年11月18日')).toBe('2022-11-18');
    expect(parseDate('２０２４年２月２９日')).toBe('2024-02-29');
    expect(parseDate('2023年2月30日')).toBeNull();
    expect([chineseNumber('十八'), chineseNumber('二十'), chineseNumber('三十一'), chineseNumber('一百零五')]).toEqual([
      18, 20, 31, 105,
    ]);
  });

  it('reads the period from the title: a range with any dash, or a single year', () => {
    expect(periodOf('某某工作方案（2022—2025年）')).toEqual({ startsOn: '2022-01-01', endsOn: '2025-12-31' });
    expect(periodOf('某某行动计划(2022-2024年)')).toEqual({ startsOn: '2022-01-01', endsOn: '2024-12-31' });
    expect(periodOf('某某三年行动方案（2023年—2025年）')).toEqual({ startsOn: '2023-01-01', endsOn: '2025-12-31' });
    expect(periodOf('某某工作要点（2023年）')).toEqual({ startsOn: '2023-01-01', endsOn: '2023-12-31' });
    expect(periodOf('某县2024年工作要点')).toEqual({ startsOn: '2024-01-01', endsOn: '2024-12-31' });
    expect(periodOf('某某实施方案')).toEqual({ startsOn: null, endsOn: null });
  });

  it('reads the 文号 with any brackets, the issuer before the date and the title from the notice', () => {
    for (const number of ['博政发〔2022〕8号', '鲁政办字[2023]12号', '京政发(2021)3号', '沪府发（2020）5号']) {
      const { header } = readHeader(['某市人民政府', `关于印发某某方案的通知`, number], []);
      expect(header.docNumber).toBe(number);
      expect(header.title).toBe('某某方案');
    }
    const { header, flags } = readHeader(
      ['某区人民政府办公室', '关于印发《某区营商环境提升方案（2023年）》的通知', '某区人民政府办公室', '2023年3月1日'],
      [],
    );
    expect(header).toMatchObject({ issuer: '某区人民政府办公室', issuedOn: '2023-03-01', startsOn: '2023-01-01' });
    expect(flags).toEqual([]);
  });

  it('puts back together a notice title broken over lines', () => {
    const { header } = readHeader(
      ['某市人民政府', '关于印发某市数字经济发展', '行动计划（2023—2025年）的通知', '某政发〔2023〕1号'],
      [],
    );
    expect(header).toMatchObject({ title: '某市数字经济发展行动计划（2023—2025年）', startsOn: '2023-01-01' });
  });

  it('flags what it could not find', () => {
    const { header, flags } = readHeader(['一段没有标题的文字，说明了一些情况。'], []);
    expect(header.title).toBeNull();
    expect(flags.map((f) => f.code)).toEqual(['NO_TITLE', 'NO_ISSUER']);
  });
});
