/**
 * Indicators in prose: 到2025年，每万人发明专利拥有量提高至9件，有效商标注册量累计达到8000件 holds two. A clause
 * gives a name, a direction word and a target with its unit; 由…提高到… also a baseline; a sentence's 到2025年 the
 * target date. A clause that promises change without a number (显著增长) is a qualitative indicator, target null.
 */
import { chineseNumber } from './plan-import.numerals';
import { flag, type ProposedFlag, type ProposedIndicator } from './plan-import.proposed';

/** Clauses longer than this are not read for indicators (keeps every pattern linear on hostile text). */
const MAX_CLAUSE = 300;

const DECREASE_VERB =
  '(?:控制在|控制到|不超过|不高于|低于|下降到|下降至|下降|降低到|降低至|降低|降至|降到|减少到|减少至|减少|压减到|压减至|压缩到|压缩至)';
const INCREASE_VERB =
  '(?:提高到|提高至|提高|提升到|提升至|提升|增长到|增长至|增长|增加到|增加至|增加|扩大到|扩大至|达到|达|超过|不低于|不少于|高于|突破|保持在|稳定在|保持|稳定|力争|新增|累计)';
const NUMBER = '(\\d+(?:\\.\\d+)?)';
/** Words that count things (个, 家, 名): a count may come before the thing counted (2个千亿级产业集群). */
const COUNT_WORDS = '个|家|项|人次|人|户|次|所|座|条|台|套|部|辆|份|篇|种|处|名|位|场|株|只|头|张|本|册|批|宗|起|单';
/** A unit after a number: %, 个百分点, 万件, 亿元, 件, 家, 人次 … (up to four characters, no punctuation). */
const UNIT_BODY = `(?:微克|毫克|吨标准煤|吨|千克)/(?:立方米|升|万元)|%|％|‰|个百分点|[万亿千百]?[\\u4e00-\\u9fa5]{0,1}(?:元|件|${COUNT_WORDS}|亩|吨|公斤|斤|公顷|平方米|平方公里|立方米|千瓦时|千瓦|兆瓦|标准箱|天|小时|倍|公里|千米|米|工作日|日)|[万亿]`;
const UNIT = `(${UNIT_BODY})?`;
/** A range's upper bound, dropped: 8—10个 is read as 8 (the lower bound, what the plan commits to). */
const RANGE = '(?:\\s*[—–\\-~～至到]\\s*\\d+(?:\\.\\d+)?)?';
/** A number in Chinese numerals with a magnitude (五千, 三百): only after a direction verb (超过五千亿). */
const CHINESE_NUMBER =
  '([一二两三四五六七八九](?:[十百千][一二三四五六七八九]?){1,3}|[一二两三四五六七八九](?=[万亿]))';
/** 30余个, 200多家: the number is the target. */
const ABOUT = '(?:余|多)?';
const TARGET = new RegExp(`(${DECREASE_VERB}|${INCREASE_VERB})\\s*${NUMBER}${RANGE}${ABOUT}\\s*${UNIT}`);
const CHINESE_TARGET = new RegExp(`(${DECREASE_VERB}|${INCREASE_VERB})\\s*${CHINESE_NUMBER}\\s*(${UNIT_BODY})`);
/** Words after a target that do not belong to it: 2600个以上, 35%左右, 五千亿规模. */
const QUALIFIER = '(?:以上|以内|以下|左右|上下|规模|多|余)?';
const COUNTER = `(?:[万千百]?(?:${COUNT_WORDS}))`;
/** A clause that ends in a target with no verb before it: 全市新建5G基站2600个以上, 比重35%左右. */
const TRAILING_TARGET = new RegExp(`${NUMBER}${RANGE}${ABOUT}\\s*${UNIT}\\s*${QUALIFIER}$`);
/** A count before the thing counted, ending the clause: 培育形成2个千亿级产业集群, 8—10个百亿企业. */
const COUNT_FIRST = new RegExp(`${NUMBER}${RANGE}${ABOUT}\\s*(${COUNTER})\\s*([\\u4e00-\\u9fa5A-Za-z0-9“”"]{2,20})$`);
/** A number with a unit: what makes a piece of a clause a target of its own. */
const QUANTITY = new RegExp(`\\d\\s*(?:${UNIT_BODY})`);
const BASELINE = new RegExp(`(?:由|从)\\s*(?:(\\d{4})\\s*年(?:底|末)?的?\\s*)?${NUMBER}\\s*${UNIT}\\s*$`);
const YEAR_PREFIX = /^(?:到|至|截至|截止到|力争到|力争)?\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:前)?\s*[，,]?/;
const QUALITATIVE_END =
  /(?:显著|明显|大幅|稳步|持续|进一步|较大|平稳|初步|基本|全面|逐步|有效|不断)[\u4e00-\u9fa5]{0,6}?(?:增长|提升|提高|增强|增加|形成|改善|加强|优化|下降|减少|扩大|壮大|巩固)$/;
