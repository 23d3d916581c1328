import {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowRightOutlined,
  ArrowUpOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Space, Tooltip, Tree } from 'antd';
import { useMemo, useState } from 'react';
import type { AddTarget } from './AddNodeModal';
import type { EditorModel } from './editor-actions';
import type { EditorPlan } from './editor-plan';
import { type EditorTreeNode, editorTree, moveTarget, OTHERS_KEY, type TreeMove } from './editor-tree';

const MOVES: { move: TreeMove; label: string; icon: React.ReactNode }[] = [
  { move: 'up', label: '上移', icon: <ArrowUpOutlined /> },
  { move: 'down', label: '下移', icon: <ArrowDownOutlined /> },
  { move: 'outdent', label: '升级（移到上级之后）', icon: <ArrowLeftOutlined /> },
  { move: 'indent', label: '降级（成为上一项的下级）', icon: <ArrowRightOutlined /> },
];

/** The add buttons' targets for the selection: a child of a node, or a top-level node of a goal. */
function addTargets(plan: EditorPlan, selected: string | null): { label: string; target: AddTarget }[] {
  const targets: { label: string; target: AddTarget }[] = [{ label: '目标', target: { what: 'goal' } }];
  const goalCode = selected?.startsWith('goal:') ? selected.slice(5) : null;
  targets.push({ label: '工程/措施', target: { what: 'measure', parentCode: null, goalCode } });
  const measure = selected?.startsWith('measure:') ? plan.measures.find((m) => `measure:${m.code}` === selected) : null;
  if (measure)
    targets.push({ label: '下级措施', target: { what: 'measure', parentCode: measure.code, goalCode: null } });
  return targets;
}

const keysOf = (nodes: EditorTreeNode[]): string[] =>
  nodes.flatMap((n) => (n.children.length > 0 ? [n.key, ...keysOf(n.children)] : []));

/** 方案结构: goals → projects → measures → child measures, with add and move buttons for the selection. */
export function EditorTree(props: {
  editor: EditorModel;
  plan: EditorPlan;
  selected: string | null;
  onSelect: (key: string | null) => void;
  onAdd: (target: AddTarget) => void;
}) {
  const { editor, plan, selected } = props;
  const treeData = useMemo(() => editorTree(plan.goals, plan.measures), [plan.goals, plan.measures]);
  // Everything open, new nodes included, except what the office folded.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const expanded = keysOf(treeData).filter((k) => !folded.has(k));
  const flagged = useMemo(
    () =>
      new Set([
        ...plan.goals.filter((g) => g.importFlags.length > 0).map((g) => `goal:${g.code}`),
        ...plan.measures.filter((m) => m.importFlags.length > 0).map((m) => `measure:${m.code}`),
      ]),
    [plan.goals, plan.measures],
  );
  const code = selected?.startsWith('measure:') ? selected.slice(8) : null;
  const move = async (kind: TreeMove) => {
    const target = code ? moveTarget(plan.measures, code, kind) : null;
    if (!code || !target) return;
    await editor.actions.moveMeasure(code, target);
  };
  return (
    <>
      <Space wrap className="section">
        {addTargets(plan, selected).map(({ label, target }) => (
          <Button key={label} icon={<PlusOutlined />} onClick={() => props.onAdd(target)}>
            {label}
          </Button>
        ))}
        {MOVES.map(({ move: kind, label, icon }) => (
          <Tooltip key={kind} title={label}>
            <Button
              icon={icon}
              aria-label={label}
              disabled={!code || !moveTarget(plan.measures, code, kind)}
              onClick={() => void move(kind)}
            />
          </Tooltip>
        ))}
      </Space>
      <Tree
        className="editor-tree"
        blockNode
        expandedKeys={expanded}
        onExpand={(keys) => setFolded(new Set(keysOf(treeData).filter((k) => !keys.includes(k))))}
        treeData={treeData}
        selectedKeys={selected ? [selected] : []}
        onSelect={(keys) => props.onSelect(keys[0] && keys[0] !== OTHERS_KEY ? String(keys[0]) : null)}
        titleRender={(node) => {
          const key = String(node.key);
          const errors = editor.itemErrors?.get(key) ?? [];
          const struck = key.startsWith('measure:') && editor.withdrawn?.has(key.slice(8));
          return (
            <span className={struck ? 'tree-withdrawn' : undefined} data-key={key}>
              {String(node.title)}
              {struck && <span className="tree-withdrawn-mark">（撤销）</span>}
              {flagged.has(key) && (
                <span className="tree-item-flag" data-testid="tree-item-flag">
                  待核对
                </span>
              )}
              {errors.map((reason) => (
                <span key={reason} className="tree-item-error" data-testid="tree-item-error">
                  {reason}
                </span>
              ))}
            </span>
          );
        }}
        data-testid="editor-tree"
      />
    </>
  );
}
