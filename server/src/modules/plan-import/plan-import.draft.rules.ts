/**
 * A proposed plan (as the parser read it) → the rows of a draft plan: codes for every item, units resolved to
 * register codes, 各项目牵头单位 expanded to the other items' leads, and each item's source and 待核对 flags carried.
 * Pure: the caller resolves names against the register and writes the rows.
 */
import { OTHER_ITEMS_LEADS, unitKey } from './plan-import.matching.rules';
import {
  flag,
  type ProposedFlag,
  type ProposedIndicator,
  type ProposedMeasure,
  type ProposedPlan,
} from './plan-import.proposed';

export interface DraftGoalRow {
  code: string;
  title: string;
  description: string | null;
  source: string | null;
  importFlags: ProposedFlag[];
}

export interface DraftMeasureRow {
  code: string;
  parentCode: string | null;
  /** The goal a first-level task serves (its children inherit it), when its title names one. */
  goalCode: string | null;
  kind: 'PROJECT' | 'MEASURE' | 'SAFEGUARD';
  title: string;
  description: string | null;
  source: string | null;
  importFlags: ProposedFlag[];
  /** Register codes: one lead then the participants, in the document's order. */
  leadCode: string | null;
  participantCodes: string[];
}

/** An indicator row; `D` is its target date's type (null before the plan's last day is known, see draftRowsOf). */
export interface DraftIndicatorRow<D extends string | null = string> {
  code: string;
  goalCode: string;
  measureCode: string | null;
  /** The unit that reports its values; null: the plan office (the caller's default). */
  departmentCode: string | null;
  name: string;
  unit: string | null;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetDate: D;
  direction: 'INCREASE' | 'DECREASE';
  targetKind: 'NUMERIC' | 'QUALITATIVE';
  targetText: string;
  source: string | null;
  importFlags: ProposedFlag[];
}

export interface DraftRows<D extends string | null = string> {
  goals: DraftGoalRow[];
  measures: DraftMeasureRow[];
  indicators: DraftIndicatorRow<D>[];
}

const TITLE_MAX = 500;
const NAME_MAX = 500;

/** A real calendar day (YYYY-MM-DD, year 1949–2200), as the database and the rules take it. */
export function isPlanDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const day = new Date(`${value}T00:00:00Z`);
  return year >= 1949 && year <= 2200 && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** A number the rules take: finite, or null. */
const finite = (value: number | null) => (value !== null && Number.isFinite(value) ? value : null);

/** A title within the editor's limit: a longer heading is cut, and the cut is flagged; an empty one is named so. */
function fit(text: string, max: number, flags: ProposedFlag[]): string {
  const clean = text.trim();
  if (clean.length === 0) {
    flags.push(flag('NO_TITLE_READ', '未能读出标题，请补充'));
    return '（未读出标题）';
  }
  if (clean.length <= max) return clean;
  flags.push(flag('TITLE_CUT', `标题超过 ${max} 字，已截断，全文见原文`));
  return `${clean.slice(0, max - 1)}…`;
}

/**
 * The draft's rows. `codeOf` gives the register code a written unit name resolves to (null when it names no unit
 * the office chose); `endsOn` is the plan's last day, the target date of an indicator whose sentence gives none
 * (null when it is not known yet: such an indicator then has none, and is flagged either way).
 */
