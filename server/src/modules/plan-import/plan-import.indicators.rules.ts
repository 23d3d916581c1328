/**
 * Indicators in prose: 到2025年，每万人发明专利拥有量提高至9件，有效商标注册量累计达到8000件 holds two. A clause
 * gives a name, a direction word and a target with its unit; 由…提高到… also a baseline; a sentence's 到2025年 the
 * target date. A clause that promises change without a number (显著增长) is a qualitative indicator, target null.
 */
import { flag, type ProposedFlag, type ProposedIndicator } from './plan-import.proposed';

/** Clauses longer than this are not read for indicators (keeps every pattern linear on hostile text). */
const MAX_CLAUSE = 300;

const DECREASE_VERB =
  '(?:控制在|控制到|不超过|不高于|低于|下降到|下降至|下降|降低到|降低至|降低|降至|降到|减少到|减少至|减少|压减到|压减至|压缩到|压缩至)';
const INCREASE_VERB =
  '(?:提高到|提高至|提高|提升到|提升至|提升|增长到|增长至|增长|增加到|增加至|增加|扩大到|扩大至|达到|达|超过|不低于|不少于|高于|突破|保持在|稳定在|保持|稳定|力争|新增|累计)';
const NUMBER = '(\\d+(?:\\.\\d+)?)';
/** A unit after a number: %, 个百分点, 万件, 亿元, 件, 家, 人次 … (up to four characters, no punctuation). */
const UNIT =
  '(%|％|‰|个百分点|[万亿千百]?[\\u4e00-\\u9fa5]{0,1}(?:元|件|家|个|项|人次|人|户|次|所|座|条|台|套|部|亩|吨|公顷|平方米|千瓦|辆|份|篇|种|处|名|位|场|天|小时|倍|株|只|头|公里|千米|米|张|本|册|批|宗|起|单|工作日|日)|[万亿])?';
const TARGET = new RegExp(`(${DECREASE_VERB}|${INCREASE_VERB})\\s*${NUMBER}\\s*${UNIT}`);
const BASELINE = new RegExp(`(?:由|从)\\s*(?:(\\d{4})\\s*年(?:底|末)?的?\\s*)?${NUMBER}\\s*${UNIT}\\s*$`);
const YEAR_PREFIX = /^(?:到|至|截至|截止到|力争到|力争)?\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:前)?\s*[，,]?/;
const QUALITATIVE_END =
  /(?:显著|明显|大幅|稳步|持续|进一步|较大|平稳|初步|基本|全面|逐步|有效|不断)[\u4e00-\u9fa5]{0,6}?(?:增长|提升|提高|增强|增加|形成|改善|加强|优化|下降|减少|扩大|壮大|巩固)$/;
const LEADING_NOISE = /^(?:实现|推动|促进|确保|力争|使|让|全区|全市|全县|全省|各类|我区|我市|我县)+/;

const ADVERBS = /(?:累计|年均|每年|逐年|分别|要|均|力争|稳定|基本)+$/;

function cleanName(raw: string): string {
  let name = raw.trim().replace(LEADING_NOISE, '').replace(ADVERBS, '').trim();
  // A quoted slogan or modifier before 的 is not part of the indicator's name.
  const de = name.lastIndexOf('的');
  if (de > 0 && de < name.length - 2 && /[”"」]/.test(name.slice(0, de))) name = name.slice(de + 1);
  return name.replace(/[，,：:]+$/, '');
}

const isDecrease = (verb: string) => new RegExp(`^${DECREASE_VERB}$`).test(verb);

/** Splits a text into sentences (。；;！？) and a sentence into clauses (，,). */
const sentences = (text: string) => text.split(/[。；;！!？?\n]/).filter((s) => s.trim());

export interface IndicatorContext {
  /** The year a target is for when the sentence names none (the plan's last year). */
  defaultYear: number | null;
}

/** The indicators in a goal's text, and flags for numbers that could not be tied to one. */
export function readIndicators(
  text: string,
  context: IndicatorContext,
  /** Which clauses without a number are qualitative indicators: all that promise change, only outcomes (实现…), none. */
  options: { qualitative: 'all' | 'outcomes' | 'none' } = { qualitative: 'all' },
): { indicators: ProposedIndicator[]; flags: ProposedFlag[] } {
  const indicators: ProposedIndicator[] = [];
  const flags: ProposedFlag[] = [];
  for (const sentence of sentences(text)) {
    let year = context.defaultYear;
    let yearStated = false;
    for (const rawClause of sentence.split(/[，,]/)) {
      let clause = rawClause.trim();
      if (clause === '' || clause.length > MAX_CLAUSE) continue;
      const y = YEAR_PREFIX.exec(clause);
      if (y) {
        year = Number(y[1]);
        yearStated = true;
        clause = clause.slice(y[0].length).trim();
        if (clause === '') continue;
      }
      const targetDate = year ? `${year}-12-31` : null;
      const m = TARGET.exec(clause);
      if (m) {
        const verb = m[1]!;
        let before = clause.slice(0, m.index);
        let baseline: number | null = null;
        let baselineYear: number | null = null;
        const b = BASELINE.exec(before);
        if (b) {
          baseline = Number(b[2]);
          baselineYear = b[1] ? Number(b[1]) : null;
          before = before.slice(0, b.index);
        }
        const name = cleanName(before);
        let unit = m[3] ?? null;
        if (unit && /^每(?:万|百|千|十万)?人/.test(name))
          unit = `${unit}/${/^每((?:万|百|千|十万)?人)/.exec(name)![1]}`;
        const indicator: ProposedIndicator = {
          name: name || clause,
          baseline,
          baselineYear,
          target: Number(m[2]),
          unit,
          targetDate,
          direction: isDecrease(verb) ? 'DECREASE' : 'INCREASE',
          targetKind: 'NUMERIC',
          text: clause,
          flags: [],
        };
        if (!name) indicator.flags.push(flag('NO_INDICATOR_NAME', '未能识别指标名称，请补充'));
        if (!unit) indicator.flags.push(flag('NO_UNIT', '目标值没有单位，请确认'));
        if (!yearStated && targetDate) {
          indicator.flags.push(flag('TARGET_DATE_GUESSED', '句中未写明年份，目标日期按方案期末推定'));
        }
        indicators.push(indicator);
        continue;
      }
      if (/\d/.test(clause.replace(/(?:19|20)\d{2}\s*年/g, ''))) {
        flags.push(flag('NUMBER_NOT_READ', `有数字未能识别为指标：「${clause}」`));
        continue;
      }
      const wanted = options.qualitative === 'all' || (options.qualitative === 'outcomes' && /^实现/.test(clause));
      if (wanted && QUALITATIVE_END.test(clause)) {
        const end = QUALITATIVE_END.exec(clause)!;
        const name = cleanName(clause.slice(0, end.index));
        if (name.length < 2 || name.length > 40) continue;
        indicators.push({
          name,
          baseline: null,
          baselineYear: null,
          target: null,
          unit: null,
          targetDate,
          direction: /下降|减少/.test(end[0]) ? 'DECREASE' : 'INCREASE',
          targetKind: 'QUALITATIVE',
          text: clause,
          flags: [],
        });
      }
    }
  }
  return { indicators, flags };
}
