import {
  DepartmentInstructionsResolver,
  InstructionReadResolver,
  InstructionResolver,
  MeasureInstructionsResolver,
  PlanInstructionsResolver,
  ReportInstructionsResolver,
} from './instruction.resolver';

export { InstructionSubject } from './instruction.enum';
export { canSeeInstruction, getAddresseeIds, getInstructionsOfPlan } from './instruction.service';
export type { InstructionRow } from './instruction.table';
export { instructionReads, instructions } from './instruction.table';
export { Instruction } from './instruction.type';

export const instructionResolvers = [
  InstructionResolver,
  PlanInstructionsResolver,
  MeasureInstructionsResolver,
  ReportInstructionsResolver,
  DepartmentInstructionsResolver,
  InstructionReadResolver,
] as const;
