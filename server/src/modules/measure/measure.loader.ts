import { groupBy, groupLoader } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listMeasuresOfPlans } from './measure.repository';
import type { MeasureRow } from './measure.table';

/** A plan's measure tree, indexed once per request. */
export class MeasureIndex {
  readonly byId: Map<number, MeasureRow>;
  readonly byCode: Map<string, MeasureRow>;
  readonly childrenOf: Map<number | null, MeasureRow[]>;
  /**
   * Every measure that carries the work by the tree's shape (措施 and 保障措施 with no parts), withdrawn ones
   * included: what the plan tree shows. The work judged on a date is `leavesOn(date)`.
   */
  readonly allLeaves: MeasureRow[];
  private readonly servingGoal = new Map<number, MeasureRow[]>();
  private readonly leavesByDate = new Map<string, MeasureRow[]>();

  constructor(readonly list: MeasureRow[]) {
    this.byId = new Map(list.map((m) => [m.id, m]));
    this.byCode = new Map(list.map((m) => [m.code, m]));
    this.childrenOf = groupBy(list, (m) => m.parentId);
    this.allLeaves = list.filter((m) => this.isLeaf(m));
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

  /**
   * 撤销: whether a revision withdrew the measure by `asOf` (withdrawnOn on or before it). A withdrawn measure stays
   * in the tree with its reports but carries no duty from its withdrawnOn and leaves every count and roll-up.
   */
  isWithdrawn(measure: Pick<MeasureRow, 'withdrawnOn'>, asOf: string): boolean {
    return measure.withdrawnOn !== null && measure.withdrawnOn <= asOf;
  }

  /** The measures that carry the work on `asOf`: the leaves not withdrawn by then, in document order. */
  leavesOn(asOf: string): MeasureRow[] {
    let leaves = this.leavesByDate.get(asOf);
    if (!leaves) {
      leaves = this.allLeaves.filter((m) => !this.isWithdrawn(m, asOf));
      this.leavesByDate.set(asOf, leaves);
    }
    return leaves;
  }

  /** A measure's parts still in force on `asOf` (withdrawn ones left out). */
  activeChildrenOf(measureId: number | null, asOf: string): MeasureRow[] {
    return (this.childrenOf.get(measureId) ?? []).filter((m) => !this.isWithdrawn(m, asOf));
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
