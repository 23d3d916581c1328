/** How often a measure is reported on (报送周期). Periods are written as progress reports write them. */
export enum ReportingCycle {
  /** YYYY-MM */
  MONTHLY = 'MONTHLY',
  /** YYYY-Qn */
  QUARTERLY = 'QUARTERLY',
  /** YYYY-Hn */
  HALF_YEARLY = 'HALF_YEARLY',
}

/** 三色预警, with green for on track and grey for not applicable; ordered from mildest to worst. */
export enum WarningLevel {
  GREY = 'GREY',
  GREEN = 'GREEN',
  BLUE = 'BLUE',
  YELLOW = 'YELLOW',
  RED = 'RED',
}
