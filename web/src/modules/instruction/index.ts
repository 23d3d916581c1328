// The instruction module's surface for other modules: leaders' comments (领导批示) beside reports and measures.
export { InstructionButton } from './InstructionButton';
export { InstructionList, SUBJECT_TEXT } from './InstructionList';
