/**
 * A revised document read against the plan in force: the differences as the changes of a revision (方案调整), in the
 * exact shape publishRevision takes, each with a Chinese one-line description and the document's own text, for the
 * office to accept item by item. Pure: the caller gives the plan's content and how unit names resolve.
 *
 * Items are matched by the document's structure, not by generated codes: goals by title; measures by title
 * similarity among the children of the same (matched) parent, then by their place between matched neighbours;
 * indicators by name. A renamed item is an update, a new one an addition with a free code, a measure gone from the
 * document is withdrawn (撤销, never removed: it may have reports). A change that needs a unit name the register
 * does not know is held back, naming the name, rather than emitted with a bad code.
 */

import { type DraftIndicatorRow, type DraftMeasureRow, draftRowsOf } from './plan-import.draft.rules';
import { OTHER_ITEMS_LEADS, unitKey } from './plan-import.matching.rules';
import type { ProposedMeasure, ProposedPlan } from './plan-import.proposed';

export const WITHDRAWN_BY_DOCUMENT = '修订文件中已删除';

/** The plan in force as the comparison needs it. Assignments are each measure's own (none: it inherits). */
export interface CurrentPlanContent {
  endsOn: string;
  goals: { code: string; title: string }[];
  measures: {
    code: string;
    parentCode: string | null;
    kind: 'PROJECT' | 'MEASURE' | 'SAFEGUARD';
    title: string;
    withdrawn: boolean;
    leadCode: string | null;
    participantCodes: string[];
  }[];
  indicators: {
    code: string;
    name: string;
    target: number | null;
    targetDate: string;
    targetText: string;
    unit: string | null;
  }[];
}

/** One change of a revision, as publishRevision's RevisionChangeInput takes it (exactly one key set). */
export type RevisionChange =
  | { addGoal: { code: string; title: string; description: string | null } }
  | { updateGoal: { goalCode: string; title: string } }
  | {
      addMeasure: {
        code: string;
        kind: 'PROJECT' | 'MEASURE' | 'SAFEGUARD';
        title: string;
        description: string | null;
        parentCode: string | null;
        leadCode?: string | null;
        participantCodes?: string[];
      };
    }
  | { updateMeasure: { measureCode: string; title: string } }
  | { withdrawMeasure: { measureCode: string; reason: string } }
  | { setAssignments: { measureCode: string; leadCode: string | null; participantCodes: string[] } }
  | { addIndicator: IndicatorFields & { code: string; goalCode: string; departmentCode: string; name: string } }
  | { updateIndicator: Partial<IndicatorFields> & { indicatorCode: string } };

interface IndicatorFields {
  measureCode: string | null;
  unit: string | null;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetDate: string;
  direction: 'INCREASE' | 'DECREASE';
  targetKind: 'NUMERIC' | 'QUALITATIVE';
  targetText: string;
}

/** A difference the office may accept: the change, or (held) none and the unit names it waits for. */
export interface ProposedRevisionChange {
  description: string;
  /** The document's text for it (null for a measure withdrawn: the document no longer has it). */
  source: string | null;
  /** Null when held: it needs a unit the register does not know (unresolvedUnits), or an item held before it. */
  change: RevisionChange | null;
  unresolvedUnits: string[];
}

export interface RevisionProposal {
  changes: ProposedRevisionChange[];
  /** Every unit name of the document the register does not know, in document order. */
  unresolvedUnits: string[];
}

export interface RevisionProposalOptions {
  /** The register code a written unit name resolves to, or null for a name the register does not know. */
  codeOf: (name: string) => string | null;
  /** A department's name by code, for the descriptions. */
  nameOf?: (code: string) => string;
  /** Who reports a new goal indicator the document gives no unit for (the plan office); null: held. */
  defaultDepartmentCode: string | null;
}

/** Letters and digits only: punctuation and spacing do not make a title different. */
const normalize = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');

