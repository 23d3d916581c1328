import { describe, expect, it } from 'vitest';
import { editorTree, moveTarget, type TreeMeasure } from './editor-tree';

const m = (code: string, kind: string, parent: string | null, goal: string | null = null): TreeMeasure => ({
  code,
  kind,
  title: code,
  parent: parent ? { code: parent } : null,
  goal: goal ? { code: goal } : null,
});

// In document order, as Plan.measures gives them.
const measures = [
  m('P1', 'PROJECT', null, 'G1'),
  m('P1.1', 'MEASURE', 'P1', 'G1'),
  m('P1.2', 'MEASURE', 'P1', 'G1'),
  m('P2', 'PROJECT', null, 'G2'),
  m('P3', 'PROJECT', null, 'G1'),
  m('S1', 'SAFEGUARD', null),
];

describe('the editor’s tree', () => {
  it('puts each top-level node under the goal it serves, and the rest under 其他', () => {
    const tree = editorTree(
      [
        { code: 'G1', title: '一' },
        { code: 'G2', title: '二' },
      ],
      measures,
    );
    expect(tree.map((n) => [n.key, n.children.map((c) => c.key)])).toEqual([
      ['goal:G1', ['measure:P1', 'measure:P3']],
      ['goal:G2', ['measure:P2']],
      ['others', ['measure:S1']],
    ]);
    expect(tree[0]?.children[0]?.children.map((c) => c.key)).toEqual(['measure:P1.1', 'measure:P1.2']);
  });

  it('moves a node up and down among the siblings shown with it', () => {
    // P3 shows right after P1 (both serve G1), though P2 lies between them in the document.
    expect(moveTarget(measures, 'P3', 'up')).toEqual({ parentCode: null, position: 0 });
    expect(moveTarget(measures, 'P1', 'down')).toEqual({ parentCode: null, position: 2 });
    expect(moveTarget(measures, 'P1.2', 'up')).toEqual({ parentCode: 'P1', position: 0 });
    expect(moveTarget(measures, 'P1.1', 'up')).toBeNull();
    expect(moveTarget(measures, 'P1.2', 'down')).toBeNull();
  });

  it('indents a measure under the one before it, and outdents it after its parent', () => {
    expect(moveTarget(measures, 'P1.2', 'indent')).toEqual({ parentCode: 'P1.1', position: 0 });
    expect(moveTarget(measures, 'P1.1', 'outdent')).toEqual({ parentCode: null, position: 1 });
    // A project stays at the top level.
    expect(moveTarget(measures, 'P3', 'indent')).toBeNull();
    expect(moveTarget(measures, 'P1', 'outdent')).toBeNull();
  });
});
