import { groupBy, groupLoader } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listMeasuresOfPlans } from './measure.repository';
import type { MeasureRow } from './measure.table';

/** A plan's measure tree, indexed once per request. */
export class MeasureIndex {
  readonly byId: Map<number, MeasureRow>;
  readonly byCode: Map<string, MeasureRow>;
  readonly childrenOf: Map<number | null, MeasureRow[]>;
  /** The measures that carry the work (措施 and 保障措施 with no parts), in document order. */
  readonly leaves: MeasureRow[];
  private readonly servingGoal = new Map<number, MeasureRow[]>();

  constructor(readonly list: MeasureRow[]) {
    this.byId = new Map(list.map((m) => [m.id, m]));
    this.byCode = new Map(list.map((m) => [m.code, m]));
    this.childrenOf = groupBy(list, (m) => m.parentId);
    this.leaves = list.filter((m) => this.isLeaf(m));
    for (const measure of list) {
      const goalId = this.goalIdOf(measure);
      if (goalId === null) continue;
      const serving = this.servingGoal.get(goalId);
      if (serving) serving.push(measure);
      else this.servingGoal.set(goalId, [measure]);
    }
  }

  /** A leaf carries the work and is reported on; a project (or a measure with parts) reports through its parts. */
  isLeaf(measure: Pick<MeasureRow, 'id'>): boolean {
    return !this.childrenOf.get(measure.id)?.length;
  }

  /** The goal a measure serves: its own, else its nearest ancestor's. */
  goalIdOf(measure: MeasureRow): number | null {
    let node: MeasureRow | undefined = measure;
    while (node) {
      if (node.goalId !== null) return node.goalId;
      node = node.parentId === null ? undefined : this.byId.get(node.parentId);
    }
    return null;
  }

  /** Measures that serve a goal, directly or through their project, in document order. */
  servingGoalOf(goalId: number): MeasureRow[] {
    return this.servingGoal.get(goalId) ?? [];
  }

  /** The measure and its ancestors, nearest first. */
  lineage(measure: MeasureRow): MeasureRow[] {
    const chain: MeasureRow[] = [];
    let node: MeasureRow | undefined = measure;
    while (node) {
      chain.push(node);
      node = node.parentId === null ? undefined : this.byId.get(node.parentId);
    }
    return chain;
  }
}

/** Per-request measure loaders: a plan's measures are read in one statement, batched across plans. */
export function measureLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    ofPlan: groupLoader(
      scope,
      'measure.ofPlan',
      (planIds: readonly number[]) => listMeasuresOfPlans(db, planIds),
      (row) => row.planId,
      (rows) => new MeasureIndex(rows),
    ),
  };
}