/** Dice similarity of two titles' character pairs, 0…1 (1: the same once punctuation is set aside). */
export function titleSimilarity(a: string, b: string): number {
  const x = normalize(a);
  const y = normalize(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const pairs = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) {
      const p = s.slice(i, i + 2);
      out.set(p, (out.get(p) ?? 0) + 1);
    }
    return out;
  };
  const px = pairs(x);
  const py = pairs(y);
  let shared = 0;
  for (const [p, n] of px) shared += Math.min(n, py.get(p) ?? 0);
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/** Similar enough to be the same item reworded. */
const SAME = 0.5;
/** Similar enough when it also stands in the same place between matched neighbours. */
const SAME_PLACE = 0.2;

/**
 * Pairs the items of two ordered lists: first the closest titles (at least SAME), then, in order, an item left over
 * with one left over between the same matched neighbours (at least SAME_PLACE). Returns, for each of `next`, the
 * index in `current` it matches, or -1.
 */
export function matchByTitle(current: readonly string[], next: readonly string[]): number[] {
  const result = next.map(() => -1);
  const taken = new Set<number>();
  const scored: { i: number; j: number; score: number }[] = [];
  next.forEach((title, i) => {
    current.forEach((old, j) => {
      const score = titleSimilarity(old, title);
      if (score >= SAME) scored.push({ i, j, score });
    });
  });
  scored.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
  for (const { i, j } of scored) {
    if (result[i] !== -1 || taken.has(j)) continue;
    result[i] = j;
    taken.add(j);
  }
  // The place: the current index of the nearest matched item before it (-1: none before).
  const anchorOf = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (result[k]! >= 0) return result[k]!;
    return -1;
  };
  const nextAnchor = (i: number) => {
    for (let k = i + 1; k < next.length; k++) if (result[k]! >= 0) return result[k]!;
    return current.length;
  };
  for (let i = 0; i < next.length; i++) {
    if (result[i] !== -1) continue;
    const from = anchorOf(i);
    const to = nextAnchor(i);
    let best = -1;
    let bestScore = SAME_PLACE;
    for (let j = from + 1; j < to; j++) {
      if (taken.has(j)) continue;
      const score = titleSimilarity(current[j]!, next[i]!);
      if (score >= bestScore) {
        best = j;
        bestScore = score;
      }
    }
    if (best >= 0) {
      result[i] = best;
      taken.add(best);
    }
  }
  return result;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** A code free in `taken`: prefix + the first number past the highest used with that prefix. */
function freeCode(prefix: string, taken: Set<string>): string {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  let n = 0;
  for (const code of taken) {
    const m = pattern.exec(code);
    if (m) n = Math.max(n, Number(m[1]));
  }
  let code = `${prefix}${n + 1}`;
  while (taken.has(code)) code = `${prefix}${++n + 1}`;
  taken.add(code);
  return code;
}

interface Node {
  measure: ProposedMeasure;
  row: DraftMeasureRow;
  children: Node[];
  /** The written unit names the register does not know. */
  unknown: string[];
}

