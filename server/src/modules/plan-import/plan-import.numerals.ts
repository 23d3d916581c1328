/** Chinese numerals as documents write them: ordinals (十二), years (二〇二二) and days (十八). */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  o: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十八 → 18, 二十 → 20, 一百零五 → 105, 三 → 3; digit by digit when there is no 十/百 (二〇二二 → 2022). */
export function chineseNumber(text: string): number | null {
  if (text === '' || text.length > 12) return null;
  if (/^\d+$/.test(text)) return Number(text);
  if (!/[十百千]/.test(text)) {
    let n = 0;
    for (const ch of text) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
    } else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (digit || 1) * unit;
      digit = 0;
    } else {
      return null;
    }
  }
  return total + digit;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid calendar date as YYYY-MM-DD, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1949 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

const YEAR = '[0-9０-９]{4}|[〇零一二三四五六七八九Ｏ○]{4}';
const SMALL = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** 2022年11月18日, 二〇二二年十一月十八日 (the whole match anywhere in a short string). */
export const DATE_PATTERN = new RegExp(`(${YEAR})\\s*年\\s*(${SMALL})\\s*月\\s*(${SMALL})\\s*日`);

const toAscii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The first date in a text as YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const m = DATE_PATTERN.exec(text);
  if (!m) return null;
  const [year, month, day] = [m[1]!, m[2]!, m[3]!].map((part) => chineseNumber(toAscii(part).replace(/○/g, '〇')));
  if (year === null || month === null || day === null) return null;
  return isoDate(year!, month!, day!);
}
