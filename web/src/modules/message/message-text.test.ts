import { describe, expect, it } from 'vitest';
import { messageBody, shortTitle } from './message-text';
import { badgeText } from './unread-count';

describe('a message’s words on screen', () => {
  const link = '/plans/boshan/desk?notice=7';

  it('drops the title the card already shows and the link its button already opens', () => {
    const body = `督办单｜P1.1 请反馈\n\n区市场监管局：\n请于 12 月 19 日前书面反馈。\n\n· 第一条\n· 第二条\n\n查看督办单：${link}`;
    expect(messageBody(body, '督办单｜P1.1 请反馈', link)).toBe(
      '区市场监管局：\n请于 12 月 19 日前书面反馈。\n\n· 第一条\n· 第二条',
    );
  });

  it('keeps everything when the text does not start with the title or end with the link', () => {
    expect(messageBody('第一段\n\n第二段', '标题', link)).toBe('第一段\n\n第二段');
  });

  it('keeps a last paragraph that only mentions the link among other words', () => {
    expect(messageBody(`标题\n\n请看 ${link} 的说明`, '标题', link)).toBe(`请看 ${link} 的说明`);
  });
});

describe('a message’s title beside its kind', () => {
  it('leaves out the kind the tag already says, and keeps any other prefix', () => {
    expect(shortTitle('督办单｜督办：P1.1，请于2025年12月19日前反馈', 'URGE_NOTICE')).toBe(
      '督办：P1.1，请于2025年12月19日前反馈',
    );
    expect(shortTitle('逾期提醒｜P1.1 2025年11月进展已过截止日未报送', 'REPORT_DUE')).toBe(
      '逾期提醒｜P1.1 2025年11月进展已过截止日未报送',
    );
    expect(shortTitle('领导批示｜张三对P1.1作出批示', 'URGE_NOTICE')).toBe('领导批示｜张三对P1.1作出批示');
  });
});

describe('the bell’s badge', () => {
  it('shows nothing when nothing is unread or the count is not known yet', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(null)).toBe('');
  });

  it('shows the count, and 99+ above 99', () => {
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});
