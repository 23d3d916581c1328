/** 三色预警, with green for on track and grey for not applicable; ordered from mildest to worst. */
export enum WarningLevel {
  GREY = 'GREY',
  GREEN = 'GREEN',
  BLUE = 'BLUE',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

/** What decided a measure's verdict: the department's own word (自报) or the system's judgement (研判). */
export enum VerdictCause {
  /** The plan has not started. */
  NOT_STARTED = 'NOT_STARTED',
  /** A period owed is past its deadline and unreported (system). */
  OVERDUE = 'OVERDUE',
  /** The department's latest report says 滞后 (department). */
  DELAYED = 'DELAYED',
  /** The department's latest report says 存在风险 (department). */
  AT_RISK = 'AT_RISK',
  /** Percent complete is behind 序时进度 by more than the tolerance (system). */
  BEHIND_PACE = 'BEHIND_PACE',
  /** The next report is due within a few working days and not yet in (system). */
  DUE_SOON = 'DUE_SOON',
  /** Reported on time and on pace. */
  ON_TRACK = 'ON_TRACK',
  /** The department's latest report says 已完成 (department). */
  COMPLETED = 'COMPLETED',
  /** An indicator behind its path or short of its target (system). */
  INDICATOR = 'INDICATOR',
}
