/** The four parts of a department's assessment score, in the order they are shown. */
export enum AssessmentPartKind {
  /** 报送及时: progress reports in by their deadline. */
  TIMELINESS = 'TIMELINESS',
  /** 任务完成: its measures' completion against the expected pace. */
  COMPLETION = 'COMPLETION',
  /** 指标达成: its indicators on their expected path. */
  INDICATORS = 'INDICATORS',
  /** 督办响应: urging notices answered by their reply date. */
  NOTICES = 'NOTICES',
}