export function draftRowsOf<E extends string | null>(
  proposal: ProposedPlan,
  codeOf: (name: string) => string | null,
  endsOn: E,
): DraftRows<string | E> {
  const goals: DraftGoalRow[] = proposal.goals.map((g, i) => {
    const importFlags = [...g.flags];
    return {
      code: `G${i + 1}`,
      title: fit(g.title, TITLE_MAX, importFlags),
      description: g.description,
      source: g.source || null,
      importFlags,
    };
  });
  const indicators: DraftIndicatorRow<string | E>[] = [];
  const indicatorRow = (
    indicator: ProposedIndicator,
    goalCode: string,
    measureCode: string | null,
    departmentCode: string | null,
    source: string | null,
  ): DraftIndicatorRow<string | E> => {
    const importFlags = [...indicator.flags];
    const targetDate = isPlanDate(indicator.targetDate) ? indicator.targetDate : null;
    if (!targetDate) importFlags.push(flag('TARGET_DATE_GUESSED', '未写明目标年份，目标日期按方案期末推定'));
    const target = finite(indicator.target);
    const baseline = finite(indicator.baseline);
    const baselineYear =
      baseline !== null &&
      indicator.baselineYear !== null &&
      indicator.baselineYear >= 1949 &&
      indicator.baselineYear <= 2200
        ? indicator.baselineYear
        : null;
    const numeric = indicator.targetKind === 'NUMERIC' && target !== null;
    return {
      code: `I${indicators.length + 1}`,
      goalCode,
      measureCode,
      departmentCode,
      name: fit(indicator.name || indicator.text, NAME_MAX, importFlags),
      unit: indicator.unit,
      baseline,
      baselineYear,
      target: numeric ? target : null,
      targetDate: targetDate ?? endsOn,
      direction: indicator.direction,
      targetKind: numeric ? 'NUMERIC' : 'QUALITATIVE',
      targetText: fit(indicator.text || indicator.name, NAME_MAX, importFlags),
      source,
      importFlags,
    };
  };
  for (const [i, g] of proposal.goals.entries()) {
    for (const indicator of g.indicators) {
      const row = indicatorRow(indicator, goals[i]!.code, null, null, g.source || null);
      row.importFlags.push(flag('REPORTER_GUESSED', '文件未写明报送单位，暂定为方案办公室所在部门'));
      indicators.push(row);
    }
  }

  // The tree, parents first: projects P1…, safeguards S1…, their children P1.1, P1.1.1…
  const measures: DraftMeasureRow[] = [];
  const nodes: { measure: ProposedMeasure; row: DraftMeasureRow }[] = [];
  let projects = 0;
  let safeguards = 0;
  const walk = (list: ProposedMeasure[], parentCode: string | null) => {
    list.forEach((m, i) => {
      const code =
        parentCode !== null ? `${parentCode}.${i + 1}` : m.kind === 'SAFEGUARD' ? `S${++safeguards}` : `P${++projects}`;
      const importFlags = [...m.flags];
      // Only the first level may be a project or a safeguard; below it every node is a measure.
      const kind = parentCode === null ? m.kind : 'MEASURE';
      const row: DraftMeasureRow = {
        code,
        parentCode,
        goalCode: null,
        kind,
        title: fit(m.title, TITLE_MAX, importFlags),
        description: m.description,
        source: m.source || null,
        importFlags,
        leadCode: null,
        participantCodes: [],
      };
      measures.push(row);
      nodes.push({ measure: m, row });
      walk(m.children, code);
    });
  };
  walk(proposal.measures, null);

  // Units: the first lead leads (a second lead is a participant, flagged); 各项目牵头单位 waits for every lead.
  const pending: { row: DraftMeasureRow; at: number }[] = [];
  for (const { measure, row } of nodes) {
    const leads = measure.lead.map((name) => ({ name, code: resolve(name) }));
    const participants: string[] = [];
    const add = (code: string | null) => {
      if (code !== null && code !== row.leadCode && !participants.includes(code)) participants.push(code);
    };
    row.leadCode = leads[0]?.code ?? null;
    if (leads.length > 1) {
      row.importFlags.push(
        flag(
          'SEVERAL_LEADS',
          `文件写了 ${leads.length} 个牵头单位，「${leads[0]!.name}」作为牵头单位，其余作为配合单位`,
        ),
      );
    }
    for (const extra of leads.slice(1)) add(extra.code);
    for (const name of measure.participating) {
      if (unitKey(name) === OTHER_ITEMS_LEADS) {
        pending.push({ row, at: participants.length });
        continue;
      }
      add(resolve(name));
    }
    row.participantCodes = participants;
  }
  function resolve(name: string): string | null {
    return unitKey(name) === OTHER_ITEMS_LEADS ? null : codeOf(name);
  }
  for (const { row, at } of pending) {
    const others = measures
      .filter((m) => m !== row && m.leadCode !== null && m.leadCode !== row.leadCode)
      .map((m) => m.leadCode as string)
      .filter((code, i, all) => all.indexOf(code) === i && !row.participantCodes.includes(code));
    row.participantCodes.splice(at, 0, ...others);
    row.importFlags.push(flag('OTHER_ITEMS_LEADS', '“各项目牵头单位”已展开为其他各项的牵头单位，请核对'));
  }

  // A first-level task serves the goal whose title shares its distinctive words (实施知识产权管理能力提升工程 →
  // 知识产权管理体制更加完善): a guess, flagged.
  for (const row of measures) {
    if (row.parentCode !== null || row.kind !== 'PROJECT') continue;
    const goal = goalNamedBy(row.title, goals);
    if (!goal) continue;
    row.goalCode = goal.code;
    row.importFlags.push(flag('GOAL_LINK_GUESSED', `按名称推定服务目标「${goal.code} ${goal.title}」，请核对`));
  }

  // Indicators found in a measure's text: its lead reports them (its own or the nearest ancestor's).
  const byCode = new Map(measures.map((m) => [m.code, m]));
  const leadOf = (row: DraftMeasureRow): string | null => {
    for (let at: DraftMeasureRow | undefined = row; at; at = at.parentCode ? byCode.get(at.parentCode) : undefined) {
      if (at.leadCode) return at.leadCode;
    }
    return null;
  };
  for (const { measure, row } of nodes) {
    if (measure.indicators.length === 0) continue;
    const goalCode = goals[0]?.code;
    if (!goalCode) {
      row.importFlags.push(flag('INDICATOR_NO_GOAL', '措施中写有指标，但方案没有目标，指标未导入，请先添加目标'));
      continue;
    }
    for (const indicator of measure.indicators) {
      const built = indicatorRow(indicator, goalCode, row.code, leadOf(row), row.source);
      built.importFlags.push(flag('GOAL_GUESSED', '措施中的指标，所属目标暂定为第一个目标，请核对'));
      indicators.push(built);
    }
  }
  return { goals, measures, indicators };
}

