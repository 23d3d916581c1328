/** What a leadership instruction (领导批示) comments on. */
export enum InstructionSubject {
  /** A progress report. */
  REPORT = 'REPORT',
  /** A measure as a whole. */
  MEASURE = 'MEASURE',
  /** The problems (存在问题) a report raised. */
  PROBLEM = 'PROBLEM',
}
