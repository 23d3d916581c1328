import DataLoader from 'dataloader';
import { groupBy } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listInstructionsOfPlans, listReadsOfInstructions } from './instruction.repository';
import type { InstructionReadRow, InstructionRow } from './instruction.table';

/** Per request: a plan's instructions, newest first, in one statement (batched across plans), and their reads. */
export function instructionLoaders(scope: RequestScope) {
  return {
    ofPlan: new DataLoader<number, InstructionRow[]>(async (planIds) => {
      const byPlan = groupBy(await listInstructionsOfPlans(scope.db, planIds), (row) => row.planId);
      return planIds.map((id) => byPlan.get(id) ?? []);
    }),
    readsOf: new DataLoader<number, InstructionReadRow[]>(async (ids) => {
      const byInstruction = groupBy(await listReadsOfInstructions(scope.db, ids), (row) => row.instructionId);
      return ids.map((id) => byInstruction.get(id) ?? []);
    }),
  };
}