/** Words of any goal or task title that name no subject: they never tie a task to a goal. */
const GENERIC = new Set(
  '加强 强化 提升 提高 推进 推动 促进 实施 工程 行动 明显 显著 完善 健全 建设 能力 水平 进一步 更加 全面 深入 持续 大力 积极 有效 工作 体系 机制'
    .split(' ')
    .flatMap((word) => [...word].slice(0, -1).map((_, i) => word.slice(i, i + 2))),
);

/** Character pairs of a text, without punctuation and generic words. */
function pairsOf(text: string): Set<string> {
  const clean = text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const pairs = new Set<string>();
  for (let i = 0; i < clean.length - 1; i++) {
    const pair = clean.slice(i, i + 2);
    if (!GENERIC.has(pair)) pairs.add(pair);
  }
  return pairs;
}

/**
 * The goal a task's title names: the one sharing the most character pairs with it, each pair weighed by how few
 * goals' titles hold it (知识产权 is in all of Boshan's and counts for nothing; 管理 is in one and tells it apart).
 * None on a tie or no overlap.
 */
export function goalNamedBy<G extends { code: string; title: string }>(title: string, goals: readonly G[]): G | null {
  if (goals.length === 0) return null;
  const goalPairs = goals.map((g) => pairsOf(g.title));
  const holders = (pair: string) => goalPairs.filter((pairs) => pairs.has(pair)).length;
  const wanted = [...pairsOf(title)].filter((pair) => goals.length === 1 || holders(pair) < goals.length);
  const scores = goalPairs.map((pairs) =>
    wanted.filter((pair) => pairs.has(pair)).reduce((sum, pair) => sum + 1 / holders(pair), 0),
  );
  const best = Math.max(...scores);
  if (best === 0 || scores.filter((s) => Math.abs(s - best) < 1e-9).length > 1) return null;
  return goals[scores.indexOf(best)] ?? null;
}