const LEADING_NOISE = /^(?:实现|推动|促进|确保|力争|使|让|全区|全市|全县|全省|各类|我区|我市|我县)+/;

const ADVERBS = /(?:累计|年均|每年|逐年|分别|要|均|力争|稳定|基本)+$/;

function cleanName(raw: string): string {
  let name = raw
    .trim()
    .replace(LEADING_NOISE, '')
    .replace(ADVERBS, '')
    // 城镇化率较2020年 (提高5个百分点): the comparison is not part of the name.
    .replace(/(?:较|比|比较)(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年|去年|基期)$/, '')
    .replace(ADVERBS, '')
    .trim();
  // A quoted slogan or modifier before 的 is not part of the indicator's name.
  const de = name.lastIndexOf('的');
  if (de > 0 && de < name.length - 2 && /[”"」]/.test(name.slice(0, de))) name = name.slice(de + 1);
  return name.replace(/[，,：:]+$/, '');
}

const isDecrease = (verb: string) => new RegExp(`^${DECREASE_VERB}$`).test(verb);

/** A thing named after its count (培育2个千亿级产业集群): the name is the words after the count. */
const COUNTED_NAME = /^[\u4e00-\u9fa5A-Za-z0-9“”"]{2,20}$/;

interface Target {
  name: string;
  target: number;
  unit: string | null;
  baseline: number | null;
  baselineYear: number | null;
  decrease: boolean;
}

/**
 * The target a piece of a clause states: after a direction verb (提高到9件, 超过五千亿), at its end with no verb
 * (全市新建5G基站2600个以上, 比重35%左右), or as a count before the thing counted (培育形成2个千亿级产业集群).
 */
function readTarget(piece: string): Target | null {
  const withVerb = TARGET.exec(piece);
  const chinese = withVerb ? null : CHINESE_TARGET.exec(piece);
  const m = withVerb ?? chinese;
  if (m) {
    const verb = m[1]!;
    let before = piece.slice(0, m.index);
    let baseline: number | null = null;
    let baselineYear: number | null = null;
    const b = BASELINE.exec(before);
    if (b) {
      baseline = Number(b[2]);
      baselineYear = b[1] ? Number(b[1]) : null;
      before = before.slice(0, b.index);
    }
    let name = cleanName(before);
    let unit = m[3] ?? null;
    // 新增10家规上企业: no name before the verb, the thing counted after the count.
    const after = piece.slice(m.index + m[0].length);
    if (!name && unit && new RegExp(`^(?:${COUNTER})$`).test(unit) && COUNTED_NAME.test(after)) {
      name = `${verb}${after}`;
    }
    if (unit && /^每(?:万|百|千|十万)?人/.test(name)) unit = `${unit}/${/^每((?:万|百|千|十万)?人)/.exec(name)![1]}`;
    const target = withVerb ? Number(m[2]) : chineseNumber(m[2]!);
    if (target === null) return null;
    return { name, target, unit, baseline, baselineYear, decrease: isDecrease(verb) };
  }
  const trailing = TRAILING_TARGET.exec(piece);
  if (trailing?.[2]) {
    const name = cleanName(piece.slice(0, trailing.index));
    // Not a date (4月10日) nor a rank (第3, 前10).
    if (name.length >= 2 && !/[\d第前月年]$/.test(name)) {
      let unit = trailing[2];
      if (/^每(?:万|百|千|十万)?人/.test(name)) unit = `${unit}/${/^每((?:万|百|千|十万)?人)/.exec(name)![1]}`;
      const decrease = /(?:下降|降低|减少|压减|压缩)$/.test(name);
      return { name, target: Number(trailing[1]), unit, baseline: null, baselineYear: null, decrease };
    }
  }
  const counted = COUNT_FIRST.exec(piece);
  if (counted && !/\d/.test(piece.slice(0, counted.index))) {
    const name = counted[3]!.replace(/^的/, '');
    return { name, target: Number(counted[1]), unit: counted[2]!, baseline: null, baselineYear: null, decrease: false };
  }
  return null;
}

const RESPECTIVELY = new RegExp(`^(.+?)分别\\s*(${DECREASE_VERB}|${INCREASE_VERB})?\\s*(.+)$`);
const VALUE = new RegExp(`^${NUMBER}${RANGE}${ABOUT}\\s*${UNIT}\\s*${QUALIFIER}$`);

/** 地区生产总值、一般公共预算收入分别增长6%和5%: the names and the targets, paired in order. */
function readRespectively(clause: string): Target[] | null {
  const m = RESPECTIVELY.exec(clause);
  if (!m) return null;
  const names = m[1]!.split(/、|和|及|与/).map(cleanName);
  const values = m[3]!.split(/、|和|及|与/).map((v) => VALUE.exec(v.trim()));
  if (names.length < 2 || names.length !== values.length || names.some((n) => n.length < 2)) return null;
  if (values.some((v) => !v)) return null;
  const decrease = !!m[2] && isDecrease(m[2]);
  return names.map((name, i) => ({
    name,
    target: Number(values[i]![1]),
    unit: values[i]![2] ?? null,
    baseline: null,
    baselineYear: null,
    decrease,
  }));
}

/**
 * A clause cut where it lists several targets (新建5G基站2600个、创新平台15个; 2个千亿级产业集群和6个五百亿级产业集群):
 * at 、 和 及 与, keeping a piece without a number of its own with the next (市级及以上创新平台15个 stays whole).
 */
function piecesOf(clause: string): string[] {
  const parts = clause.split(/(、|以及|和|及|与|并)/);
  const pieces: string[] = [];
  let pending = '';
  let separator = '';
  for (let i = 0; i < parts.length; i += 2) {
    const text = pending + parts[i]!;
    if (QUANTITY.test(parts[i]!)) {
      pieces.push(text);
      pending = '';
      separator = parts[i + 1] ?? '';
    } else {
      pending = text + (parts[i + 1] ?? '');
    }
  }
  if (pending) {
    if (pieces.length > 0) pieces[pieces.length - 1] += separator + pending;
    else pieces.push(pending);
  }
  return pieces.map((p) => p.trim()).filter((p) => p);
}

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
      const respectively = readRespectively(clause);
      const readings = respectively
        ? respectively.map((target) => ({ piece: clause, target }))
        : piecesOf(clause).map((piece) => ({ piece, target: readTarget(piece) }));
      if (readings.some((r) => r.target)) {
        for (const { piece, target } of readings) {
          if (!target) {
            flags.push(flag('NUMBER_NOT_READ', `有数字未能识别为指标：「${piece}」`));
            continue;
          }
          const { name, unit } = target;
          const indicator: ProposedIndicator = {
            name: name || piece,
            baseline: target.baseline,
            baselineYear: target.baselineYear,
            target: target.target,
            unit,
            targetDate,
            direction: target.decrease ? 'DECREASE' : 'INCREASE',
            targetKind: 'NUMERIC',
            text: piece,
            flags: [],
          };
          if (!name) indicator.flags.push(flag('NO_INDICATOR_NAME', '未能识别指标名称，请补充'));
          if (!unit) indicator.flags.push(flag('NO_UNIT', '目标值没有单位，请确认'));
          if (!yearStated && targetDate) {
            indicator.flags.push(flag('TARGET_DATE_GUESSED', '句中未写明年份，目标日期按方案期末推定'));
          }
          indicators.push(indicator);
        }
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

/** The columns of an indicator table (指标名称 | 单位 | 2020年 | 2025年 | 属性), from its header row, or null. */
function indicatorColumns(
  rows: string[][],
): { header: number; name: number; unit: number; target: number; targetYear: number | null; baseline: number } | null {
  for (let r = 0; r < Math.min(2, rows.length); r++) {
    const cells = rows[r]!.map((c) => c.replace(/\s+/g, ''));
    const name = cells.findIndex((c) => /^(?:主要)?指标(?:名称|项)?$|^名称$/.test(c));
    const unit = cells.findIndex((c) => /^(?:计量)?单位$/.test(c));
    const years = cells.flatMap((c, i) => {
      const y = /((?:19|20)\d{2})\s*年/.exec(c);
      return y ? [{ i, year: Number(y[1]), base: /基期|基数|现状|现值|基准/.test(c) }] : [];
    });
    const goal = cells.findIndex((c) => /目标/.test(c));
    const target =
      goal >= 0
        ? { i: goal, year: years.find((y) => y.i === goal)?.year ?? null }
        : years.at(-1) && !years.at(-1)!.base
          ? { i: years.at(-1)!.i, year: years.at(-1)!.year }
          : null;
    if (name < 0 || !target) continue;
    const baseline = years.find((y) => y.i !== target.i && (y.base || (target.year !== null && y.year < target.year)));
    return { header: r, name, unit, target: target.i, targetYear: target.year, baseline: baseline?.i ?? -1 };
  }
  return null;
}

const CELL_NUMBER = /(\d+(?:\.\d+)?)/;

/**
 * The indicators of an indicator table (主要指标表: 指标 | 单位 | 2020年 | 2025年目标 | 属性): one a row, the target from
 * the target column (≤、以下 or a target below the baseline: a decrease). Null when the table is not one.
 */
export function readIndicatorTable(rows: string[][]): ProposedIndicator[] | null {
  const columns = indicatorColumns(rows);
  if (!columns) return null;
  const indicators: ProposedIndicator[] = [];
  for (const row of rows.slice(columns.header + 1)) {
    const name = (row[columns.name] ?? '').trim();
    const targetCell = (row[columns.target] ?? '').trim();
    const number = CELL_NUMBER.exec(targetCell);
    if (!name || !number) continue;
    const baselineCell = columns.baseline >= 0 ? (row[columns.baseline] ?? '') : '';
    const baselineNumber = CELL_NUMBER.exec(baselineCell);
    const target = Number(number[1]);
    const baseline = baselineNumber ? Number(baselineNumber[1]) : null;
    const unit = columns.unit >= 0 ? (row[columns.unit] ?? '').trim() || null : null;
    const decrease = /[≤<＜]|以下|以内|下降|降低/.test(targetCell) || (baseline !== null && target < baseline);
    indicators.push({
      name,
      baseline,
      baselineYear: null,
      target,
      unit,
      targetDate: columns.targetYear ? `${columns.targetYear}-12-31` : null,
      direction: decrease ? 'DECREASE' : 'INCREASE',
      targetKind: 'NUMERIC',
      text: row.join(' | '),
      flags: [],
    });
  }
  return indicators.length > 0 ? indicators : null;
}
