/**
 * Unit matching: the unit names a document writes, matched against the department register by name, alias and
 * former name. A name that matches nothing is offered to the office as a new unit (with the kind its wording
 * suggests) or as an alias of a close one: 区市场监管局 is an abbreviation of 区市场监督管理局, 各镇(街道) another
 * writing of 各镇、街道. Pure: the register comes in as data.
 */

/** A unit of the register as matching sees it. */
export interface MatchableUnit {
  code: string;
  name: string;
  kind: string;
  aliases: readonly string[];
  formerNames: readonly string[];
  /** Retired units are matched only to say so; they take no new duties. */
  retired: boolean;
}

/** 各项目牵头单位: not a unit but the leads of the plan's other items. */
export const OTHER_ITEMS_LEADS = '各项目牵头单位';

export type MatchedBy = 'NAME' | 'ALIAS' | 'FORMER_NAME';

export interface UnitSuggestion {
  code: string;
  name: string;
  /** Why it is offered, in Chinese. */
  reason: string;
  /** 0–1: how close the names are; suggestions come best first. */
  score: number;
}

export type UnitMatch =
  | { name: string; status: 'MATCHED'; code: string; by: MatchedBy }
  /** The name is a retired unit's (or one of its names): its successor, if merged, is offered. */
  | { name: string; status: 'RETIRED'; code: string; suggestions: UnitSuggestion[] }
  /** 各项目牵头单位: expanded to the other items' leads when the draft is made. */
  | { name: string; status: 'OTHER_ITEMS_LEADS' }
  | { name: string; status: 'UNKNOWN'; suggestions: UnitSuggestion[]; proposedKind: string };

/** A name as compared: no spaces, brackets and punctuation in one width. */
export function matchKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（〔［【]/g, '(')
    .replace(/[）〕］】]/g, ')')
    .replace(/，/g, ',');
}