/** The revision a revised document proposes against the plan in force. */
export function revisionProposalOf(
  current: CurrentPlanContent,
  proposal: ProposedPlan,
  options: RevisionProposalOptions,
): RevisionProposal {
  const { codeOf } = options;
  const nameOf = options.nameOf ?? ((code: string) => code);
  const rows = draftRowsOf(proposal, codeOf, current.endsOn);
  const unresolvedUnits: string[] = [];
  const unknownOf = (names: readonly string[]) => {
    const out: string[] = [];
    for (const name of names) {
      if (unitKey(name) === OTHER_ITEMS_LEADS || codeOf(name) !== null) continue;
      if (!out.includes(name)) out.push(name);
      if (!unresolvedUnits.includes(name)) unresolvedUnits.push(name);
    }
    return out;
  };
  // The proposal's tree beside its draft rows (draftRowsOf walks it parents first, in the same order).
  let at = 0;
  const build = (list: ProposedMeasure[]): Node[] =>
    list.map((measure) => {
      const row = rows.measures[at++]!;
      const unknown = unknownOf([...measure.lead, ...measure.participating]);
      return { measure, row, unknown, children: build(measure.children) };
    });
  const tree = build(proposal.measures);

  const changes: ProposedRevisionChange[] = [];
  const emit = (description: string, source: string | null, change: RevisionChange | null, unresolved: string[] = []) =>
    changes.push({ description, source, change, unresolvedUnits: unresolved });
  const unitsWords = (lead: string | null, participants: readonly string[]) =>
    [
      lead ? `牵头：${nameOf(lead)}` : '随上级',
      ...(participants.length > 0 ? [`配合：${participants.map(nameOf).join('、')}`] : []),
    ].join('；');
  const writtenUnits = (m: ProposedMeasure) =>
    [
      m.lead.length > 0 ? `牵头：${m.lead.join('、')}` : '',
      m.participating.length > 0 ? `配合：${m.participating.join('、')}` : '',
    ]
      .filter(Boolean)
      .join('；');

  // Goals, by title.
  const goalCodes = new Set(current.goals.map((g) => g.code));
  const goalOf = new Map<string, string>();
  const goalMatch = matchByTitle(
    current.goals.map((g) => g.title),
    rows.goals.map((g) => g.title),
  );
  rows.goals.forEach((g, i) => {
    const j = goalMatch[i]!;
    if (j >= 0) {
      const old = current.goals[j]!;
      goalOf.set(g.code, old.code);
      if (normalize(old.title) !== normalize(g.title)) {
        emit(`修改目标「${old.code}」：「${old.title}」改为「${g.title}」`, g.source, {
          updateGoal: { goalCode: old.code, title: g.title },
        });
      }
      return;
    }
    const code = freeCode('G', goalCodes);
    goalOf.set(g.code, code);
    emit(`新增目标「${code} ${g.title}」`, g.source, {
      addGoal: { code, title: g.title, description: g.description },
    });
  });

  // Measures, level by level under matched parents.
  const measureCodes = new Set(current.measures.map((m) => m.code));
  const measureOf = new Map<string, string>();
  const heldMeasures = new Set<string>();
  const withdrawals: ProposedRevisionChange[] = [];
  const childrenOf = (parentCode: string | null) =>
    current.measures.filter((m) => m.parentCode === parentCode && !m.withdrawn);

  const add = (node: Node, parentCode: string | null, parentHeld: boolean) => {
    const { measure, row } = node;
    const kind = parentCode === null ? row.kind : 'MEASURE';
    const code =
      parentCode === null
        ? freeCode(kind === 'SAFEGUARD' ? 'S' : 'P', measureCodes)
        : freeCode(`${parentCode}.`, measureCodes);
    measureOf.set(row.code, code);
    const units = row.leadCode !== null || row.participantCodes.length > 0;
    const word = kind === 'PROJECT' ? '工程' : kind === 'SAFEGUARD' ? '保障措施' : '措施';
    const where = parentCode ? `（在「${parentCode}」下）` : '';
    const held = parentHeld || node.unknown.length > 0;
    if (held) heldMeasures.add(row.code);
    const description = `新增${word}「${code} ${row.title}」${where}（${
      node.unknown.length > 0
        ? writtenUnits(measure)
        : units
          ? unitsWords(row.leadCode, row.participantCodes)
          : '随上级'
    }）${parentHeld ? '：上级措施尚未加入' : ''}`;
    emit(
      description,
      row.source,
      held
        ? null
        : {
            addMeasure: {
              code,
              kind,
              title: row.title,
              description: row.description,
              parentCode,
              ...(units && { leadCode: row.leadCode, participantCodes: row.participantCodes }),
            },
          },
      node.unknown,
    );
    for (const child of node.children) add(child, code, held);
  };

  const compare = (nodes: Node[], parentCode: string | null) => {
    const olds = childrenOf(parentCode);
    const match = matchByTitle(
      olds.map((m) => m.title),
      nodes.map((n) => n.row.title),
    );
    const matched = new Set<number>();
    nodes.forEach((node, i) => {
      const j = match[i]!;
      if (j < 0) {
        add(node, parentCode, false);
        return;
      }
      matched.add(j);
      const old = olds[j]!;
      const { row, measure } = node;
      measureOf.set(row.code, old.code);
      if (normalize(old.title) !== normalize(row.title)) {
        emit(`修改「${old.code}」名称：「${old.title}」改为「${row.title}」`, row.source, {
          updateMeasure: { measureCode: old.code, title: row.title },
        });
      }
      // A document silent on a node's units leaves them as they are.
      const written = measure.lead.length > 0 || measure.participating.length > 0;
      if (written) {
        const was = unitsWords(old.leadCode, old.participantCodes);
        if (node.unknown.length > 0) {
          emit(`调整「${old.code}」责任单位：${writtenUnits(measure)}（原：${was}）`, row.source, null, node.unknown);
        } else if (row.leadCode !== old.leadCode || !sameSet(row.participantCodes, old.participantCodes)) {
          emit(
            `调整「${old.code}」责任单位：${unitsWords(row.leadCode, row.participantCodes)}（原：${was}）`,
            row.source,
            {
              setAssignments: { measureCode: old.code, leadCode: row.leadCode, participantCodes: row.participantCodes },
            },
          );
        }
      }
      compare(node.children, old.code);
    });
    olds.forEach((old, j) => {
      if (matched.has(j)) return;
      withdrawals.push({
        description: `撤销「${old.code} ${old.title}」：${WITHDRAWN_BY_DOCUMENT}`,
        source: null,
        change: { withdrawMeasure: { measureCode: old.code, reason: WITHDRAWN_BY_DOCUMENT } },
        unresolvedUnits: [],
      });
    });
  };
  compare(tree, null);
  changes.push(...withdrawals);

  // Indicators, by name.
  const indicatorCodes = new Set(current.indicators.map((i) => i.code));
  const taken = new Set<number>();
  const sameIndicator = (row: DraftIndicatorRow) => {
    const exact = current.indicators.findIndex((c, j) => !taken.has(j) && normalize(c.name) === normalize(row.name));
    if (exact >= 0) return exact;
    let best = -1;
    let bestScore = 0.6;
    current.indicators.forEach((c, j) => {
      if (taken.has(j)) return;
      const score = titleSimilarity(c.name, row.name);
      if (score >= bestScore) {
        best = j;
        bestScore = score;
      }
    });
    return best;
  };
  for (const row of rows.indicators) {
    const j = sameIndicator(row);
    if (j >= 0) {
      taken.add(j);
      const old = current.indicators[j]!;
      const targetChanged = row.target !== old.target;
      const dateChanged = row.targetDate !== old.targetDate;
      if (!targetChanged && !dateChanged) continue;
      const what = [
        targetChanged && `目标值 ${old.target ?? '—'} → ${row.target ?? '—'}${row.unit ?? old.unit ?? ''}`,
        dateChanged && `目标日期 ${old.targetDate} → ${row.targetDate}`,
      ].filter(Boolean);
      emit(`修改指标「${old.name}」：${what.join('；')}`, row.targetText, {
        updateIndicator: {
          indicatorCode: old.code,
          ...(targetChanged && { target: row.target, targetKind: row.targetKind }),
          ...(dateChanged && { targetDate: row.targetDate }),
          targetText: row.targetText,
        },
      });
      continue;
    }
    const goalCode = goalOf.get(row.goalCode) ?? row.goalCode;
    const measureCode = row.measureCode === null ? null : (measureOf.get(row.measureCode) ?? null);
    const departmentCode = row.departmentCode ?? options.defaultDepartmentCode;
    const code = freeCode('I', indicatorCodes);
    const description = `新增指标「${code} ${row.name}」：目标 ${row.target ?? row.targetText}${
      row.target !== null ? (row.unit ?? '') : ''
    }（${row.targetDate}）`;
    const heldBy = row.measureCode !== null && heldMeasures.has(row.measureCode);
    if (departmentCode === null || heldBy) {
      emit(`${description}${heldBy ? '：所属措施尚未加入' : '：未定报送单位'}`, row.targetText, null);
      continue;
    }
    emit(description, row.targetText, {
      addIndicator: {
        code,
        goalCode,
        measureCode,
        departmentCode,
        name: row.name,
        unit: row.unit,
        baseline: row.baseline,
        baselineYear: row.baselineYear,
        target: row.target,
        targetDate: row.targetDate,
        direction: row.direction,
        targetKind: row.targetKind,
        targetText: row.targetText,
      },
    });
  }
  return { changes, unresolvedUnits };
}
