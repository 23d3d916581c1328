import type { PlanFile, PlanFileProblem } from '../../seed/plan-file';
import { MeasureKind } from '../measure';

/** A node of the tree as the rules need it. */
export interface TreeNode {
  id: number;
  parentId: number | null;
  position: number;
  code: string;
  kind: MeasureKind;
}

/** Each parent's children (null: the top level), in their stored order. */
export function childrenByParent<N extends TreeNode>(nodes: readonly N[]): Map<number | null, N[]> {
  const children = new Map<number | null, N[]>();
  for (const node of [...nodes].sort((a, b) => a.position - b.position || a.id - b.id)) {
    children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  return children;
}

/** The ids of the tree in document order (each node, then its children): the plan-wide positions. */
export function preorder(children: Map<number | null, readonly TreeNode[]>, parentId: number | null = null): number[] {
  return (children.get(parentId) ?? []).flatMap((node) => [node.id, ...preorder(children, node.id)]);
}

/** The node and every node below it. */
export function subtree<N extends TreeNode>(nodes: readonly N[], id: number): N[] {
  const children = childrenByParent(nodes);
  const walk = (nodeId: number): N[] => {
    const node = nodes.find((n) => n.id === nodeId);
    return node ? [node, ...(children.get(nodeId) ?? []).flatMap((c) => walk(c.id))] : [];
  };
  return walk(id);
}

/**
 * The tree's order once `id` sits under `parentId` at `index` among its children (clamped to the end), given
 * `nodes` with `id` already in place or not yet among them (an insert).
 */
export function orderAfterMove(
  nodes: readonly TreeNode[],
  moved: TreeNode,
  parentId: number | null,
  index: number,
): number[] {
  const children = childrenByParent(nodes.filter((n) => n.id !== moved.id));
  const siblings = [...(children.get(parentId) ?? [])];
  siblings.splice(Math.max(0, Math.min(index, siblings.length)), 0, { ...moved, parentId });
  children.set(parentId, siblings);
  return preorder(children);
}

/** Why a node of `kind` cannot sit at this level, or null: projects and safeguards are top-level only. */
export function levelProblem(kind: MeasureKind, parentId: number | null): string | null {
  if (parentId === null || kind === MeasureKind.MEASURE) return null;
  return kind === MeasureKind.PROJECT ? '工程只能在第一级' : '保障措施只能在第一级';
}

/** The kind of item a publish problem is about, and its code: what the editor links to. */
export type ProblemItem = { kind: 'PLAN' | 'GOAL' | 'MEASURE' | 'INDICATOR'; code: string };

/** A problem found when publishing, naming its item. */
export interface PublishProblem {
  item: ProblemItem;
  /** The field at fault, as a path in the plan file (docs/PLAN-FORMAT.md). */
  path: string;
  message: string;
}

/** The item a plan file path points at: a goal, a measure (through its children), an indicator, or the plan. */
export function itemAt(file: PlanFile, path: readonly (string | number)[]): ProblemItem {
  const [list, index] = path;
  if (list === 'goals' && typeof index === 'number') {
    return { kind: 'GOAL', code: file.goals[index]?.code ?? '' };
  }
  if (list === 'indicators' && typeof index === 'number') {
    return { kind: 'INDICATOR', code: file.indicators[index]?.code ?? '' };
  }
  if (list === 'measures' && typeof index === 'number') {
    let node = file.measures[index];
    for (let i = 2; node && path[i] === 'children' && typeof path[i + 1] === 'number'; i += 2) {
      const child = node.children?.[path[i + 1] as number];
      if (!child) break;
      node = child;
    }
    return { kind: 'MEASURE', code: node?.code ?? '' };
  }
  return { kind: 'PLAN', code: file.code };
}

const pathText = (path: readonly (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');

/**
 * What stands between a draft and publishing: the plan file's own rules (every leaf measure has a lead, own or
 * inherited; numeric indicators have targets; dates in order; references exist), and at least one measure.
 */
export function publishProblems(file: PlanFile, fileProblems: readonly PlanFileProblem[]): PublishProblem[] {
  const problems = fileProblems
    // The register is the server's own, checked when departments are registered, not part of the draft.
    .filter((p) => p.path[0] !== 'departments')
    .map((p) => ({ item: itemAt(file, p.path), path: pathText(p.path), message: p.message }));
  if (file.measures.length === 0) {
    problems.unshift({ item: { kind: 'PLAN', code: file.code }, path: 'measures', message: '方案还没有任何措施' });
  }
  return problems;
}

/** An item of a draft with the importer's 待核对 flags on it. */
interface FlaggedItem {
  code: string;
  importFlags: readonly { reason: string }[];
}

/**
 * IMPORT_FLAGS: an imported draft publishes only once the office has checked every guess the importer flagged,
 * by editing the item or confirming it as it is.
 */
export function importFlagProblems(content: {
  plan: { code: string; importFlags: readonly { reason: string }[] };
  goals: readonly (FlaggedItem & { title: string })[];
  measures: readonly (FlaggedItem & { title: string })[];
  indicators: readonly (FlaggedItem & { name: string })[];
}): PublishProblem[] {
  const problem = (item: ProblemItem, label: string, flags: readonly { reason: string }[]): PublishProblem => ({
    item,
    path: 'importFlags',
    message: `${label}待核对：${flags.map((f) => f.reason).join('；')}`,
  });
  return [
    ...(content.plan.importFlags.length > 0
      ? [problem({ kind: 'PLAN', code: content.plan.code }, '方案', content.plan.importFlags)]
      : []),
    ...content.goals
      .filter((g) => g.importFlags.length > 0)
      .map((g) => problem({ kind: 'GOAL', code: g.code }, `目标「${g.code}」`, g.importFlags)),
    ...content.measures
      .filter((m) => m.importFlags.length > 0)
      .map((m) => problem({ kind: 'MEASURE', code: m.code }, `措施「${m.code}」`, m.importFlags)),
    ...content.indicators
      .filter((i) => i.importFlags.length > 0)
      .map((i) => problem({ kind: 'INDICATOR', code: i.code }, `指标「${i.code}」`, i.importFlags)),
  ];
}