/** The same name with its punctuation gone: 各镇(街道), 各镇、街道 and 各镇街道 agree. Names are told apart by it. */
export function unitKey(name: string): string {
  return matchKey(name).replace(/[()、,，;；.。:：·"“”'‘’]/g, '');
}

/** Leading words that say the level of government (区 / 市 / 县…), which a document may leave out. */
const LEVEL_PREFIX = /^(区|市|县|省|镇|街道|自治州|州|旗)/;

/** The institution word a name ends with (局, 委员会, 街道办事处…): an abbreviation keeps it. */
const INSTITUTION_SUFFIX =
  /(管理局|局|委员会|委|办公室|办|部|院|厅|署|中心|分局|支队|大队|公司|集团|协会|联合会|联|会|所|站|队|镇|街道办事处|街道|管委会|政府)$/;

function suffixOf(name: string): string | null {
  return name.match(INSTITUTION_SUFFIX)?.[1] ?? null;
}

/** Whether every character of `short` appears in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const char of long) if (char === short[i]) i++;
  return i === short.length;
}

/** Dice coefficient of the two names' character pairs: 1 for equal names, 0 for names with no pair in common. */
function bigramDice(a: string, b: string): number {
  const pairs = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const [pair, n] of pa) common += Math.min(n, pb.get(pair) ?? 0);
  const total = Math.max(1, a.length - 1) + Math.max(1, b.length - 1);
  return (2 * common) / total;
}

/**
 * How close a document's name is to a register name, with the reason: an abbreviation (the short name's characters
 * in order in the long one, the same institution word at the end, the same first character), the same name without
 * its level prefix, the same words in other punctuation, or many character pairs in common.
 */
export function closeness(written: string, registered: string): { score: number; reason: string } | null {
  const a = matchKey(written);
  const b = matchKey(registered);
  if (a === b) return { score: 1, reason: '名称相同' };
  if (unitKey(a) === unitKey(b)) return { score: 0.98, reason: '仅标点不同' };
  const stripped = (s: string) => s.replace(LEVEL_PREFIX, '');
  if (stripped(a) === stripped(b)) return { score: 0.95, reason: '名称相同，仅省略了级别前缀' };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const suffix = suffixOf(short);
  const sameSuffix = suffix !== null && long.endsWith(suffix);
  if (short.length >= 3 && sameSuffix) {
    const shortCore = stripped(short);
    const longCore = stripped(long);
    if (isSubsequence(shortCore, longCore) && shortCore[0] === longCore[0]) {
      return { score: 0.6 + 0.35 * (short.length / long.length), reason: '疑为简称' };
    }
  }
  const dice = bigramDice(a, b);
  if (dice >= 0.6 && sameSuffix) return { score: 0.5 * dice, reason: '名称相近' };
  return null;
}

/** The kind of unit a name suggests for a new entry in the register. */
export function proposedKindOf(name: string): string {
  const key = matchKey(name);
  if (/^各/.test(key) || /[、,]/.test(key)) return 'GROUP';
  if (/领导小组$/.test(key)) return 'LEADING_GROUP';
  if (/(街道|街道办事处)$/.test(key)) return 'SUBDISTRICT';
  if (/(镇|乡|镇人民政府|乡人民政府)$/.test(key)) return 'TOWN';
  if (/(法院|检察院)$/.test(key)) return 'JUDICIAL_ORGAN';
  if (/^(区|市|县|省)?(委|纪委|监委)|委员会办公室$|^(区|市|县)?委.+部$/.test(key)) return 'PARTY_DEPARTMENT';
  return 'GOVERNMENT_DEPARTMENT';
}

const MAX_SUGGESTIONS = 3;

/** Matches one name written in a document against the register. */
export function matchUnit(written: string, register: readonly MatchableUnit[]): UnitMatch {
  const name = written.trim();
  const key = matchKey(name);
  if (key === OTHER_ITEMS_LEADS) return { name, status: 'OTHER_ITEMS_LEADS' };
  // Punctuation does not change a name: 各镇(街道), 各镇、街道 and 各镇街道 are one group.
  const bare = unitKey(name);
  const exact = (namesOf: (u: MatchableUnit) => readonly string[]) =>
    register.find((u) => namesOf(u).some((n) => unitKey(n) === bare));
  for (const [by, namesOf] of [
    ['NAME', (u: MatchableUnit) => [u.name]],
    ['ALIAS', (u: MatchableUnit) => u.aliases],
    ['FORMER_NAME', (u: MatchableUnit) => u.formerNames],
  ] as const) {
    const unit = exact(namesOf);
    if (!unit) continue;
    if (unit.retired) return { name, status: 'RETIRED', code: unit.code, suggestions: suggest(name, register) };
    return { name, status: 'MATCHED', code: unit.code, by };
  }
  return { name, status: 'UNKNOWN', suggestions: suggest(name, register), proposedKind: proposedKindOf(name) };
}

/** The register's active units closest to `name`, best first. */
function suggest(name: string, register: readonly MatchableUnit[]): UnitSuggestion[] {
  const scored: UnitSuggestion[] = [];
  for (const unit of register) {
    if (unit.retired || unit.kind === 'LEADING_GROUP') continue;
    let best: { score: number; reason: string } | null = null;
    for (const candidate of [unit.name, ...unit.aliases, ...unit.formerNames]) {
      const close = closeness(name, candidate);
      if (close && (!best || close.score > best.score)) {
        best = candidate === unit.name ? close : { ...close, reason: `${close.reason}（与「${candidate}」）` };
      }
    }
    if (best) scored.push({ code: unit.code, name: unit.name, ...best });
  }
  return scored
    .sort((x, y) => y.score - x.score || x.name.localeCompare(y.name, 'zh'))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
}

/** Every distinct unit name a proposal writes, in the order it first writes them, each matched. */
export function matchUnits(names: readonly string[], register: readonly MatchableUnit[]): UnitMatch[] {
  const seen = new Set<string>();
  const out: UnitMatch[] = [];
  for (const name of names) {
    const key = unitKey(name);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(matchUnit(name, register));
  }
  return out;
}

/** A register code for a new unit: `unit-` and a short digest of its name, unique against `taken`. */
export function proposedCodeOf(name: string, taken: ReadonlySet<string>): string {
  let hash = 2166136261;
  for (const char of matchKey(name)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  let code = `unit-${hash.toString(36)}`;
  for (let n = 2; taken.has(code); n++) code = `unit-${hash.toString(36)}-${n}`;
  return code;
}
