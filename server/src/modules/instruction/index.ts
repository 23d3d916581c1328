import {
  DepartmentInstructionsResolver,
  InstructionResolver,
  MeasureInstructionsResolver,
  PlanInstructionsResolver,
  ReportInstructionsResolver,
} from './instruction.resolver';

export { InstructionSubject } from './instruction.enum';
export { canSeeInstruction } from './instruction.service';
export type { InstructionRow } from './instruction.table';
export { instructions } from './instruction.table';
export { Instruction } from './instruction.type';

export const instructionResolvers = [
  InstructionResolver,
  PlanInstructionsResolver,
  MeasureInstructionsResolver,
  ReportInstructionsResolver,
  DepartmentInstructionsResolver,
] as const;
