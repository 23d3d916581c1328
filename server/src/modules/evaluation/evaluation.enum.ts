/** 指标结论: how an indicator stands against its target at the end of the term (or today, before it ends). */
export enum IndicatorVerdict {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  QUALITATIVE = 'QUALITATIVE',
  NO_DATA = 'NO_DATA',
}

/** 措施结论: whether a measure that carries the work was completed, by the progress roll-up. */
export enum MeasureVerdict {
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
  NOT_REPORTED = 'NOT_REPORTED',
}

/** 遗留事项: what the evaluation leaves open. */
export enum OpenItemKind {
  MEASURE_NOT_COMPLETED = 'MEASURE_NOT_COMPLETED',
  INDICATOR_NOT_MET = 'INDICATOR_NOT_MET',
  INDICATOR_NO_DATA = 'INDICATOR_NO_DATA',
  NOTICE_OPEN = 'NOTICE_OPEN',
  PROBLEM_UNRESOLVED = 'PROBLEM_UNRESOLVED',
}
