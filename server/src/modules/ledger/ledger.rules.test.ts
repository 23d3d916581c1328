import { describe, expect, it } from 'vitest';
import { columnWidth, displayWidth, sheetName } from './ledger.rules';

describe('ledger layout rules', () => {
  it('counts a Chinese character (and full-width punctuation) two columns wide, the widest line of several', () => {
    expect(displayWidth('P1.1')).toBe(4);
    expect(displayWidth('提升知识产权')).toBe(12);
    expect(displayWidth('完成（60%）')).toBe(4 + 2 + 3 + 2);
    expect(displayWidth('短\n长一点的行')).toBe(10);
  });

  it('fits a column to its widest text, within its bounds', () => {
    expect(columnWidth({ header: '编号' }, ['P1.1', 'P2.10'])).toBe(7);
    expect(columnWidth({ header: '措施', maxWidth: 30 }, ['一'.repeat(40)])).toBe(30);
    expect(columnWidth({ header: 'a' }, [null, 1])).toBe(6);
  });

  it('names sheets as Excel takes them: 31 characters at most, no reserved characters, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('P1 实施知识产权管理能力提升工程', taken)).toBe('P1 实施知识产权管理能力提升工程');
    expect(sheetName('a/b:c', taken)).toBe('a_b_c');
    const long = 'x'.repeat(40);
    expect(sheetName(long, taken)).toHaveLength(31);
    expect(sheetName(long, taken)).toBe(`${'x'.repeat(28)}(2)`);
  });
});
