/** How often a measure is reported on (报送周期). Periods are written as progress reports write them. */
export enum ReportingCycle {
  /** YYYY-MM */
  MONTHLY = 'MONTHLY',
  /** YYYY-Qn */
  QUARTERLY = 'QUARTERLY',
  /** YYYY-Hn */
  HALF_YEARLY = 'HALF_YEARLY',
}
