/**
 * The editor's tree, pure: goals → projects → measures → child measures (top-level nodes under the goal they
 * serve, the rest under 其他), and the moves its buttons make, as moveDraftMeasure's parent and position.
 */

export interface TreeMeasure {
  code: string;
  kind: string;
  title: string;
  parent?: { code: string } | null;
  goal?: { code: string } | null;
}

export interface TreeGoal {
  code: string;
  title: string;
}

export interface EditorTreeNode {
  key: string;
  title: string;
  children: EditorTreeNode[];
}

/** The tree key of an item: what a selection and a publish problem's link point at. */
export const goalKey = (code: string) => `goal:${code}`;
export const measureKey = (code: string) => `measure:${code}`;
export const OTHERS_KEY = 'others';

const KIND_LABEL: Record<string, string> = { PROJECT: '工程', MEASURE: '措施', SAFEGUARD: '保障措施' };

/** The measures under `parent` (null: the top level), in document order. */
export function siblingsOf<M extends TreeMeasure>(measures: readonly M[], parent: string | null): M[] {
  return measures.filter((m) => (m.parent?.code ?? null) === parent);
}

/** The siblings the tree shows together: a top-level node's are those serving the same goal. */
function shownSiblings<M extends TreeMeasure>(measures: readonly M[], node: M): M[] {
  const all = siblingsOf(measures, node.parent?.code ?? null);
  return node.parent ? all : all.filter((m) => (m.goal?.code ?? null) === (node.goal?.code ?? null));
}

function measureNode(measures: readonly TreeMeasure[], m: TreeMeasure): EditorTreeNode {
  return {
    key: measureKey(m.code),
    title: `${KIND_LABEL[m.kind] ?? ''} ${m.code} ${m.title}`,
    children: siblingsOf(measures, m.code).map((c) => measureNode(measures, c)),
  };
}

/** The tree data: each goal with the top-level nodes serving it, then 其他 (safeguards, nodes with no goal). */
export function editorTree(goals: readonly TreeGoal[], measures: readonly TreeMeasure[]): EditorTreeNode[] {
  const top = siblingsOf(measures, null);
  const goalCodes = new Set(goals.map((g) => g.code));
  const others = top.filter((m) => !m.goal || !goalCodes.has(m.goal.code));
  return [
    ...goals.map((g) => ({
      key: goalKey(g.code),
      title: `目标 ${g.code} ${g.title}`,
      children: top.filter((m) => m.goal?.code === g.code).map((m) => measureNode(measures, m)),
    })),
    { key: OTHERS_KEY, title: '其他（保障措施、未关联目标）', children: others.map((m) => measureNode(measures, m)) },
  ];
}

export type TreeMove = 'up' | 'down' | 'indent' | 'outdent';

/** Where a button moves a node: its new parent and position (moveDraftMeasure), or null when it cannot. */
export function moveTarget(
  measures: readonly TreeMeasure[],
  code: string,
  move: TreeMove,
): { parentCode: string | null; position: number } | null {
  const node = measures.find((m) => m.code === code);
  if (!node) return null;
  const parent = node.parent?.code ?? null;
  const all = siblingsOf(measures, parent);
  const shown = shownSiblings(measures, node);
  const at = shown.indexOf(node);
  const index = (m: TreeMeasure | undefined) => (m ? all.indexOf(m) : -1);
  switch (move) {
    case 'up': {
      const before = shown[at - 1];
      return before ? { parentCode: parent, position: index(before) } : null;
    }
    case 'down': {
      const after = shown[at + 1];
      return after ? { parentCode: parent, position: index(after) } : null;
    }
    case 'indent': {
      const before = shown[at - 1];
      if (!before || node.kind !== 'MEASURE') return null;
      return { parentCode: before.code, position: siblingsOf(measures, before.code).length };
    }
    case 'outdent': {
      const up = measures.find((m) => m.code === parent);
      if (!up) return null;
      const grand = up.parent?.code ?? null;
      return { parentCode: grand, position: siblingsOf(measures, grand).indexOf(up) + 1 };
    }
  }
}
